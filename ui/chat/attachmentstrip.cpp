#include "attachmentstrip.h"

#include "attachmentstripchip.h"
#include "chat/outbox.h"

#include <QBoxLayout>
#include <QFileInfo>
#include <QScrollBar>
#include <QToolButton>

using Phase = AttachmentStripChip::Phase;

AttachmentStrip::AttachmentStrip(QWidget *parent)
    : QScrollArea(parent)
    , m_row(new QWidget(this))
    , m_layout(new QHBoxLayout(m_row)) {
    setAccessibleName(tr("Files to send"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch();
    setWidget(m_row);
    updateVisibility();
}

QSize AttachmentStrip::sizeHint() const {
    const int h = m_row->sizeHint().height() + horizontalScrollBar()->sizeHint().height();
    return {QScrollArea::sizeHint().width(), h};
}

void AttachmentStrip::setOutbox(Outbox *outbox) {
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    m_outbox = outbox;
    if (!outbox)
        return;
    connect(outbox, &Outbox::itemAdded, this, &AttachmentStrip::addItem);
    connect(outbox, &Outbox::itemChanged, this, &AttachmentStrip::updateItem);
    connect(outbox, &Outbox::itemRemoved, this,
            [this](qint64 id, const QString &) { removeItem(id); });
    connect(outbox, &Outbox::uploadProgress, this, [this](qint64 id, qint64 sent, qint64 total) {
        if (AttachmentStripChip *chip = m_itemChips.value(id)) {
            chip->setPhase(Phase::Uploading);
            chip->setProgress(sent, total);
        }
    });
}

void AttachmentStrip::setConversationId(const QString &conversationId) {
    const QList<qint64> shown = m_itemChips.keys();
    for (qint64 id : shown)
        removeItem(id);
    m_conversationId = conversationId;
    if (m_outbox && !conversationId.isEmpty()) {
        const QList<OutboxItem> items = m_outbox->items(conversationId);
        for (const OutboxItem &item : items)
            addItem(item);
    }
    updateVisibility();
}

bool AttachmentStrip::addFile(const QString &filePath, qint64 size, const QString &mimeType) {
    if (m_fileChips.contains(filePath))
        return false;
    auto *chip = new AttachmentStripChip(QFileInfo(filePath).fileName(), size, mimeType, m_row);
    chip->setPhase(Phase::Waiting);
    if (mimeType.startsWith(QLatin1String("image/")))
        chip->loadThumbnail(filePath);
    connect(chip, &AttachmentStripChip::removeClicked, this,
            [this, filePath] { removeFile(filePath); });
    m_layout->insertWidget(int(m_files.size()), chip);
    m_files.append(filePath);
    m_fileChips.insert(filePath, chip);
    updateVisibility();
    Q_EMIT filesChanged();
    return true;
}

void AttachmentStrip::removeFile(const QString &filePath) {
    AttachmentStripChip *chip = m_fileChips.take(filePath);
    if (!chip)
        return;
    // The next chip takes the focus, so that removing several by keyboard flows.
    const int at = int(m_files.indexOf(filePath));
    m_files.removeAt(at);
    const bool hadFocus = chip->isAncestorOf(focusWidget());
    chip->deleteLater();
    chip->hide();
    if (hadFocus && at < m_files.size())
        m_fileChips.value(m_files.at(at))->removeButton()->setFocus();
    updateVisibility();
    Q_EMIT fileRemoved(filePath);
    Q_EMIT filesChanged();
}

void AttachmentStrip::clearFiles() {
    const QStringList files = m_files;
    for (const QString &f : files)
        removeFile(f);
}

void AttachmentStrip::addItem(const OutboxItem &item) {
    if (item.kind != OutboxItem::Kind::Attachment || item.conversationId != m_conversationId
        || m_itemChips.contains(item.id) || item.state == OutboxItem::State::Sent)
        return;
    auto *chip = new AttachmentStripChip(item.fileName, item.fileSize, item.mimeType, m_row);
    const qint64 id = item.id;
    connect(chip, &AttachmentStripChip::removeClicked, this, [this, id] {
        if (m_outbox)
            m_outbox->discard(id);
    });
    connect(chip, &AttachmentStripChip::retryClicked, this, [this, id] {
        if (m_outbox)
            m_outbox->retry(id);
    });
    if (item.mimeType.startsWith(QLatin1String("image/")))
        chip->loadThumbnail(item.filePath);
    m_layout->insertWidget(m_layout->count() - 1, chip); // before the stretch
    m_itemChips.insert(id, chip);
    updateItem(item);
    updateVisibility();
}

void AttachmentStrip::updateItem(const OutboxItem &item) {
    AttachmentStripChip *chip = m_itemChips.value(item.id);
    if (!chip)
        return;
    switch (item.state) {
    case OutboxItem::State::Queued:
        chip->setPhase(Phase::Queued);
        break;
    case OutboxItem::State::Uploading:
        chip->setPhase(Phase::Uploading);
        if (m_outbox) {
            const auto p = m_outbox->uploadProgressOf(item.id);
            chip->setProgress(p.first, p.second > 0 ? p.second : item.fileSize);
        }
        break;
    case OutboxItem::State::Sending:
        // Uploaded; the message is being posted. Nothing left to cancel.
        chip->setPhase(Phase::Uploading);
        chip->setProgress(item.fileSize, item.fileSize);
        chip->removeButton()->setEnabled(false);
        break;
    case OutboxItem::State::Failed:
        chip->removeButton()->setEnabled(true);
        chip->setReason(item.error);
        chip->setPhase(Phase::Failed);
        break;
    case OutboxItem::State::Sent:
        removeItem(item.id); // the timeline has it now
        break;
    }
}

void AttachmentStrip::removeItem(qint64 id) {
    AttachmentStripChip *chip = m_itemChips.take(id);
    if (!chip)
        return;
    chip->hide();
    chip->deleteLater();
    updateVisibility();
}

void AttachmentStrip::updateVisibility() {
    setVisible(chipCount() > 0);
    updateGeometry();
}
