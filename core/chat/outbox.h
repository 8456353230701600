#pragma once

#include "chat/message.h"
#include "chat/outboxmachine.h"
#include "chat/outboxtransport.h"
#include "storage/outboxitem.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

class LocalStore;
class TaskRegistry;

// Every outgoing chat message, text or file, on its way out: written to LocalStore before
// any network call, moved by OutboxMachine's rules (see there for exactly-once), one item
// at a time per conversation and in order, conversations in parallel. Items left
// Queued, Uploading or Sending by a previous run resume on start(); Failed ones wait for
// retry() or discard(). Uploads appear in the TaskRegistry (the shell's progress area)
// with Cancel.
//
// The timeline shows pending and failed items where they will appear through
// OutboxModel, fed by the signals below.
class Outbox : public QObject {
    Q_OBJECT
public:
    Outbox(LocalStore *store, OutboxTransport *transport, TaskRegistry *tasks = nullptr,
           QObject *parent = nullptr);
    ~Outbox() override;

    // Loads the store's items and resumes the unfinished ones. Sent items older than a
    // day are forgotten (their ids protected against duplicates until then).
    void start();
    bool isStarted() const { return m_started; }

    // Queue a message; returns the item's id, or 0 with *error (nothing was queued).
    qint64 queueText(const QString &conversationId, const QString &text, OutboxItem::Sender sender,
                     QString *error = nullptr);
    // The file is checked (a readable regular file, not empty, within maxFileBytes())
    // but not read: it is streamed when its turn comes.
    qint64 queueFile(const QString &conversationId, const QString &filePath,
                     OutboxItem::Sender sender, QString *error = nullptr);

    bool retry(qint64 id);
    // Forgets a queued or failed item, or cancels its upload. A message being POSTed
    // cannot be discarded (it may already be in the conversation).
    bool discard(qint64 id);

    // Unsent items (Queued, Uploading, Sending, Failed), oldest first; every
    // conversation when conversationId is empty.
    QList<OutboxItem> items(const QString &conversationId = {}) const;
    std::optional<OutboxItem> item(qint64 id) const;
    // Bytes sent of an item's upload so far, and its total (0, 0 when none).
    QPair<qint64, qint64> uploadProgressOf(qint64 id) const { return m_progress.value(id); }

    // The size limit for files (a setting). 0: no limit.
    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }
    qint64 maxFileBytes() const { return m_maxFileBytes; }
    // Why a file cannot be queued, or an empty string: the composer refuses with it
    // before anything is sent.
    QString checkFile(const QString &filePath) const;

    // Files under this folder belong to the outbox (pasted images): each is deleted once
    // its item is Sent or discarded.
    void setSpoolDirectory(const QString &path) { m_spoolDirectory = path; }
    QString spoolDirectory() const { return m_spoolDirectory; }
    // Deletes filePath if it is in the spool folder and no unsent item names it.
    void releaseSpoolFile(const QString &filePath);

    // How many newest messages are read before a POST that may repeat an earlier one.
    void setCheckPageSize(int size) { m_checkPageSize = qMax(1, size); }

Q_SIGNALS:
    void itemAdded(const OutboxItem &item);
    void itemChanged(const OutboxItem &item);
    void itemRemoved(qint64 id, const QString &conversationId);
    void uploadProgress(qint64 id, qint64 sent, qint64 total);
    // The item reached the conversation: message is the server's (from the answer, or
    // found by reading the conversation after a lost answer).
    void itemSent(const OutboxItem &item, const Message &message);

private:
    struct Flight {
        OutboxTransport::Cancel cancel;
        quint64 taskId = 0;
    };
    qint64 add(OutboxItem item, QString *error);
    // Applies an event to an item: persists the new item, then acts. False when refused.
    bool fire(qint64 id, const OutboxMachine::Input &input);
    void act(const OutboxItem &item, OutboxMachine::Action action);
    void startUpload(const OutboxItem &item);
    void startCheck(const OutboxItem &item, int pageSize);
    void startSend(const OutboxItem &item);
    void onChecked(qint64 id, int pageSize, const QList<Message> &page);
    void land(qint64 id);
    void endFlight(qint64 id);
    void release(const OutboxItem &item);
    // Starts the next item of every conversation that has none in flight.
    void pump();
    OutboxMachine::Input input(OutboxMachine::Event event) const;

    LocalStore *m_store;
    OutboxTransport *m_transport;
    QPointer<TaskRegistry> m_tasks;
    bool m_started = false;
    bool m_closing = false; // in the destructor: outcomes no longer change items
    qint64 m_maxFileBytes = 0;
    int m_checkPageSize = 50;
    QString m_spoolDirectory;
    QList<qint64> m_order;              // unsent items, oldest first
    QHash<qint64, OutboxItem> m_items;  // unsent items by id
    QHash<QString, qint64> m_active;    // the item moving in each conversation
    QHash<qint64, Flight> m_flights;    // calls in flight by item
    QHash<qint64, Message> m_delivered; // the message of an item becoming Sent
    QHash<qint64, QPair<qint64, qint64>> m_progress;
};
