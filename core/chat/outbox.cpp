#include "outbox.h"

#include "storage/localstore.h"
#include "tasks/taskregistry.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lcOutbox, "jobbers.chat.outbox", QtInfoMsg)

using Event = OutboxMachine::Event;
using Action = OutboxMachine::Action;
using State = OutboxItem::State;

// Sent items are kept this long so that their message ids stay claimed.
constexpr int KeepSentDays = 1;
// Largest page read when looking for a message whose answer was lost.
constexpr int MaxCheckPage = 1000;
} // namespace

Outbox::Outbox(LocalStore *store, OutboxTransport *transport, TaskRegistry *tasks, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_transport(transport)
    , m_tasks(tasks) {}

Outbox::~Outbox() {
    // The items stay as stored: whatever was in flight resumes (and is checked) next time.
    m_closing = true;
    const auto flights = m_flights;
    m_flights.clear();
    for (const Flight &f : flights) {
        if (f.cancel)
            f.cancel();
        if (m_tasks && f.taskId)
            m_tasks->finish(f.taskId);
    }
}

void Outbox::start() {
    if (m_started)
        return;
    m_started = true;
    const int pruned =
        m_store->pruneSentOutbox(QDateTime::currentDateTimeUtc().addDays(-KeepSentDays));
    if (pruned > 0)
        qCDebug(lcOutbox) << "forgot" << pruned << "sent items";
    const QList<OutboxItem> stored = m_store->outbox();
    for (const OutboxItem &item : stored) {
        if (item.state == State::Sent || m_items.contains(item.id))
            continue;
        m_items.insert(item.id, item);
        m_order.append(item.id);
        Q_EMIT itemAdded(item);
    }
    std::sort(m_order.begin(), m_order.end());
    pump();
}

OutboxMachine::Input Outbox::input(Event event) const {
    OutboxMachine::Input in;
    in.event = event;
    in.now = QDateTime::currentDateTimeUtc();
    return in;
}

QString Outbox::checkFile(const QString &filePath) const {
    const QFileInfo info(filePath);
    const QString name = info.fileName();
    if (!info.exists())
        return tr("“%1” cannot be found.").arg(name);
    if (!info.isFile())
        return tr("“%1” is not a file.").arg(name);
    QFile file(filePath);
    // Opening proves the permissions; nothing is read.
    if (!info.isReadable() || !file.open(QIODevice::ReadOnly))
        return tr("“%1” cannot be read: %2").arg(name, file.errorString());
    if (info.size() == 0)
        return tr("“%1” is empty.").arg(name);
    if (m_maxFileBytes > 0 && info.size() > m_maxFileBytes) {
        const QLocale locale;
        return tr("“%1” is %2, more than the %3 allowed.")
            .arg(name, locale.formattedDataSize(info.size()),
                 locale.formattedDataSize(m_maxFileBytes));
    }
    return {};
}

qint64 Outbox::queueText(const QString &conversationId, const QString &text,
                         OutboxItem::Sender sender, QString *error) {
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = tr("The message is empty.");
        return 0;
    }
    OutboxItem item;
    item.conversationId = conversationId;
    item.kind = OutboxItem::Kind::Text;
    item.sender = sender;
    item.payload = text.toUtf8();
    return add(item, error);
}

qint64 Outbox::queueFile(const QString &conversationId, const QString &filePath,
                         OutboxItem::Sender sender, QString *error) {
    const QString why = checkFile(filePath);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return 0;
    }
    const QFileInfo info(filePath);
    OutboxItem item;
    item.conversationId = conversationId;
    item.kind = OutboxItem::Kind::Attachment;
    item.sender = sender;
    item.filePath = info.absoluteFilePath();
    item.fileName = info.fileName();
    // From the name only: the file is not read on the UI thread.
    item.mimeType = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).name();
    item.fileSize = info.size();
    return add(item, error);
}

qint64 Outbox::add(OutboxItem item, QString *error) {
    if (item.conversationId.isEmpty()) {
        if (error)
            *error = tr("No conversation is open.");
        return 0;
    }
    item.state = State::Queued;
    item.createdAt = QDateTime::currentDateTimeUtc();
    // Written before anything else happens: a message the store refused is not sent.
    item.id = m_store->isOpen() ? m_store->addOutboxItem(item) : 0;
    if (item.id == 0) {
        if (error)
            *error = tr("The message could not be saved on this computer, so it was not sent.");
        return 0;
    }
    m_items.insert(item.id, item);
    m_order.append(item.id);
    Q_EMIT itemAdded(item);
    if (m_started)
        QTimer::singleShot(0, this, &Outbox::pump);
    return item.id;
}

bool Outbox::retry(qint64 id) {
    return fire(id, input(Event::Retry));
}

bool Outbox::discard(qint64 id) {
    return fire(id, input(Event::Discard));
}

QList<OutboxItem> Outbox::items(const QString &conversationId) const {
    QList<OutboxItem> out;
    for (qint64 id : m_order) {
        const OutboxItem &item = m_items[id];
        if (conversationId.isEmpty() || item.conversationId == conversationId)
            out.append(item);
    }
    return out;
}

std::optional<OutboxItem> Outbox::item(qint64 id) const {
    const auto it = m_items.constFind(id);
    if (it == m_items.cend())
        return std::nullopt;
    return *it;
}

bool Outbox::fire(qint64 id, const OutboxMachine::Input &in) {
    if (m_closing)
        return false;
    const auto it = m_items.find(id);
    if (it == m_items.end())
        return false;
    const OutboxMachine::Step step = OutboxMachine::apply(*it, in);
    if (!step.accepted)
        return false;
    const QString conversationId = it->conversationId;
    if (step.action == Action::Remove) {
        if (!m_store->removeOutboxItem(id))
            return false;
        const Flight flight = m_flights.value(id);
        endFlight(id);
        release(*it);
        m_items.erase(it);
        m_order.removeOne(id);
        if (flight.cancel)
            flight.cancel(); // its failure finds no item and is dropped
        releaseSpoolFile(step.item.filePath);
        Q_EMIT itemRemoved(id, conversationId);
        QTimer::singleShot(0, this, &Outbox::pump);
        return true;
    }
    if (!m_store->updateOutboxItem(step.item)) {
        // Not written, so no network call: the item rests, as it was on disk.
        qCWarning(lcOutbox) << "cannot write outbox item" << id;
        it->state = State::Failed;
        it->error = tr("The message could not be saved on this computer, so it was not sent.");
        const OutboxItem item = *it;
        release(item);
        Q_EMIT itemChanged(item);
        return true;
    }
    *it = step.item;
    const OutboxItem item = *it; // signals may call back into the outbox
    Q_EMIT itemChanged(item);
    act(item, step.action);
    return true;
}

void Outbox::act(const OutboxItem &item, Action action) {
    switch (action) {
    case Action::Upload:
        startUpload(item);
        return;
    case Action::Check:
        startCheck(item, m_checkPageSize);
        return;
    case Action::Send:
        startSend(item);
        return;
    case Action::Remove:
    case Action::None:
        break;
    }
    // At rest: Sent, Failed, or Queued again by Retry. The conversation's next item may go.
    release(item);
    if (item.state == State::Sent)
        land(item.id);
    QTimer::singleShot(0, this, &Outbox::pump);
}

void Outbox::startUpload(const OutboxItem &item) {
    const qint64 id = item.id;
    Flight flight;
    if (m_tasks) {
        flight.taskId = m_tasks->add(tr("Sending %1").arg(item.fileName), [this, id] {
            discard(id); // cancelling an upload leaves no message
        });
        m_tasks->setProgress(flight.taskId, 0, item.fileSize);
    }
    m_progress.insert(id, {0, item.fileSize});
    m_flights.insert(id, flight);
    const OutboxTransport::Cancel cancel = m_transport->upload(
        item, this,
        [this, id](qint64 sent, qint64 total) {
            if (!m_flights.contains(id))
                return;
            m_progress.insert(id, {sent, total});
            if (m_tasks && m_flights.value(id).taskId && total > 0)
                m_tasks->setProgress(m_flights.value(id).taskId, sent, total);
            Q_EMIT uploadProgress(id, sent, total);
        },
        [this, id](const QUrl &mediaUrl) {
            endFlight(id);
            OutboxMachine::Input in = input(Event::UploadSucceeded);
            in.mediaUrl = mediaUrl;
            if (!fire(id, in)) {
                ApiError error = ApiError::malformed(tr("no usable media URL in the answer"));
                in = input(Event::UploadFailed);
                in.error = error;
                fire(id, in);
            }
        },
        [this, id](const ApiError &error) {
            endFlight(id);
            OutboxMachine::Input in = input(Event::UploadFailed);
            in.error = error;
            fire(id, in);
        });
    if (m_flights.contains(id))
        m_flights[id].cancel = cancel;
}

void Outbox::startCheck(const OutboxItem &item, int pageSize) {
    const qint64 id = item.id;
    m_flights.insert(id, {});
    const OutboxTransport::Cancel cancel = m_transport->newestMessages(
        item.conversationId, pageSize, this,
        [this, id, pageSize](const QList<Message> &page) {
            endFlight(id);
            onChecked(id, pageSize, page);
        },
        [this, id](const ApiError &error) {
            endFlight(id);
            OutboxMachine::Input in = input(Event::CheckFailed);
            in.error = error;
            fire(id, in);
        });
    if (m_flights.contains(id))
        m_flights[id].cancel = cancel;
}

void Outbox::onChecked(qint64 id, int pageSize, const QList<Message> &page) {
    const auto found = m_items.constFind(id);
    if (found == m_items.cend())
        return;
    const OutboxItem item = *found;
    const std::optional<Message> delivered =
        OutboxMachine::findDelivered(item, page, m_store->claimedMessageIds(item.conversationId));
    if (delivered) {
        qCInfo(lcOutbox) << "item" << id
                         << "was delivered despite the lost answer:" << delivered->id;
        m_delivered.insert(id, *delivered);
        OutboxMachine::Input in = input(Event::CheckFound);
        in.messageId = delivered->id;
        fire(id, in);
        return;
    }
    if (OutboxMachine::pageTooShort(item, page, pageSize) && pageSize < MaxCheckPage) {
        startCheck(item, qMin(MaxCheckPage, pageSize * 4));
        return;
    }
    fire(id, input(Event::CheckNotFound));
}

void Outbox::startSend(const OutboxItem &item) {
    const qint64 id = item.id;
    m_flights.insert(id, {});
    const OutboxTransport::Cancel cancel = m_transport->send(
        item, this,
        [this, id](const Message &message) {
            endFlight(id);
            m_delivered.insert(id, message);
            OutboxMachine::Input in = input(Event::SendSucceeded);
            in.messageId = message.id;
            if (!fire(id, in)) {
                // An answer without an id: it may be there; read the conversation.
                m_delivered.remove(id);
                in = input(Event::SendFailed);
                in.error = ApiError::malformed(tr("the answer has no message id"));
                fire(id, in);
            }
        },
        [this, id](const ApiError &error) {
            endFlight(id);
            OutboxMachine::Input in = input(Event::SendFailed);
            in.error = error;
            fire(id, in);
        });
    if (m_flights.contains(id))
        m_flights[id].cancel = cancel;
}

void Outbox::releaseSpoolFile(const QString &filePath) {
    if (m_spoolDirectory.isEmpty() || filePath.isEmpty())
        return;
    const QString dir = QFileInfo(m_spoolDirectory).absoluteFilePath() + QLatin1Char('/');
    if (!QFileInfo(filePath).absoluteFilePath().startsWith(dir))
        return; // the user's own file: never touched
    for (const OutboxItem &other : std::as_const(m_items)) {
        if (other.filePath == filePath)
            return;
    }
    QFile::remove(filePath);
}

void Outbox::land(qint64 id) {
    const OutboxItem item = m_items.take(id);
    m_order.removeOne(id);
    releaseSpoolFile(item.filePath);
    Q_EMIT itemSent(item, m_delivered.take(id));
}

void Outbox::endFlight(qint64 id) {
    const auto it = m_flights.find(id);
    if (it == m_flights.end())
        return;
    if (m_tasks && it->taskId)
        m_tasks->finish(it->taskId);
    m_flights.erase(it);
    m_progress.remove(id);
}

void Outbox::release(const OutboxItem &item) {
    const auto it = m_active.find(item.conversationId);
    if (it != m_active.end() && it.value() == item.id)
        m_active.erase(it);
}

void Outbox::pump() {
    if (!m_started)
        return;
    const QList<qint64> order = m_order;
    for (qint64 id : order) {
        const auto it = m_items.constFind(id);
        if (it == m_items.cend() || it->state == State::Failed || it->state == State::Sent)
            continue;
        const QString conversationId = it->conversationId;
        if (m_active.contains(conversationId))
            continue;
        m_active.insert(conversationId, id);
        if (!fire(id, input(Event::Start)))
            m_active.remove(conversationId);
    }
}
