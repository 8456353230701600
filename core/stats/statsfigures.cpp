#include "statsfigures.h"

#include <QLocale>

#include <cmath>

StatsFigures::Trend StatsFigures::Value::trend() const {
    const std::optional<double> c = change();
    if (!c)
        return Trend::Unknown;
    if (std::abs(*c) < 1e-9)
        return Trend::Flat;
    return *c > 0 ? Trend::Up : Trend::Down;
}

QList<StatsFigures::Figure> StatsFigures::figures() {
    return {Figure::Requests, Figure::Passes, Figure::Clients, Figure::Rating, Figure::Orders};
}

double StatsFigures::valueOf(Figure figure, const StatsEntry &e) {
    switch (figure) {
    case Figure::Requests:
        return double(e.deltaRequests);
    case Figure::Passes:
        return double(e.deltaPasses);
    case Figure::Clients:
        return double(e.deltaClients);
    case Figure::Rating:
        return e.averageConversationRating;
    case Figure::Orders:
        return double(e.totalOrders);
    }
    return 0;
}

QList<StatsFigures::Value> StatsFigures::compute(const StatsEntry &current,
                                                 const StatsEntry *previous) {
    QList<Value> out;
    for (Figure f : figures()) {
        Value v;
        v.figure = f;
        v.value = valueOf(f, current);
        if (previous)
            v.previous = valueOf(f, *previous);
        out.append(v);
    }
    return out;
}

QString StatsFigures::title(Figure figure) {
    switch (figure) {
    case Figure::Requests:
        return tr("Requests");
    case Figure::Passes:
        return tr("Passes used");
    case Figure::Clients:
        return tr("New clients");
    case Figure::Rating:
        return tr("Average rating");
    case Figure::Orders:
        return tr("Orders");
    }
    return {};
}

QString StatsFigures::valueText(Figure figure, double value) {
    const QLocale locale;
    if (figure == Figure::Rating)
        return locale.toString(value, 'f', 2);
    return locale.toString(qint64(std::llround(value)));
}

QString StatsFigures::signedText(double value, int decimals) {
    const QLocale locale;
    const QString digits = decimals > 0 ? locale.toString(std::abs(value), 'f', decimals)
                                        : locale.toString(qint64(std::llround(std::abs(value))));
    if (std::abs(value) < 0.5 * std::pow(10.0, -decimals))
        return QStringLiteral("±") + digits;
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + digits;
}

QString StatsFigures::changeText(const Value &v) {
    const std::optional<double> c = v.change();
    if (!c)
        return {};
    const int decimals = v.figure == Figure::Rating ? 2 : 0;
    QString text = signedText(*c, decimals);
    if (const std::optional<double> p = v.changePercent(); p && v.figure != Figure::Rating)
        text += QStringLiteral(" (%1\u00a0%)").arg(signedText(*p, 0));
    return text;
}
