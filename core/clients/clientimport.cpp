#include "clientimport.h"

#include "clients/callingcodes.h"
#include "clients/client.h"
#include "clients/clientdraft.h"
#include "clients/clientimportfields.h"
#include "clients/clientsmodel.h"
#include "clients/clientsservice.h"
#include "clients/clientvalidator.h"
#include "clients/countries.h"
#include "clients/emailcheck.h"
#include "net/apifieldtext.h"
#include "net/apijob.h"

#include <QFile>
#include <QSaveFile>

ClientImport::ClientImport(QObject *parent)
    : QObject(parent) {
    m_defaults.insert(QStringLiteral("optin"), false);
}

ClientImport::~ClientImport() {
    if (m_tasks && m_taskId)
        m_tasks->finish(m_taskId);
}

QString ClientImport::statusText(Status status) {
    switch (status) {
    case Status::Invalid:
        return tr("Invalid");
    case Status::Ready:
        return tr("Ready");
    case Status::Working:
        return tr("Sending…");
    case Status::Created:
        return tr("Created");
    case Status::AlreadyExists:
        return tr("Already exists");
    case Status::Failed:
        return tr("Failed");
    }
    return {};
}

bool ClientImport::loadCsv(const QByteArray &bytes, QString *error) {
    const CsvReader::Result csv = CsvReader::parse(bytes);
    if (csv.rows.isEmpty()) {
        if (error)
            *error = tr("The file is empty.");
        return false;
    }
    m_table = csv.rows;
    m_separator = csv.separator;
    m_columnCount = 0;
    for (const QStringList &r : m_table)
        m_columnCount = std::max(m_columnCount, int(r.size()));
    m_mapping.clear();
    setHasHeader(true);
    guessMapping();
    if (csv.unterminatedQuote && error)
        *error = tr("The file ends inside a quoted field; the last row may be cut.");
    return true;
}

void ClientImport::setHasHeader(bool on) {
    m_hasHeader = on;
    m_rows.clear();
    for (int i = on ? 1 : 0; i < m_table.size(); ++i) {
        Row row;
        row.line = i + 1;
        row.cells = m_table.at(i);
        m_rows.append(row);
    }
    validate();
}

QStringList ClientImport::headers() const {
    QStringList h;
    for (int c = 0; c < m_columnCount; ++c) {
        const QString name =
            m_hasHeader && !m_table.isEmpty() ? m_table.first().value(c) : QString();
        h.append(name.isEmpty() ? tr("Column %1").arg(c + 1) : name);
    }
    return h;
}

void ClientImport::setMapping(int column, const QString &field) {
    if (!field.isEmpty()) {
        // One column per field: taking a field away from another column.
        for (auto it = m_mapping.begin(); it != m_mapping.end(); ++it) {
            if (it.value() == field && it.key() != column)
                it.value().clear();
        }
    }
    m_mapping.insert(column, field);
    validate();
}

void ClientImport::guessMapping() {
    m_mapping.clear();
    if (m_hasHeader && !m_table.isEmpty()) {
        QStringList taken;
        const QStringList &header = m_table.first();
        for (int c = 0; c < header.size(); ++c) {
            const QString field = ClientImportFields::guessField(header.at(c));
            if (!field.isEmpty() && !taken.contains(field)) {
                m_mapping.insert(c, field);
                taken.append(field);
            }
        }
    }
    validate();
}

void ClientImport::setDefault(const QString &field, const QVariant &value) {
    if (value.isValid())
        m_defaults.insert(field, value);
    else
        m_defaults.remove(field);
    validate();
}

void ClientImport::setGroups(const QList<Group> &groups) {
    m_groups = groups;
    validate();
}

void ClientImport::readRow(Row &row) const {
    QVariantMap fields = m_defaults;
    QList<ApiFieldError> issues;
    bool prefixFromFile = false;
    const auto invalid = [&issues](const QString &field, const QString &why) {
        issues.append({QStringLiteral("is_invalid"), field, why});
    };
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it) {
        const QString &field = it.value();
        if (field.isEmpty())
            continue;
        const QString cell = row.cells.value(it.key()).trimmed();
        if (field == QLatin1String("phone_prefix") && !cell.isEmpty())
            prefixFromFile = true;
        if (field == QLatin1String("cgu") || field == QLatin1String("optin")) {
            if (const auto b = ClientImportFields::parseBoolean(cell))
                fields.insert(field, *b);
            else
                invalid(field, tr("“%1” is neither yes nor no.").arg(cell));
        } else if (field == QLatin1String("gender")) {
            if (const auto g = ClientImportFields::parseGender(cell))
                fields.insert(field, *g);
            else
                invalid(field, tr("Unknown gender “%1”.").arg(cell));
        } else if (field == QLatin1String("country")) {
            const QString code = Countries::codeFromText(cell);
            fields.insert(field, code.isEmpty() ? cell : code);
        } else if (field == QLatin1String("group_id")) {
            if (cell.isEmpty())
                continue;
            bool isNumber = false;
            const qint64 id = cell.toLongLong(&isNumber);
            qint64 found = isNumber ? id : 0;
            for (const Group &g : m_groups) {
                if (!isNumber && ClientsModel::fold(g.name) == ClientsModel::fold(cell))
                    found = g.groupId;
            }
            if (found > 0)
                fields.insert(field, found);
            else
                invalid(field, tr("Unknown group “%1”.").arg(cell));
        } else if (!cell.isEmpty() || !fields.contains(field)) {
            fields.insert(field, cell);
        }
    }
    // The prefix follows the row's country (a Belgian row gets +32) unless the file
    // gives one; the default is for rows whose country has no known code.
    if (!prefixFromFile) {
        const QString own =
            CallingCodes::forCountry(fields.value(QStringLiteral("country")).toString());
        if (!own.isEmpty())
            fields.insert(QStringLiteral("phone_prefix"), own);
    }
    fields = ClientValidator::normalized(fields);
    QList<qint64> groupIds;
    for (const Group &g : m_groups)
        groupIds.append(g.groupId);
    issues += ClientValidator::validate(fields, ClientValidator::Mode::Create, groupIds);
    row.fields = fields;
    row.issues = issues;
    QStringList reasons;
    for (const ApiFieldError &e : issues)
        reasons.append(ClientImportFields::fieldLabel(e.source) + QStringLiteral(": ") + e.detail);
    row.reason = reasons.join(QLatin1Char('\n'));
    row.status = issues.isEmpty() ? Status::Ready : Status::Invalid;
}

void ClientImport::validate() {
    for (Row &row : m_rows) {
        if (row.status == Status::Invalid || row.status == Status::Ready)
            readRow(row);
    }
    Q_EMIT rowsReset();
}

int ClientImport::count(Status status) const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [status](const Row &r) { return r.status == status; }));
}

bool ClientImport::start(ClientsService *service, bool failedToo) {
    if (m_running || !service)
        return false;
    m_queue.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Status s = m_rows.at(i).status;
        if (s == Status::Ready || (failedToo && s == Status::Failed)) {
            if (s == Status::Failed)
                readRow(m_rows[i]); // re-check: the mapping or defaults may have changed
            if (m_rows.at(i).status == Status::Ready)
                m_queue.append(i);
            else
                Q_EMIT rowChanged(i);
        }
    }
    if (m_queue.isEmpty())
        return false;
    m_service = service;
    m_running = true;
    m_cancelled = false;
    m_done = 0;
    m_total = int(m_queue.size());
    if (m_tasks) {
        m_taskId = m_tasks->add(tr("Importing clients"), [this] { cancel(); });
        m_tasks->setProgress(m_taskId, 0, m_total);
    }
    Q_EMIT progress(0, m_total);
    next();
    return true;
}

void ClientImport::next() {
    if (m_cancelled || m_queue.isEmpty()) {
        stop();
        return;
    }
    m_current = m_queue.takeFirst();
    setStatus(m_current, Status::Working);
    if (!m_service) {
        onFailed(ApiError::cancelled());
        return;
    }
    // Failures are the row's result (Failed, with the reason): handled here.
    m_job = m_service->exists(m_rows.at(m_current).fields.value(QStringLiteral("email")).toString())
                ->then(
                    this, [this](const EmailCheck &check) { onExists(check); },
                    [this](const ApiError &error) { onFailed(error); });
}

void ClientImport::setStatus(int index, Status status, const QString &reason) {
    Row &row = m_rows[index];
    row.status = status;
    row.reason = reason;
    Q_EMIT rowChanged(index);
}

void ClientImport::onExists(const EmailCheck &check) {
    if (m_current < 0)
        return;
    if (check.exists) {
        const QString why = check.attachedToAnotherEnterprise
                                ? tr("This email belongs to a client of another enterprise.")
                                : QString();
        setStatus(m_current,
                  check.attachedToAnotherEnterprise ? Status::Failed : Status::AlreadyExists, why);
        rowDone();
        return;
    }
    if (m_cancelled || !m_service) {
        setStatus(m_current, Status::Ready);
        stop();
        return;
    }
    m_job = m_service->createSettled(ClientValidator::toDraft(m_rows.at(m_current).fields))
                ->then(
                    this, [this](const CreatedClient &) { onCreated(); },
                    [this](const ApiError &error) { onFailed(error); });
}

void ClientImport::onCreated() {
    if (m_current < 0)
        return;
    setStatus(m_current, Status::Created);
    rowDone();
}

void ClientImport::rowDone() {
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    if (m_tasks && m_taskId)
        m_tasks->setProgress(m_taskId, m_done, m_total);
    next();
}

QString ClientImport::describeError(const ApiError &error) {
    QStringList parts;
    // The server's English detail is for the report's tooltip-less CSV only when its
    // title is unknown: field and reason are said in the interface's language.
    for (const ApiFieldError &e : error.fieldErrors)
        parts.append(ApiFieldText::describe(e));
    if (parts.isEmpty())
        parts.append(error.message.isEmpty() ? ApiError::kindText(error.kind) : error.message);
    return parts.join(QStringLiteral("; "));
}

void ClientImport::onFailed(const ApiError &error) {
    if (m_current < 0)
        return;
    // A taken email means someone (maybe our lost attempt) created it meanwhile.
    if (error.kind == ApiError::Kind::Conflict && error.fieldError(QStringLiteral("email")))
        setStatus(m_current, Status::AlreadyExists);
    else if (error.kind == ApiError::Kind::Cancelled)
        setStatus(m_current, Status::Failed,
                  tr("Cancelled; Retry failed checks whether it was created."));
    else
        setStatus(m_current, Status::Failed, describeError(error));
    rowDone();
}

void ClientImport::cancel() {
    if (!m_running)
        return;
    m_cancelled = true;
    // The request in flight is aborted; its row ends Failed ("cancelled") and a retry
    // asks exists() first, so a create that reached the server is not repeated.
    if (m_job)
        m_job->cancel();
}

void ClientImport::stop() {
    m_running = false;
    m_current = -1;
    m_job = nullptr;
    m_queue.clear();
    if (m_tasks && m_taskId)
        m_tasks->finish(m_taskId);
    m_taskId = 0;
    Q_EMIT finished(count(Status::Created), count(Status::AlreadyExists), count(Status::Failed));
}

QByteArray ClientImport::reportCsv() const {
    const QChar sep = QLatin1Char(';');
    QString out = CsvReader::formatRow({tr("Line"), tr("Email"), tr("Result"), tr("Reason")}, sep)
                  + QStringLiteral("\r\n");
    for (const Row &r : m_rows) {
        const QString email = r.fields.value(QStringLiteral("email")).toString();
        out += CsvReader::formatRow(
                   {QString::number(r.line), email, statusText(r.status), r.reason}, sep)
               + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool ClientImport::saveReport(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reportCsv()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
