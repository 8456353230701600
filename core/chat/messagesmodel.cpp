#include "messagesmodel.h"

#include <QMimeDatabase>
#include <QSet>

namespace {
constexpr qint64 kUnknownDay = std::numeric_limits<qint64>::min();
} // namespace

MessagesModel::MessagesModel(QObject *parent)
    : QAbstractListModel(parent) {}

int MessagesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_messages.size());
}

QHash<int, QByteArray> MessagesModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(MessageRole, "message");
    names.insert(AuthorRole, "author");
    names.insert(ReceivedRole, "received");
    names.insert(KindRole, "kind");
    names.insert(ContentRole, "content");
    names.insert(MediaUrlRole, "mediaUrl");
    names.insert(FileNameRole, "fileName");
    names.insert(MimeTypeRole, "mimeType");
    names.insert(FirstOfDayRole, "firstOfDay");
    names.insert(GroupedRole, "grouped");
    names.insert(LastOfGroupRole, "lastOfGroup");
    return names;
}

MessagesModel::Kind MessagesModel::kindOf(const Message &message) {
    if (!message.isAttachment())
        return Kind::Text;
    return mimeTypeOf(message).startsWith(QLatin1String("image/")) ? Kind::Image : Kind::File;
}

QString MessagesModel::fileNameOf(const Message &message) {
    const QString name = message.mediaUrl.fileName(QUrl::FullyDecoded);
    return name.isEmpty() ? message.mediaUrl.host() : name;
}

QString MessagesModel::mimeTypeOf(const Message &message) {
    // The sandbox and the API put the MIME type in type; "attachment" says nothing.
    if (message.type.contains(QLatin1Char('/')))
        return message.type;
    static const QMimeDatabase db;
    return db.mimeTypeForFile(fileNameOf(message), QMimeDatabase::MatchExtension).name();
}

void MessagesModel::cacheTimes(int row) const {
    if (m_days.at(row) != kUnknownDay)
        return;
    const QDateTime &received = m_messages.at(row).received;
    if (!received.isValid()) {
        m_days[row] = 0;
        m_msecs[row] = kUnknownDay;
        return;
    }
    const qint64 ms = received.toMSecsSinceEpoch();
    m_msecs[row] = ms;
    // Messages come in runs of one day: the local day's bounds are computed once per
    // day, not once per message (each conversion asks the C library's time zone).
    if (ms < m_dayStartMs || ms >= m_dayEndMs) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(ms).date();
        m_dayJulian = day.toJulianDay();
        m_dayStartMs = day.startOfDay().toMSecsSinceEpoch();
        m_dayEndMs = day.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    m_days[row] = m_dayJulian;
}

QDate MessagesModel::localDay(int row) const {
    cacheTimes(row);
    return QDate::fromJulianDay(m_days.at(row));
}

bool MessagesModel::isFirstOfDay(int row) const {
    if (row <= 0)
        return true;
    return localDay(row) != localDay(row - 1);
}

bool MessagesModel::isGrouped(int row) const {
    if (row <= 0 || isFirstOfDay(row))
        return false;
    const Message &m = m_messages.at(row);
    const Message &previous = m_messages.at(row - 1);
    if (m.author != previous.author || m.authorText != previous.authorText)
        return false;
    cacheTimes(row);
    cacheTimes(row - 1);
    if (m_msecs.at(row) == kUnknownDay || m_msecs.at(row - 1) == kUnknownDay)
        return false;
    const qint64 ms = m_msecs.at(row) - m_msecs.at(row - 1);
    return ms >= 0 && ms <= qint64(groupMinutes()) * 60 * 1000;
}

QVariant MessagesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Message &m = m_messages.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return kindOf(m) == Kind::Text ? m.content : fileNameOf(m);
    case Qt::ToolTipRole:
        return QLocale().toString(m.received.toLocalTime(), QLocale::LongFormat);
    case IdRole:
        return m.id;
    case MessageRole:
        return QVariant::fromValue(m);
    case AuthorRole:
        return int(m.author);
    case ReceivedRole:
        return m.received.toLocalTime();
    case KindRole:
        return int(kindOf(m));
    case MediaUrlRole:
        return m.mediaUrl;
    case FileNameRole:
        return m.isAttachment() ? fileNameOf(m) : QString();
    case MimeTypeRole:
        return m.isAttachment() ? mimeTypeOf(m) : QString();
    case FirstOfDayRole:
        return isFirstOfDay(row);
    case GroupedRole:
        return isGrouped(row);
    case LastOfGroupRole:
        return isLastOfGroup(row);
    default:
        return {};
    }
}

void MessagesModel::clear() {
    if (m_messages.isEmpty())
        return;
    beginResetModel();
    m_messages.clear();
    m_days.clear();
    m_msecs.clear();
    m_rowById.clear();
    endResetModel();
}

MessagesModel::MergeResult MessagesModel::merge(const QList<Message> &page) {
    MergeResult result;
    if (m_messages.isEmpty())
        return fill(page);
    QSet<QString> seen;
    seen.reserve(page.size());
    // Each run of unknown messages goes right after the last known one before it in
    // the page; a leading run goes right before the first known one.
    QList<Message> run;
    int lastKnown = -1;
    for (const Message &m : page) {
        if (m.id.isEmpty() || seen.contains(m.id))
            continue;
        seen.insert(m.id);
        const int row = rowOfId(m.id);
        if (row < 0) {
            run.append(m);
            continue;
        }
        result.overlapped = true;
        if (!run.isEmpty()) {
            const int at = lastKnown < 0 ? row : lastKnown + 1;
            if (at == 0)
                result.older += int(run.size());
            insertRun(at, run);
            result.inserted += int(run.size());
            run.clear();
        }
        lastKnown = rowOfId(m.id);
        if (m_messages.at(lastKnown) != m) {
            m_messages[lastKnown] = m;
            m_days[lastKnown] = kUnknownDay;
            const QModelIndex changed = index(lastKnown);
            Q_EMIT dataChanged(changed, changed);
        }
    }
    if (!run.isEmpty() && result.overlapped) {
        const int at = lastKnown + 1;
        if (at == int(m_messages.size()))
            result.newer += int(run.size());
        insertRun(at, run);
        result.inserted += int(run.size());
    }
    return result;
}

MessagesModel::MergeResult MessagesModel::fill(const QList<Message> &page) {
    // The first page of a conversation: no neighbours to look at.
    QList<Message> unique;
    unique.reserve(page.size());
    QHash<QString, int> rows;
    rows.reserve(page.size());
    for (const Message &m : page) {
        if (m.id.isEmpty() || rows.contains(m.id))
            continue;
        rows.insert(m.id, int(unique.size()));
        unique.append(m);
    }
    MergeResult result;
    result.overlapped = true;
    result.inserted = int(unique.size());
    if (unique.isEmpty())
        return result;
    beginInsertRows({}, 0, int(unique.size()) - 1);
    m_messages = std::move(unique);
    m_days = QList<qint64>(m_messages.size(), kUnknownDay);
    m_msecs = QList<qint64>(m_messages.size(), kUnknownDay);
    m_rowById = std::move(rows);
    endInsertRows();
    return result;
}

bool MessagesModel::appendNewest(const Message &message) {
    if (message.id.isEmpty() || rowOfId(message.id) >= 0)
        return false;
    insertRun(int(m_messages.size()), {message});
    return true;
}

void MessagesModel::insertRun(int at, const QList<Message> &run) {
    beginInsertRows({}, at, at + int(run.size()) - 1);
    m_messages.insert(at, run.size(), Message());
    std::copy(run.cbegin(), run.cend(), m_messages.begin() + at);
    m_days.insert(at, run.size(), kUnknownDay);
    m_msecs.insert(at, run.size(), kUnknownDay);
    reindexFrom(at);
    endInsertRows();
    // The rows on either side may now start or end a group, or no longer start a day.
    const int after = at + int(run.size());
    if (after < int(m_messages.size())) {
        const QModelIndex i = index(after);
        Q_EMIT dataChanged(i, i, {FirstOfDayRole, GroupedRole, LastOfGroupRole});
    }
    if (at > 0) {
        const QModelIndex i = index(at - 1);
        Q_EMIT dataChanged(i, i, {LastOfGroupRole});
    }
}

void MessagesModel::reindexFrom(int row) {
    if (m_rowById.isEmpty())
        m_rowById.reserve(m_messages.size());
    for (int i = row; i < int(m_messages.size()); ++i)
        m_rowById.insert(m_messages.at(i).id, i);
}
