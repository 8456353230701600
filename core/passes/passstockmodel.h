#pragma once

#include "common/itemstate.h"

#include "passes/passstock.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QIcon>
#include <QList>

// The enterprise's stocks of passes as a table. Stocks that have expired, or expire
// within 30 days, stand out (colours, an icon, a tooltip saying when); the Used
// column carries the used share for a bar delegate (UsedFractionRole).
// A reload is merged by stock id: changed rows get dataChanged, new ones are
// inserted, vanished ones removed, so a selection survives a refresh.
class PassStockModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Description,
        Duration,
        Expiration,
        Units,
        Available,
        Used,
        Price,
        NetPrice,
        Vat,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { StockIdRole = Qt::UserRole + 1, UsedFractionRole, StateRole, AssignableRole };
    enum class State { Ok, ExpiringSoon, Expired, Exhausted };
    Q_ENUM(State)

    static constexpr int kSoonDays = 30;

    explicit PassStockModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setStocks(const QList<PassStock> &stocks);
    const PassStock &stockAt(int row) const { return m_stocks.at(row); }
    int rowOfStock(qint64 stockId) const;
    // The stocks a pass can be taken from now: not expired, units left.
    QList<PassStock> assignableStocks() const;
    State stateOf(const PassStock &stock) const;

    // Icons are the UI's business; core only says which row gets which.
    void setStateIcons(const QIcon &expired, const QIcon &expiringSoon);
    void setNow(const QDateTime &now); // tests pin the clock
    static QString durationText(const PassStock &stock);

private:
    QDateTime now() const;

    QList<PassStock> m_stocks;
    QIcon m_expiredIcon;
    QIcon m_soonIcon;
    QDateTime m_now;
};
