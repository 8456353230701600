#pragma once

#include "clients/csvreader.h"
#include "enterprise/group.h"
#include "net/apierror.h"
#include "tasks/taskregistry.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

class ApiJob;
class ClientsService;
struct CreatedClient;
struct EmailCheck;

// A bulk import of clients from a CSV file: columns mapped to API fields (guessed
// from French or English headers), each row converted and checked before anything is
// sent, then created one at a time with progress and cancel.
//
// Every row is checked with exists() before create(): a retried row whose earlier
// create did go through (answer lost, cancelled mid-flight) is then "already
// exists", never a duplicate.
class ClientImport : public QObject {
    Q_OBJECT
public:
    enum class Status { Invalid, Ready, Working, Created, AlreadyExists, Failed };
    Q_ENUM(Status)

    struct Row {
        int line = 0; // line number in the file (1 = first line)
        QStringList cells;
        QVariantMap fields; // API field → value, normalized
        QList<ApiFieldError> issues;
        Status status = Status::Invalid;
        QString reason; // why Invalid or Failed, for people
    };

    explicit ClientImport(QObject *parent = nullptr);
    ~ClientImport() override;

    static QString statusText(Status status);

    bool loadCsv(const QByteArray &bytes, QString *error = nullptr);
    void setHasHeader(bool on);
    bool hasHeader() const { return m_hasHeader; }
    QStringList headers() const;
    int columnCount() const { return m_columnCount; }
    QChar separator() const { return m_separator; }

    QString mapping(int column) const { return m_mapping.value(column); }
    void setMapping(int column, const QString &field);
    void guessMapping();
    // Used when no column gives a field: e.g. phone_prefix "+33", cgu true when staff
    // confirm the clients accepted the conditions on paper.
    void setDefault(const QString &field, const QVariant &value);
    void setGroups(const QList<Group> &groups);

    // Re-reads every row with the mapping and defaults (not the ones already done).
    void validate();
    const QList<Row> &rows() const { return m_rows; }
    int count(Status status) const;

    void setTaskRegistry(TaskRegistry *registry) { m_tasks = registry; }
    // Sends the Ready rows; with failedToo, the Failed ones as well (Retry failed).
    bool start(ClientsService *service, bool failedToo = false);
    void cancel();
    bool isRunning() const { return m_running; }

    // line, email, result, reason; UTF-8 with a BOM and ';' for French spreadsheets.
    QByteArray reportCsv() const;
    bool saveReport(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void rowsReset();
    void rowChanged(int index);
    void progress(int done, int total);
    void finished(int created, int alreadyExisting, int failed);

private:
    void readRow(Row &row) const;
    void next();
    void setStatus(int index, Status status, const QString &reason = {});
    void onExists(const EmailCheck &check);
    void onCreated();
    void onFailed(const ApiError &error);
    void rowDone();
    void stop();
    static QString describeError(const ApiError &error);

    QList<QStringList> m_table; // every line of the file
    QList<Row> m_rows;          // the data lines
    QChar m_separator = QLatin1Char(',');
    int m_columnCount = 0;
    bool m_hasHeader = true;
    QHash<int, QString> m_mapping;
    QVariantMap m_defaults;
    QList<Group> m_groups;

    QPointer<ClientsService> m_service;
    QPointer<TaskRegistry> m_tasks;
    TaskRegistry::TaskId m_taskId = 0;
    QList<int> m_queue;
    int m_current = -1;
    QPointer<ApiJob> m_job; // the call of the current row, to cancel it
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
