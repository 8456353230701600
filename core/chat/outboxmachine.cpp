#include "outboxmachine.h"

#include <QLocale>

using State = OutboxItem::State;
using Kind = OutboxItem::Kind;

OutboxMachine::Step OutboxMachine::begin(OutboxItem item, const QDateTime &now) {
    item.error.clear();
    item.errorKind = 0;
    item.httpStatus = 0;
    if (item.kind == Kind::Attachment && item.mediaUrl.isEmpty()) {
        item.state = State::Uploading;
        return {true, item, Action::Upload};
    }
    item.state = State::Sending;
    if (item.wasPosted())
        return {true, item, Action::Check};
    return post(item, now);
}

OutboxMachine::Step OutboxMachine::post(OutboxItem item, const QDateTime &now) {
    item.state = State::Sending;
    ++item.attempts;
    if (!item.firstAttemptAt.isValid())
        item.firstAttemptAt = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toUTC();
    return {true, item, Action::Send};
}

OutboxMachine::Step OutboxMachine::failed(OutboxItem item, const ApiError &error,
                                          const QString &reason) {
    item.state = State::Failed;
    item.errorKind = int(error.kind);
    item.httpStatus = error.httpStatus;
    item.error = reason.isEmpty() ? reasonFor(item, error) : reason;
    return {true, item, Action::None};
}

OutboxMachine::Step OutboxMachine::apply(const OutboxItem &item, const Input &in) {
    const Step refused{false, item, Action::None};
    const State s = item.state;
    switch (in.event) {
    case Event::Start:
        if (s == State::Uploading)
            return {true, item, Action::Upload}; // interrupted: the file is sent again
        if (s == State::Queued || s == State::Sending)
            return begin(item, in.now);
        return refused;
    case Event::Retry:
        // Back in the queue: it is started in its conversation's order (Start).
        if (s != State::Failed)
            return refused;
        {
            OutboxItem next = item;
            next.state = State::Queued;
            next.attempts = 0;
            next.error.clear();
            next.errorKind = 0;
            next.httpStatus = 0;
            return {true, next, Action::None};
        }
    case Event::Discard:
        // A POST in flight may already have created the message: it is seen through.
        if (s == State::Sending || s == State::Sent)
            return refused;
        return {true, item, Action::Remove};
    case Event::UploadSucceeded:
        if (s != State::Uploading || !in.mediaUrl.isValid() || in.mediaUrl.isRelative())
            return refused;
        {
            OutboxItem next = item;
            next.mediaUrl = in.mediaUrl;
            return post(next, in.now);
        }
    case Event::UploadFailed:
        if (s != State::Uploading)
            return refused;
        return failed(item, in.error);
    case Event::SendSucceeded:
    case Event::CheckFound:
        if (s != State::Sending || in.messageId.isEmpty())
            return refused;
        {
            OutboxItem next = item;
            next.state = State::Sent;
            next.messageId = in.messageId;
            next.error.clear();
            next.errorKind = 0;
            next.httpStatus = 0;
            return {true, next, Action::None};
        }
    case Event::SendFailed:
        if (s != State::Sending)
            return refused;
        if (isRefusal(in.error) || in.error.kind == ApiError::Kind::Cancelled)
            return failed(item, in.error);
        if (item.attempts >= MaxAttempts)
            return failed(item, in.error);
        return {true, item, Action::Check};
    case Event::CheckNotFound:
        if (s != State::Sending)
            return refused;
        if (item.attempts >= MaxAttempts) {
            ApiError lost;
            lost.kind = ApiError::Kind::Timeout;
            return failed(item, lost,
                          tr("The server did not confirm the message after %n attempts, and it "
                             "is not in the conversation.",
                             nullptr, item.attempts));
        }
        return post(item, in.now);
    case Event::CheckFailed:
        if (s != State::Sending)
            return refused;
        return failed(item, in.error,
                      tr("The conversation could not be read to check whether the message "
                         "arrived: %1")
                          .arg(in.error.message));
    }
    return refused;
}

bool OutboxMachine::isRefusal(const ApiError &error) {
    return error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus != 408;
}

QString OutboxMachine::reasonFor(const OutboxItem &item, const ApiError &error) {
    if (error.httpStatus == 413) {
        const QLocale locale;
        return tr("The server refused the file: %1 is more than it accepts.")
            .arg(locale.formattedDataSize(item.fileSize));
    }
    if (error.kind == ApiError::Kind::Cancelled)
        return tr("Cancelled.");
    if (!error.message.isEmpty())
        return error.message;
    return ApiError::kindText(error.kind);
}

Message::Author OutboxMachine::authorOf(OutboxItem::Sender sender) {
    return sender == OutboxItem::Sender::Client ? Message::Author::User : Message::Author::Business;
}

QString OutboxMachine::mediaKey(const QUrl &url) {
    return url.path(QUrl::FullyEncoded);
}

std::optional<Message> OutboxMachine::findDelivered(const OutboxItem &item,
                                                    const QList<Message> &messages,
                                                    const QStringList &claimed) {
    const QDateTime since = item.firstAttemptAt.addSecs(-ClockToleranceSeconds);
    const Message::Author author = authorOf(item.sender);
    const QString text = item.text();
    const QString media = mediaKey(item.mediaUrl);
    for (const Message &m : messages) {
        if (m.id.isEmpty() || claimed.contains(m.id))
            continue;
        if (item.kind == Kind::Attachment) {
            // The URL is a secret of this one upload: no window or author needed.
            if (!item.mediaUrl.isEmpty() && !m.mediaUrl.isEmpty() && mediaKey(m.mediaUrl) == media)
                return m;
            continue;
        }
        if (m.isAttachment() || m.author != author || m.content != text)
            continue;
        if (item.firstAttemptAt.isValid() && m.received.isValid() && m.received < since)
            continue;
        return m;
    }
    return std::nullopt;
}

bool OutboxMachine::pageTooShort(const OutboxItem &item, const QList<Message> &messages,
                                 int pageSize) {
    if (messages.size() < pageSize || messages.isEmpty())
        return false; // the whole conversation is there
    const QDateTime oldest = messages.first().received;
    return !oldest.isValid() || oldest >= item.firstAttemptAt.addSecs(-ClockToleranceSeconds);
}
