#include "failurenotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace {
Q_LOGGING_CATEGORY(lcShell, "jobbers.shell", QtInfoMsg)

constexpr int kCallsKept = 5;
constexpr int kTextWidth = 420; // pixels: the rest is in the tooltip

QString messageOf(const ApiError &error) {
    return error.message.isEmpty() ? ApiError::kindText(error.kind) : error.message;
}
} // namespace

FailureNotice::FailureNotice(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_hideTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("failureNotice"));
    setAccessibleName(tr("Failed request"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(4);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setObjectName(QStringLiteral("failureText"));
    m_close->setObjectName(QStringLiteral("failureClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("×"));
    m_close->setAccessibleName(tr("Dismiss the failure message"));
    m_close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    layout->addWidget(m_close);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(ShownMs);
    connect(m_hideTimer, &QTimer::timeout, this, &FailureNotice::dismiss);
    connect(m_close, &QToolButton::clicked, this, &FailureNotice::dismiss);
    hide();
}

void FailureNotice::report(const ApiError &error, const QString &description) {
    const bool repeat =
        m_count > 0 && error.kind == m_error.kind && messageOf(error) == messageOf(m_error);
    if (repeat) {
        ++m_count;
    } else {
        m_error = error;
        m_count = 1;
        m_calls.clear();
        // Once per run of the same failure: the log stays readable too.
        qCWarning(lcShell).noquote()
            << "unhandled failure of" << description << "-" << ApiError::kindText(error.kind)
            << error.httpStatus << messageOf(error);
    }
    m_calls.removeAll(description);
    m_calls.prepend(description);
    while (m_calls.size() > kCallsKept)
        m_calls.removeLast();
    refresh();
    show();
    m_hideTimer->start();
}

void FailureNotice::dismiss() {
    m_hideTimer->stop();
    m_count = 0;
    m_error = {};
    m_calls.clear();
    hide();
}

QString FailureNotice::text() const {
    return isHidden() ? QString() : m_text->text();
}

QString FailureNotice::details() const {
    return isHidden() ? QString() : m_text->toolTip();
}

void FailureNotice::refresh() {
    const QString message = messageOf(m_error);
    const QString line = m_count == 1 ? tr("Failed: %1").arg(message)
                                      : tr("Failed %n times: %1", nullptr, m_count).arg(message);
    m_text->setText(m_text->fontMetrics().elidedText(line, Qt::ElideRight, kTextWidth));
    QStringList details;
    details.append(line);
    details.append(
        m_error.httpStatus
            ? tr("%1 (HTTP %2)").arg(ApiError::kindText(m_error.kind)).arg(m_error.httpStatus)
            : ApiError::kindText(m_error.kind));
    details.append(tr("Calls: %1").arg(m_calls.join(QStringLiteral(", "))));
    const QString tip = details.join(QLatin1Char('\n'));
    m_text->setToolTip(tip);
    m_icon->setToolTip(tip);
    setAccessibleDescription(tip);
}
