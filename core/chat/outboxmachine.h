#pragma once

#include "chat/message.h"
#include "net/apierror.h"
#include "storage/outboxitem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

// The outbox's rules, as pure functions: what an item becomes on an event and what the
// Outbox must do next. No I/O here, so every transition and every fault is tested from
// tables (tst_core_outbox_machine); the Outbox only persists the new item, then acts.
//
//   Queued ──Start──▶ Uploading ──UploadSucceeded──▶ Sending ──SendSucceeded──▶ Sent
//     │  (text, or a file already uploaded)            ▲ │
//     └────────────────────Start──────────────────────┘ │ answer lost / uncertain:
//   any fault ──▶ Failed(reason) ──Retry──▶ Queued        ▼ Check the conversation first
//
// Exactly once. The API has no idempotency key for messages, so a POST whose answer
// never came (network error, timeout, 5xx, the app killed between the POST and the
// answer) may or may not have created the message. Once an item has been POSTed
// (firstAttemptAt is set), it is never POSTed again before the conversation's newest
// messages were read (Action::Check) and none of them is this item's message
// (findDelivered): an attachment matches on its media URL, a text on author, content
// and a time since the first attempt. A message id found this way, or given by an
// answer, is claimed by that item only, so two identical texts sent on purpose from this
// outbox are matched one message each (items of one conversation are sent one at a
// time, and claims are kept until pruned a day later).
//
// The residual case: the same text, by the same author, posted from elsewhere (another
// workstation, the web back office, or the client when staff write as the client) in
// the window, while this item's answer is lost. The outbox then takes that message for
// its own and marks the item Sent: the conversation shows the text once where two were
// meant. It can never show it twice. Neither an invisible marker (it would travel to
// the client's app, webhooks and searches) nor a confirmation on every repeated text
// ("Merci !" is sent all day; the outbox's own repeats are already exact) is worth it
// for a case that needs a lost answer and an identical text from elsewhere within
// minutes.
class OutboxMachine {
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(OutboxMachine)
public:
    enum class Event {
        Start, // queued, or found in the store at start-up (resume)
        UploadSucceeded,
        UploadFailed,
        CheckFound,    // the conversation has this item's message
        CheckNotFound, // it has not: safe to POST
        CheckFailed,   // the conversation could not be read
        SendSucceeded,
        SendFailed,
        Retry,
        Discard, // also cancels an upload in flight
    };
    Q_ENUM(Event)
    enum class Action {
        None,   // nothing to do: the item rests (Sent, Failed) or the event was refused
        Upload, // stream the file
        Check,  // read the conversation's newest messages, then findDelivered()
        Send,   // POST the message
        Remove, // forget the item (abort its upload first if one runs)
    };
    Q_ENUM(Action)

    struct Input {
        Event event = Event::Start;
        QUrl mediaUrl;     // UploadSucceeded
        QString messageId; // SendSucceeded, CheckFound
        ApiError error;    // *Failed
        QDateTime now;     // when the event happened (firstAttemptAt of a first Send)
    };
    struct Step {
        bool accepted = false; // false: the event does not apply to this state (item unchanged)
        OutboxItem item;
        Action action = Action::None;
    };

    // POSTs in one round before an uncertain failure stays Failed (Retry starts a round).
    static constexpr int MaxAttempts = 3;
    // How far before the first attempt a message may have been stamped by the server
    // and still be this item's: covers the two clocks' skew and the server's whole-second
    // times. It widens only the residual case above, never a duplicate.
    static constexpr int ClockToleranceSeconds = 600;

    static Step apply(const OutboxItem &item, const Input &input);

    // A POST failure that proves the message was not created: a 4xx refusal (not 408).
    // Anything else may have created it.
    static bool isRefusal(const ApiError &error);
    // The reason shown for a failure (a 413 said plainly).
    static QString reasonFor(const OutboxItem &item, const ApiError &error);

    // Among messages (a page of the conversation, oldest first), the one this posted item
    // created, skipping messages already claimed by other items.
    static std::optional<Message> findDelivered(const OutboxItem &item,
                                                const QList<Message> &messages,
                                                const QStringList &claimed);
    // Whether messages may not reach back to the item's window (a larger page is needed).
    static bool pageTooShort(const OutboxItem &item, const QList<Message> &messages, int pageSize);

    static Message::Author authorOf(OutboxItem::Sender sender);
    // The path of a media URL: hosts differ (localhost, 127.0.0.1, a proxy).
    static QString mediaKey(const QUrl &url);

private:
    // Where Start leads from a queued item.
    static Step begin(OutboxItem item, const QDateTime &now);
    static Step post(OutboxItem item, const QDateTime &now);
    static Step failed(OutboxItem item, const ApiError &error, const QString &reason = {});
};
