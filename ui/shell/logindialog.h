#pragma once

#include <QDialog>
#include <QUrl>

class ApiError;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

// Asks for the base URL, API key and secret. It validates what it can before anything
// is sent and then only asks (signInRequested); whoever drives the sign-in answers with
// signInSucceeded() or showSignInError(). Never blocks: Cancel while busy asks to abort
// (cancelRequested) and the dialog stays open for another try.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    void setApiKey(const QString &key);
    void setRemember(bool remember);
    QUrl baseUrl() const;
    QString apiKey() const;
    QString secret() const;
    bool remember() const;

    // Checks every field and shows each problem next to its field. Returns whether all
    // are fine.
    bool validate();

    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);
    // Wrong credentials, unreachable host, server trouble: each its own message.
    void showSignInError(const ApiError &error);
    // The keychain could not be used (locked, no Secret Service): signing in still works,
    // remembering does not.
    void showKeychainError(const QString &detail);
    // A message for the whole form (e.g. why the sign-in is asked again).
    void showMessage(const QString &text);
    void signInSucceeded();

    // The text shown under a field or for the whole form; for tests.
    QString fieldError(const QString &field) const;
    QString formError() const;

Q_SIGNALS:
    void signInRequested(const QUrl &baseUrl, const QString &apiKey, const QString &secret,
                         bool remember);
    void cancelRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void submit();
    void cancel();
    void fitMessages();
    void setFieldError(QLabel *label, QLineEdit *field, const QString &text);
    void clearErrors();
    QLabel *errorLabel(const QString &name);

    bool m_busy = false;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QLabel *m_urlError;
    QLabel *m_keyError;
    QLabel *m_secretError;
    QLabel *m_formError;
    QProgressBar *m_busyBar;
    QDialogButtonBox *m_buttons;
};
