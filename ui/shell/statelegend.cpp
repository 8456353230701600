#include "statelegend.h"

#include "statepalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

StateLegend::StateLegend(const QList<Item> &items, QWidget *parent)
    : QWidget(parent)
    , m_items(items) {
    setObjectName(QStringLiteral("stateLegend"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Colours:"), this);
    layout->addWidget(title);
    for (const Item &item : m_items) {
        // The state's name written in its own colours, as a cell of the table is.
        auto *sample = new QLabel(StatePalette::name(item.state), this);
        sample->setObjectName(QStringLiteral("legendSample"));
        sample->setAutoFillBackground(true);
        sample->setContentsMargins(6, 1, 6, 1);
        sample->setToolTip(item.meaning);
        auto *meaning = new QLabel(item.meaning, this);
        meaning->setEnabled(false);
        layout->addWidget(sample);
        layout->addWidget(meaning);
        layout->addSpacing(12);
        m_samples.append(sample);
    }
    layout->addStretch(1);
    setAccessibleName(tr("Colour legend"));
    setAccessibleDescription(entries().join(QStringLiteral("; ")));
    paintSamples();
}

QStringList StateLegend::entries() const {
    QStringList out;
    for (const Item &item : m_items)
        out.append(tr("%1: %2").arg(StatePalette::name(item.state), item.meaning));
    return out;
}

void StateLegend::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintSamples();
}

void StateLegend::paintSamples() {
    for (int i = 0; i < m_samples.size(); ++i) {
        const ItemState state = m_items.at(i).state;
        QPalette p = palette();
        p.setColor(QPalette::WindowText, StatePalette::foreground(state, palette()));
        const QColor bg = StatePalette::background(state, palette());
        p.setColor(QPalette::Window, bg.isValid() ? bg : palette().color(QPalette::Base));
        m_samples.at(i)->setPalette(p);
    }
}
