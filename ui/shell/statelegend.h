#pragma once

#include "common/itemstate.h"

#include <QList>
#include <QWidget>

class QLabel;

// The key to a table's state colours: one sample per state, drawn by StatePalette in
// the colours the table uses (so it follows a dark palette too), with its name and
// what it means.
class StateLegend : public QWidget {
    Q_OBJECT
public:
    struct Item {
        ItemState state;
        QString meaning; // "the subscription has ended"
    };
    explicit StateLegend(const QList<Item> &items, QWidget *parent = nullptr);

    // "Expired: the subscription has ended" for each item, for tests and readers.
    QStringList entries() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintSamples();

    QList<Item> m_items;
    QList<QLabel *> m_samples;
};
