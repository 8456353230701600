#pragma once

#include "storage/outboxitem.h"

#include <QHash>
#include <QPointer>
#include <QScrollArea>
#include <QStringList>

class AttachmentStripChip;
class Outbox;
class QHBoxLayout;

// The files of the composer: those waiting to be sent (Remove), then, once sent, the
// conversation's files on their way out (progress, Cancel) or failed (the reason, Retry,
// Discard), until their message is in the conversation. Hidden when empty.
class AttachmentStrip : public QScrollArea {
    Q_OBJECT
public:
    explicit AttachmentStrip(QWidget *parent = nullptr);

    // The outbox whose attachments of conversationId are shown after the waiting files.
    void setOutbox(Outbox *outbox);
    void setConversationId(const QString &conversationId);

    // Waiting files (not yet sent), in the order added; a file already there is ignored.
    bool addFile(const QString &filePath, qint64 size, const QString &mimeType);
    void removeFile(const QString &filePath);
    void clearFiles();
    QStringList files() const { return m_files; }

    AttachmentStripChip *chipForFile(const QString &filePath) const {
        return m_fileChips.value(filePath);
    }
    AttachmentStripChip *chipForItem(qint64 outboxId) const { return m_itemChips.value(outboxId); }
    int chipCount() const { return int(m_fileChips.size() + m_itemChips.size()); }

    QSize sizeHint() const override;

Q_SIGNALS:
    void filesChanged();
    void fileRemoved(const QString &filePath);

private:
    void addItem(const OutboxItem &item);
    void updateItem(const OutboxItem &item);
    void removeItem(qint64 id);
    void updateVisibility();

    QPointer<Outbox> m_outbox;
    QString m_conversationId;
    QWidget *m_row;
    QHBoxLayout *m_layout;
    QStringList m_files;
    QHash<QString, AttachmentStripChip *> m_fileChips;
    QHash<qint64, AttachmentStripChip *> m_itemChips;
};
