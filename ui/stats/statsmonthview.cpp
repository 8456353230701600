#include "statsmonthview.h"

#include "figurecard.h"
#include "genderchart.h"
#include "orderschart.h"
#include "tagschart.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

StatsMonthView::StatsMonthView(QWidget *parent)
    : QWidget(parent)
    , m_gender(new GenderChart(this))
    , m_orders(new OrdersChart(this))
    , m_tags(new TagsChart(this))
    , m_hideZeros(new QCheckBox(tr("Hide &zero tags"), this)) {
    auto *layout = new QVBoxLayout(this);
    auto *cards = new QHBoxLayout;
    for (StatsFigures::Figure f : StatsFigures::figures()) {
        auto *card = new FigureCard(f, this);
        m_cards.append(card);
        cards->addWidget(card, 1);
    }
    layout->addLayout(cards);
    // The charts scroll rather than shrink: squeezed, they lose their labels.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *charts = new QGridLayout(inner);
    charts->setContentsMargins(0, 0, 0, 0);
    charts->addWidget(m_gender, 0, 0);
    charts->addWidget(m_orders, 0, 1);
    charts->addWidget(m_tags, 1, 0, 1, 2);
    charts->addWidget(m_hideZeros, 2, 0, 1, 2);
    charts->setRowStretch(0, 2);
    charts->setRowStretch(1, 3);
    m_gender->setMinimumHeight(220);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
    m_hideZeros->setAccessibleName(tr("Hide tags no conversation used"));
    m_hideZeros->setChecked(true);
    m_tags->setHideZeros(true);
    connect(m_hideZeros, &QCheckBox::toggled, m_tags, &TagsChart::setHideZeros);
    setTabOrder(m_cards.last(), m_hideZeros);
}

void StatsMonthView::showMonth(const MonthStats *month, const MonthStats *previous,
                               std::optional<qint64> scope) {
    const StatsEntry *e = month ? month->entry(scope) : nullptr;
    const StatsEntry *before = previous ? previous->entry(scope) : nullptr;
    const QString previousName = before
                                     ? QLocale().toString(QDate(previous->year, previous->month, 1),
                                                          QStringLiteral("MMMM yyyy"))
                                     : QString();
    const QList<StatsFigures::Value> values =
        e ? StatsFigures::compute(*e, before) : QList<StatsFigures::Value>();
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards.at(i)->setValue(e ? std::optional<StatsFigures::Value>(values.at(i)) : std::nullopt,
                                previousName);
    const StatsEntry empty;
    m_gender->setEntry(e ? *e : empty);
    m_orders->setEntry(e ? *e : empty);
    m_tags->setTags(e ? e->tags : QList<StatsEntry::TagShare>());
}
