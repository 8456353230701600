#pragma once

#include "storage/outboxitem.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>

class Outbox;

// The unsent messages of one conversation (Queued, Uploading, Sending, Failed), oldest
// first, for the timeline to show after the conversation's messages, where they will
// appear, with Retry and Discard on the failed ones. Fed by the Outbox's signals: rows
// are inserted, changed and removed one by one; a row leaves once its message is Sent
// (the timeline then has the real message, Outbox::itemSent).
class OutboxModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ItemRole,     // the whole OutboxItem
        KindRole,     // int(OutboxItem::Kind)
        StateRole,    // int(OutboxItem::State)
        SenderRole,   // int(OutboxItem::Sender)
        TextRole,     // a text's content
        FileNameRole, // an attachment's name
        FileSizeRole, // bytes
        MimeTypeRole,
        ErrorRole,      // why it failed, for people
        SentBytesRole,  // upload progress
        TotalBytesRole, // upload total
        CanRetryRole,
        CanDiscardRole,
        StatusTextRole, // "Queued", "Sending 40 %", "Failed: …" for people
    };
    Q_ENUM(Role)

    explicit OutboxModel(Outbox *outbox, QObject *parent = nullptr);

    // The conversation shown; empty: none (no rows).
    void setConversationId(const QString &conversationId);
    QString conversationId() const { return m_conversationId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOfId(qint64 id) const;
    const OutboxItem &itemAt(int row) const { return m_items.at(row); }
    bool retry(int row);
    bool discard(int row);

    static QString statusText(const OutboxItem &item, qint64 sent, qint64 total);

private:
    void onAdded(const OutboxItem &item);
    void onChanged(const OutboxItem &item);
    void onRemoved(qint64 id);
    void onProgress(qint64 id, qint64 sent, qint64 total);

    QPointer<Outbox> m_outbox;
    QString m_conversationId;
    QList<OutboxItem> m_items;
};
