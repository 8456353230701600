#include "tagbatchsender.h"

#include "admin/boxesservice.h"
#include "admin/boxtagbatchmodel.h"
#include "net/apijob.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

namespace {
Q_LOGGING_CATEGORY(lcTags, "jobbers.admin", QtInfoMsg)

// The items of errors[] titled title, as indexes into the batch; false when one entry
// is anything else.
bool itemsTitled(const ApiError &error, const QString &title, int count) {
    static const QRegularExpression source(QStringLiteral("^tags\\[(\\d+)\\]\\.code$"));
    if (error.httpStatus != 400 || error.fieldErrors.isEmpty())
        return false;
    QSet<int> items;
    for (const ApiFieldError &fe : error.fieldErrors) {
        const QRegularExpressionMatch m = source.match(fe.source);
        if (fe.title != title || !m.hasMatch())
            return false;
        items.insert(m.captured(1).toInt());
    }
    if (items.size() != count)
        return false;
    for (int i = 0; i < count; ++i) {
        if (!items.contains(i))
            return false;
    }
    return true;
}
} // namespace

TagBatchSender::TagBatchSender(BoxesService *boxes, BoxTagBatchModel *model, QObject *parent)
    : QObject(parent)
    , m_boxes(boxes)
    , m_model(model) {}

bool TagBatchSender::isLostAnswer(const ApiError &error) {
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
           || error.kind == ApiError::Kind::Unavailable;
}

bool TagBatchSender::everyCodeTaken(const ApiError &error, int count) {
    return itemsTitled(error, QStringLiteral("has_already_been_taken"), count);
}

bool TagBatchSender::everyCodeUnknown(const ApiError &error, int count) {
    return itemsTitled(error, QStringLiteral("is_invalid"), count);
}

bool TagBatchSender::send() {
    if (isBusy() || !m_boxes || !m_model || !m_model->validate())
        return false;
    m_rows = m_model->batchRows();
    m_tags = m_model->batch();
    m_attempts = 0;
    // The same tags as a batch whose answers were all lost: it may exist already.
    m_mayExist = !m_unsettled.isEmpty() && m_unsettled == m_tags;
    m_model->setSending(m_rows, true);
    Q_EMIT started(int(m_tags.size()));
    attempt();
    return true;
}

void TagBatchSender::attempt() {
    ++m_attempts;
    m_boxes->createTags(m_tags)
        ->onResult(this,
                   [this](const QList<BoxTag> &) {
                       // A success after a lost answer is still this batch's only creation:
                       // the first had not gone through.
                       end(Outcome::Created);
                   })
        ->onFailure(this, [this](const ApiError &error) { onFailure(error); });
}

void TagBatchSender::onFailure(const ApiError &error) {
    if (isLostAnswer(error)) {
        m_mayExist = true;
        if (m_attempts <= m_maxResends) {
            qCInfo(lcTags) << "tag batch: answer lost (" << error.kind << "); sending it again";
            Q_EMIT resending(m_attempts + 1, error);
            attempt();
            return;
        }
        m_unsettled = m_tags;
        end(Outcome::Unknown, {error.message});
        return;
    }
    if (m_mayExist && everyCodeTaken(error, int(m_tags.size()))) {
        qCInfo(lcTags) << "tag batch: every code already taken after a lost answer: created";
        end(Outcome::FoundCreated);
        return;
    }
    QStringList messages;
    if (m_model)
        messages = m_model->markRejected(m_rows, error);
    if (error.fieldErrors.isEmpty() && messages.isEmpty())
        messages.append(error.message);
    end(Outcome::Rejected, messages);
}

void TagBatchSender::end(Outcome outcome, const QStringList &messages) {
    const QList<int> rows = std::exchange(m_rows, {});
    const int count = int(m_tags.size());
    if (outcome == Outcome::Created || outcome == Outcome::FoundCreated)
        m_unsettled.clear();
    if (m_model) {
        if (outcome == Outcome::Created || outcome == Outcome::FoundCreated) {
            m_model->markCreated(rows);
        } else if (outcome == Outcome::Unknown) {
            m_model->setSending(rows, false);
        }
        // Rejected: markRejected() has already put the rows back (marked or draft).
    }
    Q_EMIT finished(outcome, count, messages);
}

bool TagBatchSender::deleteCodes(const QStringList &codes) {
    if (codes.isEmpty() || !m_boxes)
        return false;
    m_boxes->deleteTags(codes)
        ->onResult(this, [this, codes](const QStringList &) { Q_EMIT deleted(codes, false); })
        ->onFailure(this, [this, codes](const ApiError &error) {
            // Every code unknown: none is a tag any more, which is what was asked. It is
            // also what a delete sent again after a lost answer gets (by ApiClient, or by
            // Qt itself, which silently re-sends an idempotent request whose connection
            // closed unanswered), so it cannot be reported as a failure.
            if (everyCodeUnknown(error, int(codes.size()))) {
                Q_EMIT deleted(codes, true);
                return;
            }
            Q_EMIT deleteFailed(codes, error);
        });
    return true;
}
