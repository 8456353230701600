#pragma once

#include "net/apierror.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

// The status bar's word on a call that failed with nobody to show it (the page that
// asked was closed, or nothing asked: ApiClient::unhandledFailure). Never a dialog:
// one line with the message, the calls and details in its tooltip and in the log.
// Failures with the same kind and message while it shows (a network that went away
// fails every call) are counted on that line, not stacked. It hides after a while, or
// with its close button.
class FailureNotice : public QWidget {
    Q_OBJECT
public:
    explicit FailureNotice(QWidget *parent = nullptr);

    // description names the call ("GET /oneapi/v0/…"), for the tooltip and the log.
    void report(const ApiError &error, const QString &description);
    void dismiss();

    // What it shows, for tests and accessibility tools ("" when hidden).
    QString text() const;
    QString details() const;
    int count() const { return m_count; }

    static constexpr int ShownMs = 30000;

private:
    void refresh();

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    QTimer *m_hideTimer;
    ApiError m_error;
    QStringList m_calls; // the latest first, a few at most
    int m_count = 0;
};
