#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Base URL, language, conversations polling interval and send key, read from and
// written to AppSettings. The language applies at the next start (the note says so):
// retranslating every open page live is not worth its bugs for a once-a-year change.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Validates and writes the settings; false (with the message by the field) if the
    // URL is not acceptable.
    bool apply();

Q_SIGNALS:
    void settingsChanged();
    // "Test the connection…": whoever runs the test shows it over parent.
    void connectionTestRequested(QWidget *parent);

private:
    void load();

    QLineEdit *m_baseUrl;
    QLabel *m_baseUrlError;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QSpinBox *m_pollSeconds;
    QComboBox *m_sendKey;
    QString m_loadedLanguage;
};
