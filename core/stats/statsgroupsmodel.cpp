#include "statsgroupsmodel.h"

#include "stats/statstrendmodel.h"

#include <QLocale>

namespace {
QList<std::optional<qint64>> scopesOf(const MonthStats &m) {
    QList<std::optional<qint64>> out;
    for (const StatsEntry &e : m.entries)
        out.append(e.groupId);
    return out;
}

bool isPercent(int column) {
    return column == StatsGroupsModel::Women || column == StatsGroupsModel::Men
           || column == StatsGroupsModel::GenderUnknown;
}
} // namespace

StatsGroupsModel::StatsGroupsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int StatsGroupsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_month.entries.size());
}

int StatsGroupsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatsGroupsModel::value(const StatsEntry &e, int column) {
    switch (column) {
    case Requests:
        return e.deltaRequests;
    case Passes:
        return e.deltaPasses;
    case NewClients:
        return e.deltaClients;
    case TotalClients:
        return e.totalClients;
    case Rating:
        return e.averageConversationRating;
    case Orders:
        return e.totalOrders;
    case NeverSignedIn:
        return e.nologinTotal;
    case Women:
        return e.percentageFemaleClients;
    case Men:
        return e.percentageMaleClients;
    case GenderUnknown:
        return e.percentageUnknownClients;
    default:
        return {};
    }
}

QString StatsGroupsModel::scopeName(const StatsEntry &e) const {
    if (e.isEnterprise())
        return tr("Whole enterprise");
    const QString name = m_groupNames.value(*e.groupId);
    return name.isEmpty() ? tr("Group %1").arg(*e.groupId) : name;
}

QVariant StatsGroupsModel::displayText(const StatsEntry &e, int column) const {
    const QLocale locale;
    if (column == Scope)
        return scopeName(e);
    const QVariant v = value(e, column);
    if (isPercent(column))
        return QStringLiteral("%1\u00a0%").arg(locale.toString(v.toDouble(), 'f', 1));
    if (column == Rating)
        return locale.toString(v.toDouble(), 'f', 2);
    return locale.toString(v.toLongLong());
}

const StatsEntry *StatsGroupsModel::previousOf(const StatsEntry &e) const {
    return m_previous ? m_previous->entry(e.groupId) : nullptr;
}

QVariant StatsGroupsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatsEntry &e = m_month.entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(e, column);
    case Qt::EditRole:
        return column == Scope ? QVariant(scopeName(e)) : value(e, column);
    case Qt::TextAlignmentRole:
        return column == Scope ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case GroupIdRole:
        return e.groupId.value_or(0);
    case IsEnterpriseRole:
        return e.isEnterprise();
    case ChangeRole:
    case TrendRole:
    case Qt::ToolTipRole: {
        const StatsEntry *p = previousOf(e);
        if (column == Scope || !p)
            return {};
        const double now = value(e, column).toDouble();
        const double before = value(*p, column).toDouble();
        if (role == ChangeRole)
            return now - before;
        if (role == TrendRole) {
            StatsFigures::Value v;
            v.value = now;
            v.previous = before;
            return int(v.trend());
        }
        const int decimals = column == Rating ? 2 : isPercent(column) ? 1 : 0;
        return tr("%1 the month before (%2)")
            .arg(displayText(*p, column).toString(),
                 StatsFigures::signedText(now - before, decimals));
    }
    default:
        return {};
    }
}

QVariant StatsGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Requests:
            return tr("Requests made this month (delta_requests)");
        case Passes:
            return tr("Passes used this month (delta_passes)");
        case NewClients:
            return tr("Clients registered this month (delta_clients)");
        case TotalClients:
            return tr("Clients registered at the end of the month (total_clients)");
        case NeverSignedIn:
            return tr("Clients who have never signed in to Jobbers");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Scope:
        return tr("Enterprise or group");
    case Requests:
        return tr("Requests");
    case Passes:
        return tr("Passes");
    case NewClients:
        return tr("New clients");
    case TotalClients:
        return tr("Clients");
    case Rating:
        return tr("Rating");
    case Orders:
        return tr("Orders");
    case NeverSignedIn:
        return tr("Never signed in");
    case Women:
        return tr("Women");
    case Men:
        return tr("Men");
    case GenderUnknown:
        return tr("Unknown");
    }
    return {};
}

void StatsGroupsModel::setMonth(const MonthStats &month,
                                const std::optional<MonthStats> &previous) {
    const bool sameShape = month.month == m_month.month && month.year == m_month.year
                           && scopesOf(month) == scopesOf(m_month) && !m_month.entries.isEmpty();
    if (!sameShape)
        beginResetModel();
    m_month = month;
    m_previous = previous;
    if (!sameShape) {
        endResetModel();
        return;
    }
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void StatsGroupsModel::clear() {
    if (m_month.entries.isEmpty())
        return;
    beginResetModel();
    m_month = {};
    m_previous.reset();
    endResetModel();
}

void StatsGroupsModel::setGroupNames(const QHash<qint64, QString> &names) {
    m_groupNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Scope), index(rowCount() - 1, Scope));
}

void StatsGroupsModel::setSource(const StatsTrendModel *source) {
    disconnect(m_sourceChanged);
    disconnect(m_sourceReset);
    m_source = source;
    if (!source)
        return;
    m_sourceChanged =
        connect(source, &QAbstractItemModel::dataChanged, this, &StatsGroupsModel::takeFromSource);
    m_sourceReset =
        connect(source, &QAbstractItemModel::modelReset, this, &StatsGroupsModel::takeFromSource);
    takeFromSource();
}

void StatsGroupsModel::takeFromSource() {
    const QList<YearMonth> range = m_source->range();
    const MonthStats *month = range.isEmpty() ? nullptr : m_source->stats(range.last());
    if (!month) {
        clear();
        return;
    }
    const MonthStats *before = m_source->stats(range.last().previous());
    setMonth(*month, before ? std::optional<MonthStats>(*before) : std::nullopt);
}
