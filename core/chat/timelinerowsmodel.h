#pragma once

#include "chat/messagesmodel.h"
#include "chat/outboxmodel.h"

#include <QAbstractListModel>
#include <QPointer>

struct OutboxItem;

// What the timeline shows: the open conversation's messages (MessagesModel) followed
// by its unsent outbox items (OutboxModel), where they will appear once sent. Rows of
// both answer MessagesModel's roles (an outbox item as the message it will be, its id
// "outbox:<n>"), so that the delegate draws them alike; outbox rows add their state,
// progress and what can be done with them. Both sources' changes are passed on row by
// row (never a reset but for another conversation), so that a Sent item's row leaving
// and its real message arriving, in one go from Outbox::itemSent, do not flicker.
class TimelineRowsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        PendingRole = Qt::UserRole + 100, // an outbox item, not yet a message
        OutboxIdRole,                     // the item's id (qint64)
        OutboxStateRole,                  // int(OutboxItem::State)
        StatusTextRole,                   // "Uploading… 40 %", "Not sent: …"
        ErrorRole,
        SentBytesRole,
        TotalBytesRole,
        CanRetryRole,
        CanDiscardRole,
        FileSizeRole,
    };
    Q_ENUM(Role)

    TimelineRowsModel(MessagesModel *messages, OutboxModel *outbox, QObject *parent = nullptr);
    ~TimelineRowsModel() override;

    MessagesModel *messages() const { return m_messages; }
    OutboxModel *outbox() const { return m_outbox; }
    int messageCount() const;
    bool isPending(int row) const { return row >= messageCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The message an outbox item will become (id "outbox:<n>", now when not stamped).
    static Message messageOf(const OutboxItem &item);
    static QString pendingId(qint64 outboxId);

private:
    QVariant pendingData(int outboxRow, int role) const;
    bool isGroupedPending(int outboxRow) const;
    void connectMessages();
    void connectOutbox();

    QPointer<MessagesModel> m_messages;
    QPointer<OutboxModel> m_outbox;
};
