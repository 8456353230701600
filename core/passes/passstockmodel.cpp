#include "passstockmodel.h"

#include "common/datetext.h"

#include <QLocale>

PassStockModel::PassStockModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int PassStockModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_stocks.size());
}

int PassStockModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QDateTime PassStockModel::now() const {
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

void PassStockModel::setNow(const QDateTime &now) {
    m_now = now;
    if (!m_stocks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_stocks.size()) - 1, ColumnCount - 1));
}

PassStockModel::State PassStockModel::stateOf(const PassStock &s) const {
    const QDateTime t = now();
    if (s.expirationDate.isValid() && s.expirationDate < t)
        return State::Expired;
    if (s.totalAvailable <= 0)
        return State::Exhausted;
    if (s.expirationDate.isValid() && s.expirationDate < t.addDays(kSoonDays))
        return State::ExpiringSoon;
    return State::Ok;
}

QString PassStockModel::durationText(const PassStock &s) {
    const int n = int(s.duration);
    switch (s.durationType) {
    case PassStock::DurationType::Day:
        return tr("%n day(s)", nullptr, n);
    case PassStock::DurationType::Month:
        return tr("%n month(s)", nullptr, n);
    case PassStock::DurationType::Year:
        return tr("%n year(s)", nullptr, n);
    case PassStock::DurationType::Unknown:
        break;
    }
    return QString::number(n) + QLatin1Char(' ') + s.durationTypeText;
}

QVariant PassStockModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PassStock &s = m_stocks.at(index.row());
    const State state = stateOf(s);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Description:
            return s.description;
        case Duration:
            return durationText(s);
        case Expiration:
            return s.expirationDate.isValid() ? DateText::date(s.expirationDate.date(), locale)
                                              : tr("None");
        case Units:
            return s.totalUnits;
        case Available:
            return s.totalAvailable;
        case Used:
            return tr("%1 / %2").arg(s.totalUsed).arg(s.totalUnits);
        case Price:
            return locale.toCurrencyString(s.price, QStringLiteral("€"));
        case NetPrice:
            return locale.toCurrencyString(s.netPrice, QStringLiteral("€"));
        case Vat:
            return tr("%1 %").arg(locale.toString(s.vat, 'g', 4));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Units)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        switch (state) {
        case State::Expired:
            return tr("Expired on %1: no pass can be taken from this stock.")
                .arg(locale.toString(s.expirationDate.date(), QLocale::LongFormat));
        case State::ExpiringSoon:
            return tr("Expires in %n day(s), on %1.", nullptr, int(now().daysTo(s.expirationDate)))
                .arg(locale.toString(s.expirationDate.date(), QLocale::LongFormat));
        case State::Exhausted:
            return tr("No pass left in this stock.");
        case State::Ok:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Description) {
            if (state == State::Expired || state == State::Exhausted)
                return m_expiredIcon.isNull() ? QVariant() : QVariant(m_expiredIcon);
            if (state == State::ExpiringSoon)
                return m_soonIcon.isNull() ? QVariant() : QVariant(m_soonIcon);
        }
        break;
    case ItemStateRole:
        switch (state) {
        case State::Expired:
            return QVariant::fromValue(ItemState::Expired);
        case State::Exhausted:
            return QVariant::fromValue(ItemState::Exhausted);
        case State::ExpiringSoon:
            return QVariant::fromValue(ItemState::ExpiringSoon);
        case State::Ok:
            break;
        }
        return QVariant::fromValue(ItemState::Normal);
    case StockIdRole:
        return s.stockId;
    case UsedFractionRole:
        return s.totalUnits > 0 ? double(s.totalUsed) / double(s.totalUnits) : 0.0;
    case StateRole:
        return QVariant::fromValue(state);
    case AssignableRole:
        return state == State::Ok || state == State::ExpiringSoon;
    }
    return {};
}

QVariant PassStockModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Description:
        return tr("Description");
    case Duration:
        return tr("Duration");
    case Expiration:
        return tr("Expires");
    case Units:
        return tr("Units");
    case Available:
        return tr("Available");
    case Used:
        return tr("Used");
    case Price:
        return tr("Price");
    case NetPrice:
        return tr("Net price");
    case Vat:
        return tr("VAT");
    }
    return {};
}

int PassStockModel::rowOfStock(qint64 stockId) const {
    for (int r = 0; r < m_stocks.size(); ++r) {
        if (m_stocks.at(r).stockId == stockId)
            return r;
    }
    return -1;
}

void PassStockModel::setStocks(const QList<PassStock> &stocks) {
    // Remove the stocks that vanished, from the bottom so rows stay valid.
    for (int r = int(m_stocks.size()) - 1; r >= 0; --r) {
        const qint64 id = m_stocks.at(r).stockId;
        const bool kept = std::any_of(stocks.cbegin(), stocks.cend(),
                                      [id](const PassStock &s) { return s.stockId == id; });
        if (!kept) {
            beginRemoveRows({}, r, r);
            m_stocks.removeAt(r);
            endRemoveRows();
        }
    }
    for (const PassStock &s : stocks) {
        const int r = rowOfStock(s.stockId);
        if (r < 0) {
            const int at = int(m_stocks.size());
            beginInsertRows({}, at, at);
            m_stocks.append(s);
            endInsertRows();
        } else if (!(m_stocks.at(r) == s)) {
            m_stocks[r] = s;
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
}

QList<PassStock> PassStockModel::assignableStocks() const {
    QList<PassStock> out;
    for (const PassStock &s : m_stocks) {
        const State st = stateOf(s);
        if (st == State::Ok || st == State::ExpiringSoon)
            out.append(s);
    }
    return out;
}

void PassStockModel::setStateIcons(const QIcon &expired, const QIcon &expiringSoon) {
    m_expiredIcon = expired;
    m_soonIcon = expiringSoon;
    if (!m_stocks.isEmpty())
        Q_EMIT dataChanged(index(0, Description), index(int(m_stocks.size()) - 1, Description),
                           {Qt::DecorationRole});
}
