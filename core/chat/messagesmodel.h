#pragma once

#include "chat/message.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>

// The messages of one conversation, oldest first, for the timeline. The API answers
// the newest N messages with no cursor, so every page (a poll, a larger page for older
// history, a webhook's single message) is merged by message id: unknown messages are
// inserted where they belong, known ones are never duplicated, and rows are inserted
// (never a reset) so that the view keeps its place.
//
// The roles carry what the delegate needs to draw without looking at neighbours:
// whether a row starts a day (a separator above it) and whether it continues its
// author's group (same author, same day, within groupMinutes() of the previous one).
class MessagesModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        MessageRole,  // the whole Message
        AuthorRole,   // int(Message::Author)
        ReceivedRole, // QDateTime, local time
        KindRole,     // int(Kind)
        ContentRole,
        MediaUrlRole,
        FileNameRole,
        MimeTypeRole,
        FirstOfDayRole,  // a day separator goes above this row
        GroupedRole,     // continues the previous row's group (no author line)
        LastOfGroupRole, // the next row does not continue this one's group
    };
    Q_ENUM(Role)
    enum class Kind { Text, Image, File };
    Q_ENUM(Kind)

    // What merge() did.
    struct MergeResult {
        int inserted = 0;
        int older = 0; // inserted before every message known so far (history)
        int newer = 0; // inserted after every message known so far (new messages)
        // The page shared a message with the model (or the model was empty). When it
        // did not, nothing was inserted: the gap between them is unknown, so the
        // caller asks a larger page.
        bool overlapped = false;
    };

    explicit MessagesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // page: oldest first, as GET .../messages answers.
    MergeResult merge(const QList<Message> &page);
    // A message known to be newer than every one here (a webhook's, or one this desk
    // sent). Nothing happens when it is known already. A gap before it, if any, is
    // filled by the next page that overlaps both sides.
    bool appendNewest(const Message &message);
    // Forgets every message (another conversation is shown).
    void clear();

    const Message &messageAt(int row) const { return m_messages.at(row); }
    const QList<Message> &messages() const { return m_messages; }
    int rowOfId(const QString &id) const { return m_rowById.value(id, -1); }

    static int groupMinutes() { return 5; }
    static Kind kindOf(const Message &message);
    // The last path component of the media URL, percent-decoded ("facture.pdf").
    static QString fileNameOf(const Message &message);
    // The MIME type the API gave in type, or one guessed from the file name.
    static QString mimeTypeOf(const Message &message);

    // The local day of a row's message (cached: converting time zones is not cheap).
    QDate localDay(int row) const;
    bool isFirstOfDay(int row) const;
    bool isGrouped(int row) const;
    bool isLastOfGroup(int row) const { return row + 1 >= rowCount() || !isGrouped(row + 1); }

private:
    MergeResult fill(const QList<Message> &page);
    // Inserts messages before row at, then tells the neighbours whose roles changed.
    void insertRun(int at, const QList<Message> &run);
    void reindexFrom(int row);

    QList<Message> m_messages;
    // Per row, computed when first asked (time zone conversions are not cheap):
    // the local Julian day and the time in ms since the epoch.
    mutable QList<qint64> m_days;
    mutable QList<qint64> m_msecs;
    void cacheTimes(int row) const;
    mutable qint64 m_dayStartMs = 0; // the local day last computed, [start, end)
    mutable qint64 m_dayEndMs = 0;
    mutable qint64 m_dayJulian = 0;
    QHash<QString, int> m_rowById;
};
