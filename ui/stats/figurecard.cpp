#include "figurecard.h"

#include <QLabel>
#include <QVBoxLayout>

FigureCard::FigureCard(StatsFigures::Figure figure, QWidget *parent)
    : QFrame(parent)
    , m_figure(figure)
    , m_title(new QLabel(StatsFigures::title(figure), this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus); // reachable with Tab, read by screen readers
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_change->setForegroundRole(QPalette::PlaceholderText);
    m_change->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch(1);
    setValue(std::nullopt, {});
}

QString FigureCard::valueText() const {
    return m_value->text();
}

QString FigureCard::changeText() const {
    return m_change->text();
}

void FigureCard::setValue(const std::optional<StatsFigures::Value> &value,
                          const QString &previousMonth) {
    if (!value) {
        m_value->setText(QStringLiteral("–"));
        m_change->setText(tr("No figures"));
    } else {
        m_value->setText(StatsFigures::valueText(m_figure, value->value));
        const QString change = StatsFigures::changeText(*value);
        if (change.isEmpty() || previousMonth.isEmpty()) {
            m_change->setText(tr("No previous month to compare"));
        } else {
            const QString arrow = value->trend() == StatsFigures::Trend::Up ? QStringLiteral("▲ ")
                                  : value->trend() == StatsFigures::Trend::Down
                                      ? QStringLiteral("▼ ")
                                      : QString();
            m_change->setText(tr("%1%2 vs %3").arg(arrow, change, previousMonth));
        }
    }
    setAccessibleName(StatsFigures::title(m_figure));
    setAccessibleDescription(m_value->text() + QStringLiteral(", ") + m_change->text());
    setToolTip(m_change->text());
}
