#include "statstrendmodel.h"

#include "stats/statsfigures.h"

#include <QLocale>

namespace {
// The figure a column shows (or, for a change column, the figure it is the change of).
std::optional<StatsFigures::Figure> figureOf(int column) {
    switch (column) {
    case StatsTrendModel::Requests:
    case StatsTrendModel::RequestsChange:
        return StatsFigures::Figure::Requests;
    case StatsTrendModel::Passes:
    case StatsTrendModel::PassesChange:
        return StatsFigures::Figure::Passes;
    case StatsTrendModel::NewClients:
    case StatsTrendModel::NewClientsChange:
        return StatsFigures::Figure::Clients;
    case StatsTrendModel::Rating:
        return StatsFigures::Figure::Rating;
    case StatsTrendModel::Orders:
        return StatsFigures::Figure::Orders;
    default:
        return std::nullopt;
    }
}

bool isChange(int column) {
    return column == StatsTrendModel::RequestsChange || column == StatsTrendModel::PassesChange
           || column == StatsTrendModel::NewClientsChange;
}
} // namespace

StatsTrendModel::StatsTrendModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int StatsTrendModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatsTrendModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const StatsEntry *StatsTrendModel::entryOf(int row) const {
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).stats)
        return nullptr;
    return m_rows.at(row).stats->entry(m_scope);
}

// The number of a cell; null when the month (or, for a change, the month before) is
// not known.
QVariant StatsTrendModel::valueOf(int row, int column) const {
    const StatsEntry *e = entryOf(row);
    if (column == TotalClients)
        return e ? QVariant(e->totalClients) : QVariant();
    const std::optional<StatsFigures::Figure> figure = figureOf(column);
    if (!figure || !e)
        return {};
    const double now = StatsFigures::valueOf(*figure, *e);
    if (!isChange(column))
        return *figure == StatsFigures::Figure::Rating ? QVariant(now) : QVariant(qint64(now));
    const StatsEntry *before = entryOf(row - 1);
    if (!before || m_rows.at(row - 1).period != m_rows.at(row).period.previous())
        return {};
    return qint64(now - StatsFigures::valueOf(*figure, *before));
}

QString StatsTrendModel::stateText(MonthState state) {
    switch (state) {
    case MonthState::Waiting:
        return tr("Waiting");
    case MonthState::Loading:
        return tr("Loading…");
    case MonthState::Cached:
        return tr("From this computer");
    case MonthState::Loaded:
        return tr("Up to date");
    case MonthState::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant StatsTrendModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole: {
        if (column == Month)
            return locale.toString(r.period.firstDay(), QStringLiteral("MMMM yyyy"));
        if (column == Status)
            return stateText(r.state);
        const QVariant v = valueOf(index.row(), column);
        if (v.isNull())
            return r.stats || isChange(column) ? QString() : QStringLiteral("…");
        if (isChange(column))
            return StatsFigures::signedText(v.toDouble(), 0);
        if (column == Rating)
            return locale.toString(v.toDouble(), 'f', 2);
        return locale.toString(v.toLongLong());
    }
    case Qt::EditRole:
        if (column == Month)
            return r.period.isoText();
        if (column == Status)
            return stateText(r.state);
        return valueOf(index.row(), column);
    case Qt::ToolTipRole:
        if (r.state == MonthState::Failed)
            return r.error.isEmpty() ? stateText(r.state) : r.error;
        if (r.fetchedAt.isValid())
            return tr("Fetched %1")
                .arg(locale.toString(r.fetchedAt.toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::TextAlignmentRole:
        return column == Month || column == Status ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case StateRole:
        return int(r.state);
    case PeriodRole:
        return QVariant::fromValue(r.period);
    case FetchedAtRole:
        return r.fetchedAt;
    case ErrorRole:
        return r.error;
    case TrendRole: {
        if (!isChange(column))
            return {};
        const QVariant v = valueOf(index.row(), column);
        if (v.isNull())
            return int(StatsFigures::Trend::Unknown);
        const qint64 c = v.toLongLong();
        return int(c == 0  ? StatsFigures::Trend::Flat
                   : c > 0 ? StatsFigures::Trend::Up
                           : StatsFigures::Trend::Down);
    }
    default:
        return {};
    }
}

QVariant StatsTrendModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount
        || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("Month");
    case Requests:
        return tr("Requests");
    case Passes:
        return tr("Passes");
    case NewClients:
        return tr("New clients");
    case RequestsChange:
    case PassesChange:
    case NewClientsChange:
        return tr("Change");
    case TotalClients:
        return tr("Clients");
    case Rating:
        return tr("Rating");
    case Orders:
        return tr("Orders");
    case Status:
        return tr("Status");
    }
    return {};
}

void StatsTrendModel::setRange(const QList<YearMonth> &months) {
    beginResetModel();
    QList<Row> rows;
    rows.reserve(months.size());
    for (const YearMonth &m : months) {
        const int old = rowOf(m);
        Row r = old >= 0 ? m_rows.at(old) : Row{};
        r.period = m;
        rows.append(r);
    }
    m_rows = rows;
    endResetModel();
}

QList<YearMonth> StatsTrendModel::range() const {
    QList<YearMonth> out;
    for (const Row &r : m_rows)
        out.append(r.period);
    return out;
}

int StatsTrendModel::rowOf(const YearMonth &month) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).period == month)
            return i;
    }
    return -1;
}

void StatsTrendModel::rowsChanged(int first, int last) {
    first = qMax(0, first);
    last = qMin(int(m_rows.size()) - 1, last);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void StatsTrendModel::setMonth(const MonthStats &stats, const QDateTime &fetchedAt,
                               bool fromCache) {
    const int row = rowOf({stats.year, stats.month});
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.stats = stats;
    r.fetchedAt = fetchedAt;
    r.state = fromCache ? MonthState::Cached : MonthState::Loaded;
    r.error.clear();
    rowsChanged(row, row + 1);
}

void StatsTrendModel::setMonthState(const YearMonth &month, MonthState state,
                                    const QString &error) {
    const int row = rowOf(month);
    if (row < 0)
        return;
    m_rows[row].state = state;
    m_rows[row].error = error;
    rowsChanged(row, row);
}

void StatsTrendModel::setScope(std::optional<qint64> groupId) {
    if (groupId == m_scope)
        return;
    m_scope = groupId;
    rowsChanged(0, int(m_rows.size()) - 1);
}

StatsTrendModel::MonthState StatsTrendModel::stateOf(const YearMonth &month) const {
    const int row = rowOf(month);
    return row < 0 ? MonthState::Waiting : m_rows.at(row).state;
}

const MonthStats *StatsTrendModel::stats(const YearMonth &month) const {
    const int row = rowOf(month);
    return row < 0 || !m_rows.at(row).stats ? nullptr : &*m_rows.at(row).stats;
}

QList<MonthStats> StatsTrendModel::knownMonths() const {
    QList<MonthStats> out;
    for (const Row &r : m_rows) {
        if (r.stats)
            out.append(*r.stats);
    }
    return out;
}

QDateTime StatsTrendModel::oldestFetch() const {
    QDateTime oldest;
    for (const Row &r : m_rows) {
        if (r.fetchedAt.isValid() && (!oldest.isValid() || r.fetchedAt < oldest))
            oldest = r.fetchedAt;
    }
    return oldest;
}

int StatsTrendModel::count(MonthState state) const {
    int n = 0;
    for (const Row &r : m_rows)
        n += r.state == state ? 1 : 0;
    return n;
}
