#include "fieldnamer.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QWidget>

namespace {
QString labelName(const QLabel *label) {
    QString text = label->text();
    if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(text))
        return {};
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0x00a0)))
        text.chop(1);
    return text.trimmed();
}
} // namespace

void nameFieldsByLabels(QWidget *root) {
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        QWidget *buddy = label->buddy();
        if (!buddy || !buddy->accessibleName().isEmpty())
            continue;
        const QString name = labelName(label);
        if (!name.isEmpty())
            buddy->setAccessibleName(name);
    }
}

bool FieldNamer::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        // A window when shown, and a page of a stack (the shell's sections, a tab
        // widget's tabs) when it appears: pages are built when first shown.
        if (widget->isWindow() || qobject_cast<QStackedWidget *>(widget->parentWidget()))
            nameFieldsByLabels(widget);
    }
    return QObject::eventFilter(watched, event);
}
