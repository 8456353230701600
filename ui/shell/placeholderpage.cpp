#include "placeholderpage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QIcon &icon, const QString &title, QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("placeholderPage"));
    auto *image = new QLabel(this);
    image->setPixmap(icon.pixmap(64, 64));
    image->setAlignment(Qt::AlignCenter);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto *note = new QLabel(tr("This section is not available yet in this version."), this);
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(image);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addStretch(2);
    setAccessibleName(title);
}
