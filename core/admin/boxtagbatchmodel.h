#pragma once

#include "admin/boxtag.h"
#include "net/apierror.h"

#include <QAbstractTableModel>
#include <QList>
#include <QModelIndexList>
#include <QStringList>

#include <array>

// The batch of box tags being prepared: one editable row per tag (code, description,
// technology type), filled by typing, by pasting spreadsheet cells or from a CSV file.
// Before sending, validate() marks what is missing or twice in the batch; after a
// refusal, markRejected() puts the server's reason on each offending cell (the batch is
// all-or-nothing: no row is created then); markCreated() locks the rows the server took.
// Marks are roles (CellStateRole, ReasonRole, RowStateRole), never colours.
class BoxTagBatchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CodeColumn, DescriptionColumn, TechnologyColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        CellStateRole = Qt::UserRole + 1, // CellState
        ReasonRole,                       // why the cell is marked; empty when Normal
        RowStateRole,                     // RowState
    };
    Q_ENUM(Role)
    enum class CellState {
        Normal,
        Missing,  // required and empty
        Invalid,  // found wrong here, before sending (a code twice in the batch)
        Rejected, // refused by the server, with its reason
    };
    Q_ENUM(CellState)
    enum class RowState { Draft, Sending, Created, Rejected };
    Q_ENUM(RowState)

    // Suggestions for the technology column; any other text is allowed too.
    static QStringList technologyTypes();
    static QString defaultTechnologyType() { return QStringLiteral("MifareClassicEV1_1K"); }

    explicit BoxTagBatchModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // New rows are empty but for the default technology type. Rows never move while a
    // batch is on its way: inserting or removing at or before a row being sent fails.
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Adds an empty row at the end; returns its number.
    int appendEmptyRow();
    void appendTags(const QList<BoxTag> &tags);
    // Tab-separated cells from the clipboard, written from at onwards (rows added as
    // needed; at the end when at is invalid or a row there is locked). A header line
    // places the columns by name. Returns the number of rows written, or -1 with
    // *error when the text holds no tag (nothing changes then).
    int pasteCells(const QModelIndex &at, const QString &text, QString *error = nullptr);
    // Appends the rows of a CSV file; -1 with *error when it holds no tag.
    int importCsv(const QByteArray &bytes, QString *error = nullptr);
    // Removes every row whose tag was created.
    void removeCreatedRows();

    // The rows that would be sent: not empty, not created yet.
    QList<int> batchRows() const;
    // Their tags, trimmed, in row order.
    QList<BoxTag> batch() const;
    // Clears the marks of the batch rows and marks what is missing or twice in the
    // batch; true when the batch can be sent (and is not empty).
    bool validate();
    // Locks rows while their batch is on its way (or clears that with false).
    void setSending(const QList<int> &rows, bool sending);
    void markCreated(const QList<int> &rows);
    // The batch of rows (in the order sent) was refused: marks each cell that
    // error's field errors name ("tags[i].code"...), else the row whose code a source
    // names. Returns the server's messages that name no row, for the page to show.
    QStringList markRejected(const QList<int> &rows, const ApiError &error);
    // The codes in the rows of indexes (any column), trimmed, each once.
    QStringList codesAt(const QModelIndexList &indexes) const;

    int createdCount() const;
    // The translated reason for a field error's title (has_already_been_taken...).
    static QString reasonFor(const ApiFieldError &error);

private:
    struct Mark {
        CellState state = CellState::Normal;
        QString reason;
    };
    struct Row {
        QStringList cells{QString(), QString(), defaultTechnologyType()};
        RowState state = RowState::Draft;
        std::array<Mark, ColumnCount> marks;
        bool isEmpty() const;
        bool locked() const { return state == RowState::Sending || state == RowState::Created; }
    };
    int writeCells(int firstRow, const QList<QStringList> &lines, const QList<int> &columns);
    bool sendingFrom(int row) const;
    void mark(int row, int column, CellState state, const QString &reason);
    void rowChanged(int row);

    QList<Row> m_rows;
};
