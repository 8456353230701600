#include "passstockfeeder.h"

#include "passes/passesservice.h"
#include "passes/passstockmodel.h"

PassStockFeeder::PassStockFeeder(PassesService *passes, QObject *parent)
    : QObject(parent)
    , m_passes(passes)
    , m_model(new PassStockModel(this)) {
    Q_ASSERT(passes);
    connect(passes, &PassesService::stockLoaded, this, [this](const QList<PassStock> &stocks) {
        m_model->setStocks(stocks);
        Q_EMIT stocksChanged();
    });
    connect(passes, &PassesService::passAssigned, this, [this] { refresh(); });
}

PassStockFeeder::~PassStockFeeder() = default;

void PassStockFeeder::clear() {
    m_model->setStocks({});
    Q_EMIT stocksChanged();
}

Job<QList<PassStock>> *PassStockFeeder::refresh() {
    // The model is fed by the stockLoaded connection above, before the caller's
    // continuations run.
    return m_passes->stock();
}
