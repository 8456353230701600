#include "credentialstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {
Q_LOGGING_CATEGORY(lcKeychain, "jobbers.auth.keychain", QtInfoMsg)
} // namespace

// One save/load/remove: a short chain of keychain jobs (index entry, secret entry),
// and the handle its caller holds (done for save and remove, loaded for load).
struct CredentialStore::Op {
    enum class Kind { Save, Load, Remove } kind;
    QPointer<Job<Done>> done;
    QPointer<Job<StoredCredentials>> loaded;
    QUrl baseUrl;
    QString apiKey;
    QString apiSecret;
    int step = 0;
    QPointer<QKeychain::Job> job;
    QTimer *timer = nullptr;
};

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent) {}

CredentialStore::~CredentialStore() {
    for (Op *op : std::as_const(m_ops)) {
        if (op->job)
            op->job->disconnect(this);
        delete op;
    }
}

QString CredentialStore::indexEntry(const QUrl &baseUrl) {
    return QStringLiteral("key@") + baseUrl.adjusted(QUrl::StripTrailingSlash).toString();
}

QString CredentialStore::secretEntry(const QUrl &baseUrl, const QString &apiKey) {
    return QStringLiteral("secret@") + baseUrl.adjusted(QUrl::StripTrailingSlash).toString()
           + QStringLiteral("#") + apiKey;
}

void CredentialStore::track(Op *op, ApiJob *job) {
    m_ops.append(op);
    job->setDescription(QStringLiteral("keychain %1 %2")
                            .arg(op->kind == Op::Kind::Save   ? QStringLiteral("save")
                                 : op->kind == Op::Kind::Load ? QStringLiteral("load")
                                                              : QStringLiteral("remove"),
                                 op->baseUrl.host()));
    // A keychain job cannot be stopped; its late answer is ignored.
    job->setCanceller([this, op] {
        if (m_ops.contains(op))
            finishOp(op, ApiError::cancelled());
    });
}

Job<Done> *CredentialStore::save(const QUrl &baseUrl, const QString &apiKey,
                                 const QString &apiSecret) {
    auto *job = new Job<Done>(nullptr, this);
    auto *op = new Op{Op::Kind::Save, job, nullptr, baseUrl, apiKey, apiSecret};
    track(op, job);
    // The secret first: an index entry must never point at a missing secret.
    runStep(op, JobKind::Write, secretEntry(baseUrl, apiKey), apiSecret);
    return job;
}

Job<StoredCredentials> *CredentialStore::load(const QUrl &baseUrl) {
    auto *job = new Job<StoredCredentials>(nullptr, this);
    auto *op = new Op{Op::Kind::Load, nullptr, job, baseUrl};
    track(op, job);
    runStep(op, JobKind::Read, indexEntry(baseUrl));
    return job;
}

Job<Done> *CredentialStore::remove(const QUrl &baseUrl) {
    auto *job = new Job<Done>(nullptr, this);
    auto *op = new Op{Op::Kind::Remove, job, nullptr, baseUrl};
    track(op, job);
    runStep(op, JobKind::Read, indexEntry(baseUrl));
    return job;
}

void CredentialStore::runStep(Op *op, JobKind kind, const QString &entry, const QString &data) {
    const QString service = QString::fromLatin1(ServiceName);
    QKeychain::Job *job = nullptr;
    switch (kind) {
    case JobKind::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case JobKind::Write: {
        auto *w = new QKeychain::WritePasswordJob(service);
        w->setTextData(data);
        job = w;
        break;
    }
    case JobKind::Delete:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // Never a plain-text file when the keychain is missing: failing is the safe answer.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entry);
    op->job = job;
    connect(job, &QKeychain::Job::finished, this, [this, op](QKeychain::Job *j) {
        if (m_ops.contains(op) && op->job == j)
            onJobDone(op, j);
    });
    if (!op->timer) {
        op->timer = new QTimer(this);
        op->timer->setSingleShot(true);
        connect(op->timer, &QTimer::timeout, this, [this, op] {
            if (!m_ops.contains(op))
                return;
            qCWarning(lcKeychain) << "the keychain did not answer within" << m_timeoutMs << "ms";
            fail(op, Error::Timeout, {});
        });
    }
    op->timer->start(m_timeoutMs);
    ++op->step;
    job->start();
}

CredentialStore::Error CredentialStore::mapError(int keychainError, const QString &text) {
    switch (keychainError) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        return Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::KeychainLocked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::KeychainUnavailable;
    default:
        break;
    }
    // libsecret reports a missing session bus or daemon as a generic error.
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("dbus")) || lower.contains(QLatin1String("d-bus"))
        || lower.contains(QLatin1String("secrets")) || lower.contains(QLatin1String("autolaunch"))
        || lower.contains(QLatin1String("no such interface"))
        || lower.contains(QLatin1String("could not connect"))
        || lower.contains(QLatin1String("not provided by any")))
        return Error::KeychainUnavailable;
    if (lower.contains(QLatin1String("locked")) || lower.contains(QLatin1String("dismissed")))
        return Error::KeychainLocked;
    return Error::Failed;
}

void CredentialStore::onJobDone(Op *op, QKeychain::Job *job) {
    op->job = nullptr;
    const Error error = mapError(job->error(), job->errorString());
    QString readData;
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
        readData = read->textData();
    if (error != Error::None) {
        const bool deleting = qobject_cast<QKeychain::DeletePasswordJob *>(job) != nullptr;
        // Removing what is not there is a success.
        if (error == Error::NotFound && (op->kind == Op::Kind::Remove || deleting)) {
            if (op->kind == Op::Kind::Remove && op->step == 1) {
                done(op);
                return;
            }
            advance(op, {});
            return;
        }
        qCWarning(lcKeychain).noquote() << "keychain error" << job->error() << job->errorString();
        fail(op, error, job->errorString());
        return;
    }
    advance(op, readData);
}

void CredentialStore::advance(Op *op, const QString &readData) {
    switch (op->kind) {
    case Op::Kind::Save:
        if (op->step == 1)
            runStep(op, JobKind::Write, indexEntry(op->baseUrl), op->apiKey);
        else
            done(op);
        return;
    case Op::Kind::Load:
        if (op->step == 1) {
            op->apiKey = readData;
            runStep(op, JobKind::Read, secretEntry(op->baseUrl, op->apiKey));
        } else {
            op->apiSecret = readData;
            done(op);
        }
        return;
    case Op::Kind::Remove:
        if (op->step == 1) {
            op->apiKey = readData;
            runStep(op, JobKind::Delete, secretEntry(op->baseUrl, op->apiKey));
        } else if (op->step == 2) {
            runStep(op, JobKind::Delete, indexEntry(op->baseUrl));
        } else {
            done(op);
        }
        return;
    }
}

void CredentialStore::fail(Op *op, Error error, const QString &detail) {
    finishOp(op, toApiError(error, detail));
}

void CredentialStore::done(Op *op) {
    finishOp(op, {});
}

void CredentialStore::finishOp(Op *op, const ApiError &error) {
    m_ops.removeAll(op);
    if (op->job)
        op->job->disconnect(this); // a late answer of a timed-out job is ignored
    if (op->timer)
        op->timer->deleteLater();
    // The handles deliver from the event loop, whatever happens to op now.
    if (error.isError()) {
        if (op->done)
            op->done->fail(error);
        if (op->loaded)
            op->loaded->fail(error);
    } else if (op->loaded) {
        op->loaded->succeed({op->baseUrl, op->apiKey, op->apiSecret});
    } else if (op->done) {
        op->done->succeed({});
    }
    delete op;
}

ApiError CredentialStore::toApiError(Error error, const QString &detail) {
    ApiError e;
    switch (error) {
    case Error::None:
        return e;
    case Error::KeychainLocked:
        e.kind = ApiError::Kind::KeychainLocked;
        break;
    case Error::NotFound:
        e.kind = ApiError::Kind::NotFound;
        break;
    case Error::Timeout:
        e.kind = ApiError::Kind::Timeout;
        break;
    case Error::KeychainUnavailable:
    case Error::Failed:
        e.kind = ApiError::Kind::KeychainUnavailable;
        break;
    }
    e.message = errorText(error, detail);
    return e;
}

QString CredentialStore::errorText(Error error, const QString &detail) {
    QString text;
    switch (error) {
    case Error::None:
        return {};
    case Error::KeychainUnavailable:
        text = tr("No system keychain is available, so the secret cannot be stored or read. "
                  "It is never written to a file instead.");
        break;
    case Error::KeychainLocked:
        text = tr("The system keychain is locked or access to it was refused.");
        break;
    case Error::NotFound:
        text = tr("No credentials are stored for this server.");
        break;
    case Error::Timeout:
        text = tr("The system keychain did not answer in time.");
        break;
    case Error::Failed:
        text = tr("The system keychain reported an error.");
        break;
    }
    return detail.isEmpty() ? text : tr("%1 (%2)").arg(text, detail);
}
