#include "statscsvwriter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace {
QVariantList scopeCells(const MonthStats &m, const StatsEntry &e,
                        const StatsCsvWriter::Options &options) {
    return {m.year, m.month,
            e.isEnterprise() ? StatsCsvWriter::tr("Enterprise") : StatsCsvWriter::tr("Group"),
            e.groupId ? QVariant(*e.groupId) : QVariant(),
            e.groupId ? options.groupNames.value(*e.groupId) : QString()};
}
} // namespace

CsvWriter::Options StatsCsvWriter::defaultsFor(const QLocale &locale) {
    CsvWriter::Options o;
    o.decimalComma = locale.decimalPoint() == QStringLiteral(",");
    o.separator = o.decimalComma ? QLatin1Char(';') : QLatin1Char(',');
    o.byteOrderMark = true;
    return o;
}

QStringList StatsCsvWriter::header(Table table) {
    QStringList h{tr("Year"), tr("Month"), tr("Scope"), tr("Group id"), tr("Group")};
    switch (table) {
    case Table::Figures:
        h << tr("Last updated") << tr("Requests (total)") << tr("Requests (month)")
          << tr("Passes (total)") << tr("Passes (month)") << tr("Clients (total)")
          << tr("Clients (month)") << tr("Women %") << tr("Men %") << tr("Gender unknown %")
          << tr("Clients never signed in") << tr("Average conversation rating") << tr("Orders");
        break;
    case Table::Tags:
        h << tr("Tag") << tr("Share of conversations %");
        break;
    case Table::Orders:
        h << tr("Category id") << tr("Category") << tr("Share of orders %");
        break;
    }
    return h;
}

QByteArray StatsCsvWriter::write(Table table, const QList<MonthStats> &months,
                                 const Options &options) {
    CsvWriter csv(options.csv);
    QVariantList head;
    for (const QString &h : header(table))
        head.append(h);
    csv.addRow(head);
    for (const MonthStats &m : months) {
        for (const StatsEntry &e : m.entries) {
            const QVariantList scope = scopeCells(m, e, options);
            switch (table) {
            case Table::Figures:
                csv.addRow(scope
                           + QVariantList{e.lastUpdated, e.totalRequests, e.deltaRequests,
                                          e.totalPasses, e.deltaPasses, e.totalClients,
                                          e.deltaClients, e.percentageFemaleClients,
                                          e.percentageMaleClients, e.percentageUnknownClients,
                                          e.nologinTotal, e.averageConversationRating,
                                          e.totalOrders});
                break;
            case Table::Tags:
                for (const StatsEntry::TagShare &t : e.tags)
                    csv.addRow(scope + QVariantList{t.tagName, t.percent});
                break;
            case Table::Orders:
                for (const StatsEntry::OrderCategory &c : e.orderCategories)
                    csv.addRow(scope + QVariantList{c.categoryId, c.categoryName, c.percent});
                break;
            }
        }
    }
    return csv.bytes();
}

QStringList StatsCsvWriter::fileNames(const QString &path) {
    QString base = path;
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    return {base + QStringLiteral(".csv"), base + QStringLiteral("-tags.csv"),
            base + QStringLiteral("-orders.csv")};
}

bool StatsCsvWriter::writeFiles(const QString &path, const QList<MonthStats> &months,
                                const Options &options, QString *error) {
    const QStringList names = fileNames(path);
    const Table tables[] = {Table::Figures, Table::Tags, Table::Orders};
    for (int i = 0; i < 3; ++i) {
        QSaveFile f(names.at(i));
        const QByteArray bytes = write(tables[i], months, options);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
            if (error)
                *error = tr("%1 cannot be written: %2")
                             .arg(QFileInfo(names.at(i)).fileName(), f.errorString());
            return false;
        }
    }
    return true;
}
