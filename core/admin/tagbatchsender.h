#pragma once

#include "admin/boxtag.h"
#include "net/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class BoxesService;
class BoxTagBatchModel;

// Sends the batch of a BoxTagBatchModel and settles its outcome, a lost answer included.
//
// The server creates a batch all or nothing, and a code exists once per enterprise.
// When the answer to a batch is lost (the connection drops after the request left, a
// timeout, a 502/503 on the way) the batch may or may not have been created, and the
// API has no call to read tags back. So the same batch is sent again, which is safe:
// - if it succeeds, the first had not been created; now it is, once;
// - if the server refuses it with has_already_been_taken for every one of its codes,
//   the first had been created (an all-or-nothing batch leaves either all its codes
//   taken or none): the tags are reported created, and nothing was created twice;
// - any other refusal (some codes taken, others free) means the first was not created
//   either: it is shown as a refusal, each offending code marked.
// The API gives no way to read a tag's description, so "every code taken" cannot be
// told apart from the same codes created by someone else in between; that is the one
// case the desk reports as created without having seen it. After maxResends lost
// answers in a row, nothing is reported done: the rows go back to draft and the outcome
// is Unknown; sending the same batch later settles it the same way.
//
// Deleting codes is idempotent and sent again after a fault (by ApiClient, or silently
// by Qt when the connection closes unanswered); a delete answered is_invalid for every
// code (none is a tag) is reported deleted, with alreadyGone: the state asked for.
class TagBatchSender : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Created,      // the server answered success
        FoundCreated, // a lost answer, settled: every code was already taken
        Rejected,     // refused; nothing created, offending codes marked
        Unknown,      // every answer lost: not known, nothing reported done
    };
    Q_ENUM(Outcome)

    TagBatchSender(BoxesService *boxes, BoxTagBatchModel *model, QObject *parent = nullptr);

    int maxResends() const { return m_maxResends; }
    void setMaxResends(int n) { m_maxResends = qMax(0, n); }
    bool isBusy() const { return !m_rows.isEmpty(); }

    // Validates and sends the model's batch; false (nothing sent) when it is empty,
    // invalid (cells marked) or another batch is on its way.
    bool send();
    // DELETE of codes (see above). false when codes is empty. deleted() or
    // deleteFailed() follows.
    bool deleteCodes(const QStringList &codes);

    // An answer that may have been lost after the server acted.
    static bool isLostAnswer(const ApiError &error);
    // A 400 whose errors name every item 0..count-1 as has_already_been_taken, and
    // nothing else.
    static bool everyCodeTaken(const ApiError &error, int count);
    // A 400 whose errors name every item 0..count-1 as is_invalid (unknown code).
    static bool everyCodeUnknown(const ApiError &error, int count);

Q_SIGNALS:
    void started(int tagCount);
    // The answer was lost; the same batch is sent again (attempt 2, 3...).
    void resending(int attempt, const ApiError &lost);
    // messages: what the server said that names no row (or the error's own message).
    void finished(TagBatchSender::Outcome outcome, int tagCount, const QStringList &messages);
    void deleted(const QStringList &codes, bool alreadyGone);
    void deleteFailed(const QStringList &codes, const ApiError &error);

private:
    void attempt();
    void onFailure(const ApiError &error);
    void end(Outcome outcome, const QStringList &messages = {});

    QPointer<BoxesService> m_boxes;
    QPointer<BoxTagBatchModel> m_model;
    QList<int> m_rows;
    QList<BoxTag> m_tags;
    // A batch whose answers were all lost: sending the same tags again starts as a
    // settling re-send.
    QList<BoxTag> m_unsettled;
    int m_attempts = 0;
    bool m_mayExist = false;
    int m_maxResends = 3;
};
