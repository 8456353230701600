#include "boxtagbatchmodel.h"

#include "admin/boxtagimport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

static_assert(int(BoxTagBatchModel::CodeColumn) == int(BoxTagImport::Code)
              && int(BoxTagBatchModel::DescriptionColumn) == int(BoxTagImport::Description)
              && int(BoxTagBatchModel::TechnologyColumn) == int(BoxTagImport::TechnologyType));

QStringList BoxTagBatchModel::technologyTypes() {
    // MifareClassicEV1_1K is the reference's example; the others are the NFC badges
    // commonly sold for access boxes. The server takes any text.
    return {QStringLiteral("MifareClassicEV1_1K"),
            QStringLiteral("MifareClassicEV1_4K"),
            QStringLiteral("MifareUltralightEV1"),
            QStringLiteral("MifareDESFireEV2"),
            QStringLiteral("NTAG213"),
            QStringLiteral("NTAG215"),
            QStringLiteral("NTAG216")};
}

BoxTagBatchModel::BoxTagBatchModel(QObject *parent)
    : QAbstractTableModel(parent) {}

bool BoxTagBatchModel::Row::isEmpty() const {
    // A technology type alone (the default of a new row) is not a tag yet.
    return cells.at(CodeColumn).trimmed().isEmpty()
           && cells.at(DescriptionColumn).trimmed().isEmpty();
}

int BoxTagBatchModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BoxTagBatchModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BoxTagBatchModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Mark &mark = row.marks.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.cells.at(index.column());
    case Qt::ToolTipRole:
        return mark.reason.isEmpty() ? QVariant() : QVariant(mark.reason);
    case CellStateRole:
        return QVariant::fromValue(mark.state);
    case ReasonRole:
        return mark.reason;
    case RowStateRole:
        return QVariant::fromValue(row.state);
    default:
        return {};
    }
}

QVariant BoxTagBatchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case DescriptionColumn:
        return tr("Description");
    case TechnologyColumn:
        return tr("Technology type");
    default:
        return {};
    }
}

Qt::ItemFlags BoxTagBatchModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_rows.at(index.row()).locked())
        f |= Qt::ItemIsEditable;
    return f;
}

bool BoxTagBatchModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    if (row.locked())
        return false;
    const QString text = value.toString();
    if (row.cells.at(index.column()) == text)
        return true;
    row.cells[index.column()] = text;
    // The edit answers this cell's mark; the row's other marks stay until validate().
    row.marks[index.column()] = Mark();
    if (row.state == RowState::Rejected
        && std::all_of(row.marks.cbegin(), row.marks.cend(),
                       [](const Mark &m) { return m.state == CellState::Normal; }))
        row.state = RowState::Draft;
    rowChanged(index.row());
    return true;
}

bool BoxTagBatchModel::insertRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || row < 0 || row > m_rows.size() || count <= 0 || sendingFrom(row))
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.insert(row, Row());
    endInsertRows();
    return true;
}

bool BoxTagBatchModel::removeRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    if (sendingFrom(row))
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

int BoxTagBatchModel::appendEmptyRow() {
    const int row = int(m_rows.size());
    insertRows(row, 1);
    return row;
}

void BoxTagBatchModel::appendTags(const QList<BoxTag> &tags) {
    QList<QStringList> lines;
    for (const BoxTag &tag : tags)
        lines.append({tag.code, tag.description, tag.technologyType});
    writeCells(int(m_rows.size()), lines, {CodeColumn, DescriptionColumn, TechnologyColumn});
}

int BoxTagBatchModel::writeCells(int firstRow, const QList<QStringList> &lines,
                                 const QList<int> &columns) {
    const int n = int(lines.size());
    const int existing = qBound(0, int(m_rows.size()) - firstRow, n);
    const auto fill = [&columns](Row &row, const QStringList &line) {
        for (int k = 0; k < line.size() && k < columns.size(); ++k) {
            const int c = columns.at(k);
            if (c >= 0 && c < ColumnCount) {
                row.cells[c] = line.at(k).trimmed();
                row.marks[c] = Mark();
            }
        }
        if (row.state == RowState::Rejected)
            row.state = RowState::Draft;
    };
    for (int i = 0; i < existing; ++i) {
        fill(m_rows[firstRow + i], lines.at(i));
        rowChanged(firstRow + i);
    }
    if (existing < n) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + n - existing - 1);
        for (int i = existing; i < n; ++i) {
            Row row;
            fill(row, lines.at(i));
            m_rows.append(row);
        }
        endInsertRows();
    }
    return n;
}

int BoxTagBatchModel::pasteCells(const QModelIndex &at, const QString &text, QString *error) {
    const BoxTagImport::Result parsed = BoxTagImport::fromClipboard(text);
    if (!parsed.ok()) {
        if (error)
            *error = parsed.error;
        return -1;
    }
    QList<int> columns = parsed.fields;
    if (columns.isEmpty()) {
        qsizetype widest = 0;
        for (const QStringList &line : parsed.rows)
            widest = qMax(widest, line.size());
        const int start = at.isValid() ? at.column() : int(CodeColumn);
        for (int k = 0; k < widest; ++k)
            columns.append(start + k < ColumnCount ? start + k : -1);
    }
    int first = at.isValid() ? at.row() : int(m_rows.size());
    for (int r = first; r < m_rows.size() && r < first + parsed.rows.size(); ++r) {
        if (m_rows.at(r).locked()) {
            first = int(m_rows.size()); // never over a row created or on its way
            break;
        }
    }
    return writeCells(first, parsed.rows, columns);
}

int BoxTagBatchModel::importCsv(const QByteArray &bytes, QString *error) {
    const BoxTagImport::Result parsed = BoxTagImport::fromCsv(bytes);
    if (!parsed.ok()) {
        if (error)
            *error = parsed.error;
        return -1;
    }
    const QList<int> columns = parsed.fields.isEmpty()
                                   ? QList<int>{CodeColumn, DescriptionColumn, TechnologyColumn}
                                   : parsed.fields;
    return writeCells(int(m_rows.size()), parsed.rows, columns);
}

void BoxTagBatchModel::removeCreatedRows() {
    for (int r = int(m_rows.size()) - 1; r >= 0; --r) {
        if (m_rows.at(r).state != RowState::Created)
            continue;
        int first = r;
        while (first > 0 && m_rows.at(first - 1).state == RowState::Created)
            --first;
        removeRows(first, r - first + 1);
        r = first;
    }
}

QList<int> BoxTagBatchModel::batchRows() const {
    QList<int> rows;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!m_rows.at(r).isEmpty() && m_rows.at(r).state != RowState::Created)
            rows.append(r);
    }
    return rows;
}

QList<BoxTag> BoxTagBatchModel::batch() const {
    QList<BoxTag> tags;
    for (const int r : batchRows()) {
        const QStringList &c = m_rows.at(r).cells;
        tags.append({c.at(CodeColumn).trimmed(), c.at(DescriptionColumn).trimmed(),
                     c.at(TechnologyColumn).trimmed()});
    }
    return tags;
}

bool BoxTagBatchModel::validate() {
    const QList<int> rows = batchRows();
    QHash<QString, QList<int>> byCode;
    for (const int r : rows) {
        m_rows[r].marks.fill(Mark());
        m_rows[r].state = RowState::Draft;
        const QString code = m_rows.at(r).cells.at(CodeColumn).trimmed();
        if (!code.isEmpty())
            byCode[code].append(r);
    }
    bool ok = !rows.isEmpty();
    for (const int r : rows) {
        const QStringList &c = m_rows.at(r).cells;
        for (const int col : {CodeColumn, DescriptionColumn, TechnologyColumn}) {
            if (c.at(col).trimmed().isEmpty()) {
                mark(r, col, CellState::Missing, tr("Required."));
                ok = false;
            }
        }
        const QList<int> same = byCode.value(c.at(CodeColumn).trimmed());
        if (same.size() > 1) {
            QStringList others;
            for (const int o : same) {
                if (o != r)
                    others.append(QString::number(o + 1));
            }
            mark(r, CodeColumn, CellState::Invalid,
                 tr("This code is also on row(s) %1 of the batch.").arg(others.join(u", ")));
            ok = false;
        }
        rowChanged(r);
    }
    return ok;
}

void BoxTagBatchModel::setSending(const QList<int> &rows, bool sending) {
    for (const int r : rows) {
        if (r < 0 || r >= m_rows.size() || m_rows.at(r).state == RowState::Created)
            continue;
        m_rows[r].state = sending ? RowState::Sending : RowState::Draft;
        rowChanged(r);
    }
}

void BoxTagBatchModel::markCreated(const QList<int> &rows) {
    for (const int r : rows) {
        if (r < 0 || r >= m_rows.size())
            continue;
        m_rows[r].state = RowState::Created;
        m_rows[r].marks.fill(Mark());
        rowChanged(r);
    }
}

QString BoxTagBatchModel::reasonFor(const ApiFieldError &fe) {
    QString reason;
    if (fe.title == QLatin1String("has_already_been_taken"))
        reason = tr("This code is already taken.");
    else if (fe.title == QLatin1String("cannot_be_blank")
             || fe.title == QLatin1String("cannot_be_empty"))
        reason = tr("Required.");
    else if (fe.title == QLatin1String("is_invalid"))
        reason = tr("Not valid.");
    else
        reason = fe.title;
    // The server's own words (English) say more: which row, which existing tag.
    if (!fe.detail.isEmpty())
        reason = tr("%1 (server: %2)").arg(reason, fe.detail);
    return reason;
}

QStringList BoxTagBatchModel::markRejected(const QList<int> &rows, const ApiError &error) {
    static const QRegularExpression itemSource(
        QStringLiteral("^tags\\[(\\d+)\\](?:\\.([A-Za-z_]+))?$"));
    static const QHash<QString, int> columnOf = {
        {QStringLiteral("code"), CodeColumn},
        {QStringLiteral("description"), DescriptionColumn},
        {QStringLiteral("technologyType"), TechnologyColumn},
    };
    QStringList unplaced;
    for (const int r : rows) {
        if (r >= 0 && r < m_rows.size() && m_rows.at(r).state != RowState::Created)
            m_rows[r].state = RowState::Draft;
    }
    for (const ApiFieldError &fe : error.fieldErrors) {
        int row = -1;
        int column = CodeColumn;
        const QRegularExpressionMatch m = itemSource.match(fe.source);
        if (m.hasMatch()) {
            const int i = m.captured(1).toInt();
            if (i >= 0 && i < rows.size())
                row = rows.at(i);
            column = columnOf.value(m.captured(2), CodeColumn);
        } else {
            // A server naming the code itself rather than its place in the batch.
            for (const int r : rows) {
                if (r < m_rows.size() && !fe.source.isEmpty()
                    && m_rows.at(r).cells.at(CodeColumn).trimmed() == fe.source)
                    row = r;
            }
        }
        if (row < 0 || row >= m_rows.size()) {
            unplaced.append(fe.detail.isEmpty() ? fe.source + QStringLiteral(": ") + fe.title
                                                : fe.detail);
            continue;
        }
        mark(row, column, CellState::Rejected, reasonFor(fe));
        m_rows[row].state = RowState::Rejected;
    }
    if (error.fieldErrors.isEmpty() && !error.message.isEmpty())
        unplaced.append(error.message);
    for (const int r : rows) {
        if (r >= 0 && r < m_rows.size())
            rowChanged(r);
    }
    return unplaced;
}

QStringList BoxTagBatchModel::codesAt(const QModelIndexList &indexes) const {
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.model() == this && !rows.contains(i.row()))
            rows.append(i.row());
    }
    std::sort(rows.begin(), rows.end());
    QStringList codes;
    for (const int r : std::as_const(rows)) {
        const QString code = m_rows.at(r).cells.at(CodeColumn).trimmed();
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    return codes;
}

int BoxTagBatchModel::createdCount() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &r) { return r.state == RowState::Created; }));
}

bool BoxTagBatchModel::sendingFrom(int row) const {
    // A batch on its way is matched to its answer by row numbers: rows at or above it
    // stay where they are until it is settled.
    for (int r = row; r < m_rows.size(); ++r) {
        if (m_rows.at(r).state == RowState::Sending)
            return true;
    }
    return false;
}

void BoxTagBatchModel::mark(int row, int column, CellState state, const QString &reason) {
    m_rows[row].marks[column] = Mark{state, reason};
}

void BoxTagBatchModel::rowChanged(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
