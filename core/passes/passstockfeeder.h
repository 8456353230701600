#pragma once

#include "net/apijob.h"
#include "passes/passstock.h"

#include <QList>
#include <QObject>
#include <QPointer>

class PassStockModel;
class PassesService;

// The stock of passes as the app shows it: holds the PassStockModel and keeps it fed
// through PassesService, so that no page feeds a model. Every stock answer lands in
// the model, whoever asked for it, and an assignment made anywhere reloads it (a unit
// was taken).
class PassStockFeeder : public QObject {
    Q_OBJECT
public:
    explicit PassStockFeeder(PassesService *passes, QObject *parent = nullptr);
    ~PassStockFeeder() override;

    PassStockModel *model() const { return m_model; }

    // Reloads the stock. The handle is for a caller that shows the failure itself;
    // one that nobody handles reaches the shell.
    Job<QList<PassStock>> *refresh();
    // Signed out: no stock of the old session stays in the model.
    void clear();

Q_SIGNALS:
    // The model holds a new answer (rows merged by stock id, not reset).
    void stocksChanged();

private:
    QPointer<PassesService> m_passes;
    PassStockModel *m_model;
};
