#include "activitylog.h"

#include "apiclient.h"

#include <QLocale>

ActivityLog::ActivityLog(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity)) {}

void ActivityLog::watch(ApiClient *api) {
    connect(api, &ApiClient::callFinished, this, &ActivityLog::append);
    connect(api, &ApiClient::answerRefused, this, &ActivityLog::markRefused);
}

void ActivityLog::markRefused(quint64 serial, const ApiError &error) {
    // The call has just ended: look from the newest row back.
    for (int row = m_count - 1; row >= 0; --row) {
        CallRecord &r = m_ring[(m_first + row) % m_capacity];
        if (r.serial != serial)
            continue;
        if (r.failed())
            return;
        ApiError shown = error;
        if (shown.httpStatus == 0)
            shown.httpStatus = r.httpStatus;
        r.errorKind = error.kind;
        r.error = CallRecord::summary(shown);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}

void ActivityLog::append(const CallRecord &record) {
    ++m_total;
    if (m_count == m_capacity) {
        // Full: the oldest row leaves first, then the new one takes its slot at the end.
        beginRemoveRows({}, 0, 0);
        m_first = (m_first + 1) % m_capacity;
        --m_count;
        endRemoveRows();
    }
    beginInsertRows({}, m_count, m_count);
    const int slot = (m_first + m_count) % m_capacity;
    if (slot < m_ring.size())
        m_ring[slot] = record;
    else
        m_ring.append(record);
    ++m_count;
    endInsertRows();
}

void ActivityLog::clear() {
    if (m_count == 0)
        return;
    beginResetModel();
    m_ring.clear();
    m_first = 0;
    m_count = 0;
    endResetModel();
}

const CallRecord &ActivityLog::record(int row) const {
    return m_ring.at((m_first + row) % m_capacity);
}

QList<CallRecord> ActivityLog::records() const {
    QList<CallRecord> out;
    out.reserve(m_count);
    for (int row = 0; row < m_count; ++row)
        out.append(record(row));
    return out;
}

int ActivityLog::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_count;
}

int ActivityLog::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityLog::timeText(const QDateTime &time) {
    // Locale-free, with milliseconds: what support compares with server logs.
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QVariant ActivityLog::display(const CallRecord &r, int column) const {
    switch (column) {
    case TimeColumn:
        return timeText(r.startedAt);
    case MethodColumn:
        return QString::fromLatin1(r.method);
    case PathColumn:
        return r.path;
    case StatusColumn:
        // No HTTP answer: the error column says why.
        return r.httpStatus > 0 ? QString::number(r.httpStatus) : tr("none");
    case DurationColumn:
        return tr("%1 ms").arg(QLocale().toString(r.durationMs));
    case RetriesColumn:
        return QString::number(r.retries());
    case ErrorColumn:
        return r.error;
    default:
        return {};
    }
}

QVariant ActivityLog::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallRecord &r = record(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == ErrorColumn && !r.error.isEmpty() ? QVariant(r.error) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn
            || index.column() == RetriesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordRole:
        return QVariant::fromValue(r);
    case FailedRole:
        return r.failed();
    case RetriedRole:
        return r.attempts > 1;
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return r.startedAt;
        case StatusColumn:
            return r.httpStatus;
        case DurationColumn:
            return r.durationMs;
        case RetriesColumn:
            return r.retries();
        default:
            return display(r, index.column());
        }
    default:
        return {};
    }
}

QVariant ActivityLog::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case RetriesColumn:
        return tr("Retries");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

QList<CallRecord> ActivityLog::recordsOf(const QAbstractItemModel *model,
                                         const QModelIndexList &indexes) {
    QList<CallRecord> out;
    if (!model)
        return out;
    QList<int> rows;
    if (indexes.isEmpty()) {
        for (int row = 0; row < model->rowCount(); ++row)
            rows.append(row);
    } else {
        for (const QModelIndex &i : indexes) {
            if (i.isValid() && i.model() == model && !rows.contains(i.row()))
                rows.append(i.row());
        }
        std::sort(rows.begin(), rows.end());
    }
    for (const int row : std::as_const(rows)) {
        const QVariant v = model->index(row, 0).data(RecordRole);
        if (v.canConvert<CallRecord>())
            out.append(v.value<CallRecord>());
    }
    return out;
}

QString ActivityLog::toText(const QList<CallRecord> &records) {
    ActivityLog names; // for the column titles, translated like the view's
    QList<QStringList> lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header.append(names.headerData(c, Qt::Horizontal).toString());
    lines.append(header);
    for (const CallRecord &r : records) {
        QStringList line;
        for (int c = 0; c < ColumnCount; ++c)
            line.append(names.display(r, c).toString());
        lines.append(line);
    }
    // Every column but the last padded to its widest cell.
    QList<qsizetype> widths(ColumnCount - 1, 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (int c = 0; c < ColumnCount - 1; ++c)
            widths[c] = qMax(widths[c], line.at(c).size());
    }
    QString text = tr("Jobbers Back Office: activity log, %n call(s), exported %1", nullptr,
                      int(records.size()))
                       .arg(QDateTime::currentDateTime().toString(Qt::ISODate));
    text += QLatin1Char('\n');
    for (const QStringList &line : std::as_const(lines)) {
        QString out;
        for (int c = 0; c < ColumnCount; ++c) {
            const bool number = c == StatusColumn || c == DurationColumn || c == RetriesColumn;
            if (c == ColumnCount - 1)
                out += line.at(c);
            else if (number)
                out += line.at(c).rightJustified(widths[c]) + QStringLiteral("  ");
            else
                out += line.at(c).leftJustified(widths[c]) + QStringLiteral("  ");
        }
        text += out.trimmed() + QLatin1Char('\n');
    }
    return text;
}
