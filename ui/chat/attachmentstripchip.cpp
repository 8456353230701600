#include "attachmentstripchip.h"

#include <QApplication>
#include <QBoxLayout>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPixmap>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QtConcurrent>

AttachmentStripChip::AttachmentStripChip(const QString &fileName, qint64 size,
                                         const QString &mimeType, QWidget *parent)
    : QFrame(parent)
    , m_fileName(fileName)
    , m_icon(new QLabel(this))
    , m_name(new QLabel(this))
    , m_size(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_retry(new QToolButton(this))
    , m_remove(new QToolButton(this)) {
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Attachment %1").arg(fileName));
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    QIcon icon = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName()));
    if (icon.isNull())
        icon = style()->standardIcon(QStyle::SP_FileIcon);
    m_icon->setPixmap(icon.pixmap(IconSize, IconSize));
    m_icon->setFixedSize(IconSize, IconSize);
    m_icon->setAlignment(Qt::AlignCenter);

    const QFontMetrics fm(m_name->font());
    m_name->setText(fm.elidedText(fileName, Qt::ElideMiddle, fm.averageCharWidth() * 22));
    m_name->setToolTip(fileName);
    m_totalText = sizeText(size);
    m_size->setText(m_totalText);
    m_size->setForegroundRole(QPalette::PlaceholderText);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setMinimumWidth(fm.averageCharWidth() * 26);
    m_reason->setMaximumWidth(fm.averageCharWidth() * 30);
    m_reason->hide();
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fm.height() / 2 + 2);
    m_progress->setAccessibleName(tr("Upload of %1").arg(fileName));
    m_progress->hide();

    m_retry->setText(tr("Retry"));
    m_retry->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_retry->setAccessibleName(tr("Retry sending %1").arg(fileName));
    m_retry->hide();
    m_remove->setAutoRaise(true);
    connect(m_remove, &QToolButton::clicked, this, &AttachmentStripChip::removeClicked);
    connect(m_retry, &QToolButton::clicked, this, &AttachmentStripChip::retryClicked);

    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(m_name);
    text->addWidget(m_size);
    text->addWidget(m_progress);
    text->addWidget(m_reason);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 4, 4, 4);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    row->addLayout(buttons);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    setMaximumWidth(fm.averageCharWidth() * 50);
    updateButtons();
}

AttachmentStripChip::~AttachmentStripChip() {
    if (m_thumbnail)
        m_thumbnail->waitForFinished(); // a thumbnail of a few KB: the read is short
}

void AttachmentStripChip::loadThumbnail(const QString &filePath) {
    if (m_thumbnail || !QImageReader(filePath).canRead())
        return;
    m_thumbnail = new QFutureWatcher<QImage>(this);
    connect(m_thumbnail, &QFutureWatcher<QImage>::finished, this, [this] {
        const QImage image = m_thumbnail->result();
        if (!image.isNull()) {
            m_icon->setPixmap(QPixmap::fromImage(image));
            m_hasThumbnail = true;
        }
        Q_EMIT thumbnailReady();
    });
    const int side = IconSize * 2; // sharp on high-DPI screens
    m_thumbnail->setFuture(QtConcurrent::run([filePath, side] {
        QImageReader reader(filePath);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(side, side, Qt::KeepAspectRatio));
        QImage image = reader.read();
        if (!image.isNull())
            image.setDevicePixelRatio(double(side) / IconSize);
        return image;
    }));
}

void AttachmentStripChip::setPhase(Phase phase) {
    m_phase = phase;
    updateButtons();
}

void AttachmentStripChip::setProgress(qint64 sent, qint64 total) {
    // QProgressBar takes int: per mille of the bytes.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(1000 * sent / total) : 0);
    if (total > 0)
        m_size->setText(tr("%1 of %2").arg(sizeText(sent), sizeText(total)));
}

QString AttachmentStripChip::sizeText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void AttachmentStripChip::setReason(const QString &reason) {
    // Two short lines at most in the strip; the whole reason in the tooltip and for
    // screen readers.
    m_fullReason = reason;
    const QFontMetrics fm(m_reason->font());
    m_reason->setText(
        tr("Not sent: %1").arg(fm.elidedText(reason, Qt::ElideRight, fm.averageCharWidth() * 40)));
    m_reason->setToolTip(reason);
    m_reason->setAccessibleName(tr("Not sent: %1").arg(reason));
    m_reason->setVisible(!reason.isEmpty() && m_phase == Phase::Failed);
}

QString AttachmentStripChip::reason() const {
    return m_fullReason;
}

void AttachmentStripChip::updateButtons() {
    const bool failed = m_phase == Phase::Failed;
    if (m_phase == Phase::Failed || m_phase == Phase::Waiting)
        m_size->setText(m_totalText);
    const bool moving = m_phase == Phase::Queued || m_phase == Phase::Uploading;
    m_progress->setVisible(moving);
    if (m_phase == Phase::Queued)
        m_progress->setRange(0, 0); // busy until the first bytes go
    m_retry->setVisible(failed);
    m_reason->setVisible(failed && !m_fullReason.isEmpty());
    QString action;
    if (m_phase == Phase::Waiting) {
        m_remove->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        action = tr("Remove %1");
        m_remove->setToolTip(tr("Remove"));
    } else if (moving) {
        m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
        action = tr("Cancel sending %1");
        m_remove->setToolTip(tr("Cancel"));
    } else {
        m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
        action = tr("Discard %1");
        m_remove->setToolTip(tr("Discard"));
    }
    m_remove->setAccessibleName(action.arg(m_fileName));
}
