#include "statsreport.h"

#include "genderchart.h"
#include "orderschart.h"
#include "tagschart.h"

#include "stats/statsfigures.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace {
QPalette paperPalette() {
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Text, QColor(0x202020));
    p.setColor(QPalette::WindowText, QColor(0x202020));
    p.setColor(QPalette::PlaceholderText, QColor(0x606060));
    return p;
}

QString monthTitle(const MonthStats &m) {
    return QLocale().toString(QDate(m.year, m.month, 1), QStringLiteral("MMMM yyyy"));
}

void drawCard(QPainter *p, const QRectF &r, const StatsFigures::Value &v, const QFont &base) {
    p->setPen(QPen(QColor(0xC8C8C8), 1));
    p->setBrush(QColor(0xF6F6F6));
    p->drawRoundedRect(r, 6, 6);
    const QRectF inner = r.adjusted(10, 8, -10, -8);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);
    p->setFont(small);
    p->setPen(QColor(0x505050));
    p->drawText(inner, Qt::AlignLeft | Qt::AlignTop, StatsFigures::title(v.figure));
    QFont big = base;
    big.setPointSizeF(base.pointSizeF() * 1.9);
    big.setBold(true);
    p->setFont(big);
    p->setPen(QColor(0x202020));
    p->drawText(inner, Qt::AlignLeft | Qt::AlignVCenter,
                StatsFigures::valueText(v.figure, v.value));
    p->setFont(small);
    p->setPen(QColor(0x505050));
    const QString change = StatsFigures::changeText(v);
    p->drawText(inner, Qt::AlignLeft | Qt::AlignBottom,
                change.isEmpty() ? QStringLiteral("–") : change);
}

qreal groupsRowHeight(const QFont &base) {
    return QFontMetricsF(base).height() * 1.5;
}

int groupCount(const MonthStats &m) {
    int n = 0;
    for (const StatsEntry &e : m.entries)
        n += e.isEnterprise() ? 0 : 1;
    return n;
}

void drawGroupsTable(QPainter *p, const QRectF &area, const StatsReport::Content &c,
                     const QFont &base) {
    const QStringList heads{StatsReport::tr("Group"),
                            StatsFigures::title(StatsFigures::Figure::Requests),
                            StatsFigures::title(StatsFigures::Figure::Passes),
                            StatsFigures::title(StatsFigures::Figure::Clients),
                            StatsReport::tr("Clients"),
                            StatsFigures::title(StatsFigures::Figure::Rating),
                            StatsFigures::title(StatsFigures::Figure::Orders)};
    const qreal firstWidth = area.width() * 0.24;
    const qreal otherWidth = (area.width() - firstWidth) / (heads.size() - 1);
    const qreal rowHeight = groupsRowHeight(base);
    // The header takes two rows: long titles wrap.
    const int fit = int(area.height() / rowHeight) - 2;
    QList<const StatsEntry *> groups;
    for (const StatsEntry &e : c.month.entries) {
        if (!e.isEnterprise())
            groups.append(&e);
    }
    const bool cut = groups.size() > fit;
    const int shown = cut ? qMax(0, fit - 1) : int(groups.size());
    const auto cellRect = [&](int row, int column) {
        const qreal x =
            column == 0 ? area.left() : area.left() + firstWidth + (column - 1) * otherWidth;
        return QRectF(x + 4, area.top() + (row + 1) * rowHeight,
                      (column == 0 ? firstWidth : otherWidth) - 8, rowHeight);
    };
    QFont bold = base;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(QColor(0x202020));
    for (int col = 0; col < heads.size(); ++col)
        p->drawText(cellRect(0, col).adjusted(0, -rowHeight, 0, 0),
                    (col == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom
                        | Qt::TextWordWrap,
                    heads.at(col));
    p->setFont(base);
    const QLocale locale;
    for (int i = 0; i < shown; ++i) {
        const StatsEntry &e = *groups.at(i);
        if (i % 2 == 0)
            p->fillRect(
                QRectF(area.left(), area.top() + (i + 2) * rowHeight, area.width(), rowHeight),
                QColor(0xF2F2F2));
        const QStringList cells{StatsReport::scopeName(e.groupId, c.groupNames),
                                locale.toString(e.deltaRequests),
                                locale.toString(e.deltaPasses),
                                locale.toString(e.deltaClients),
                                locale.toString(e.totalClients),
                                locale.toString(e.averageConversationRating, 'f', 2),
                                locale.toString(e.totalOrders)};
        for (int col = 0; col < cells.size(); ++col) {
            const QRectF r = cellRect(i + 1, col);
            const QString text =
                QFontMetricsF(base).elidedText(cells.at(col), Qt::ElideRight, r.width());
            p->drawText(r, (col == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, text);
        }
    }
    if (cut)
        p->drawText(cellRect(shown + 1, 0).adjusted(0, 0, area.width(), 0),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    StatsReport::tr("… and %n more group(s) (see the CSV export)", nullptr,
                                    int(groups.size() - shown)));
}
} // namespace

QString StatsReport::scopeName(std::optional<qint64> scope, const QHash<qint64, QString> &names) {
    if (!scope)
        return tr("Whole enterprise");
    const QString name = names.value(*scope);
    return name.isEmpty() ? tr("Group %1").arg(*scope) : name;
}

void StatsReport::paint(QPainter *p, const QRectF &page, const Content &c) {
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->fillRect(page, Qt::white);
    const QRectF area = page.adjusted(48, 44, -48, -40);
    QFont base = p->font();
    base.setPointSizeF(9);
    const StatsEntry empty;
    const StatsEntry *entry = c.month.entry(c.scope);
    const StatsEntry &e = entry ? *entry : empty;
    const StatsEntry *before = c.previous ? c.previous->entry(c.scope) : nullptr;
    const QLocale locale;

    // Title block.
    QFont title = base;
    title.setPointSizeF(18);
    title.setBold(true);
    p->setFont(title);
    p->setPen(QColor(0x202020));
    qreal y = area.top();
    const QString heading = tr("Statistics for %1").arg(monthTitle(c.month));
    p->drawText(QRectF(area.left(), y, area.width(), 34), Qt::AlignLeft | Qt::AlignVCenter,
                heading);
    y += 36;
    p->setFont(base);
    QStringList sub;
    sub << (c.enterpriseName.isEmpty() ? scopeName(c.scope, c.groupNames)
                                       : QStringLiteral("%1 · %2").arg(
                                           c.enterpriseName, scopeName(c.scope, c.groupNames)));
    const QDateTime updated = e.lastUpdated.isValid() ? e.lastUpdated : c.month.lastUpdated();
    if (updated.isValid())
        sub << tr("figures calculated on %1 at %2")
                   .arg(locale.toString(updated.toLocalTime().date(), QLocale::LongFormat),
                        locale.toString(updated.toLocalTime().time(), QLocale::ShortFormat));
    if (c.stillMoving)
        sub << tr("month in progress: figures will still change");
    p->setPen(QColor(0x505050));
    p->drawText(QRectF(area.left(), y, area.width(), 18), Qt::AlignLeft | Qt::AlignVCenter,
                sub.join(QStringLiteral(" · ")));
    y += 28;

    // Figure cards.
    const QList<StatsFigures::Value> values = StatsFigures::compute(e, before);
    const qreal gap = 10;
    const qreal cardWidth = (area.width() - gap * (values.size() - 1)) / values.size();
    for (int i = 0; i < values.size(); ++i)
        drawCard(p, QRectF(area.left() + i * (cardWidth + gap), y, cardWidth, 78), values.at(i),
                 base);
    y += 78 + 6;
    p->setFont(base);
    p->setPen(QColor(0x505050));
    p->drawText(QRectF(area.left(), y, area.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
                before ? tr("Changes against %1.").arg(monthTitle(*c.previous))
                       : tr("No figures for the month before: no change shown."));
    y += 18;
    p->drawText(QRectF(area.left(), y, area.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
                tr("%1 clients registered in all, %2 of them never signed in; %3 requests and %4 "
                   "passes since the start.")
                    .arg(locale.toString(e.totalClients), locale.toString(e.nologinTotal),
                         locale.toString(e.totalRequests), locale.toString(e.totalPasses)));
    y += 24;

    // Charts, drawn from the same widgets as on screen, on paper colours.
    const QPalette paper = paperPalette();
    GenderChart gender;
    gender.setPalette(paper);
    gender.setFont(base);
    gender.setEntry(e);
    OrdersChart orders;
    orders.setPalette(paper);
    orders.setFont(base);
    orders.setEntry(e);
    TagsChart tags;
    tags.setPalette(paper);
    tags.setFont(base);
    tags.setHideZeros(true);
    tags.setTags(e.tags);

    const qreal left = (area.width() - gap) * 0.44;
    const qreal chartHeight = 230;
    gender.paintTo(p, QRectF(area.left(), y, left, chartHeight));
    orders.paintTo(p, QRectF(area.left() + left + gap, y, area.width() - left - gap, chartHeight));
    y += chartHeight + gap;
    const bool groupsTable = !c.scope && groupCount(c.month) > 0;
    const qreal free = area.bottom() - y - 24;
    // The groups table takes what its rows need (up to half the room left), the tags the rest.
    const qreal tableHeight =
        groupsTable ? qMin(free / 2, (groupCount(c.month) + 2) * groupsRowHeight(base) + 4) : 0;
    const qreal tagsHeight = free - tableHeight - (groupsTable ? gap : 0);
    tags.paintTo(p, QRectF(area.left(), y, area.width(), tagsHeight));
    y += tagsHeight + gap;
    if (groupsTable)
        drawGroupsTable(p, QRectF(area.left(), y, area.width(), area.bottom() - y - 24), c, base);

    // Footer.
    const QDateTime generated =
        c.generatedAt.isValid() ? c.generatedAt : QDateTime::currentDateTime();
    QFont small = base;
    small.setPointSizeF(7.5);
    p->setFont(small);
    p->setPen(QColor(0x707070));
    p->drawText(QRectF(area.left(), area.bottom() - 14, area.width(), 14),
                Qt::AlignLeft | Qt::AlignVCenter,
                tr("Jobbers Back Office · generated on %1")
                    .arg(locale.toString(generated, QLocale::ShortFormat)));
    p->restore();
}

bool StatsReport::writePdf(const QString &path, const Content &content, QString *error) {
    QPdfWriter pdf(path);
    pdf.setResolution(96);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    pdf.setTitle(tr("Statistics for %1").arg(monthTitle(content.month)));
    pdf.setCreator(QStringLiteral("Jobbers Back Office"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        if (error)
            *error = tr("The report %1 cannot be written.").arg(QFileInfo(path).fileName());
        return false;
    }
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())), content);
    if (!painter.end()) {
        if (error)
            *error = tr("The report %1 cannot be written.").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}
