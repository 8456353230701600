#pragma once

#include "shell/appsettings.h"
#include "storage/outboxitem.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class AttachmentStrip;
class ComposerEdit;
class LocalStore;
class Outbox;
class QComboBox;
class QLabel;
class QMimeData;
class QPushButton;
class QTimer;
class QToolButton;

// The writing side of a conversation, for the chat pane to embed: a text field that
// grows to a few lines, the sender (the agent unless the client is chosen explicitly),
// files by button, drop or paste waiting in a strip, and Send, which hands everything
// to the Outbox. The draft of each conversation is written to LocalStore as one types
// (debounced), so it is there after a restart or a kill.
//
// One routine, insertMimeData(), takes what is dropped on the composer (or on the pane,
// which forwards its drops) and what is pasted: local files, an image (kept as a PNG in
// spoolDirectory() until sent), or text.
class Composer : public QWidget {
    Q_OBJECT
public:
    Composer(LocalStore *store, Outbox *outbox, QWidget *parent = nullptr);
    ~Composer() override;

    // Saves the draft being typed, then shows conversationId's draft; the sender goes
    // back to the agent. Empty: nothing can be written.
    void setConversationId(const QString &conversationId);
    QString conversationId() const { return m_conversationId; }

    // The send key and the size limit from the settings.
    void applySettings(const AppSettings &settings);
    void setSendKey(AppSettings::SendKey key);
    // Files over this size are refused before anything is sent (0: no limit).
    void setMaxFileBytes(qint64 bytes);
    // Where pasted images are written until sent (default: beside the local store); the
    // outbox deletes them once sent or discarded.
    void setSpoolDirectory(const QString &path);
    QString spoolDirectory() const { return m_spoolDirectory; }
    static int draftDelayMs() { return 400; }

    OutboxItem::Sender sender() const;
    void setSender(OutboxItem::Sender sender);
    QString text() const;
    void setText(const QString &text);
    QStringList files() const;

    // Adds files to the strip after the outbox's checks; the refused ones are named,
    // with the reason, under the strip. Returns how many were added.
    int addFiles(const QStringList &paths);
    // The one routine for drop and paste. True when something was taken.
    bool insertMimeData(const QMimeData *data);
    // Queues the text, then each file, in the outbox; clears what was queued. False
    // (and the reason shown) when nothing could be queued.
    bool send();
    // Opens the file picker (several files).
    void chooseFiles();

    QString refusal() const;
    ComposerEdit *editor() const { return m_edit; }
    AttachmentStrip *strip() const { return m_strip; }
    QPushButton *sendButton() const { return m_send; }
    QToolButton *attachButton() const { return m_attach; }
    QComboBox *senderBox() const { return m_sender; }

Q_SIGNALS:
    void draftSaved(const QString &conversationId);
    void sent(const QString &conversationId, const QList<qint64> &outboxIds);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void saveDraft();
    void showRefusal(const QStringList &reasons);
    void updateState();
    QString savePastedImage(const QImage &image, QString *error);

    QPointer<LocalStore> m_store;
    QPointer<Outbox> m_outbox;
    QString m_conversationId;
    QString m_spoolDirectory;
    bool m_restoring = false;
    bool m_sending = false;
    AttachmentStrip *m_strip;
    QLabel *m_refusal;
    QToolButton *m_attach;
    ComposerEdit *m_edit;
    QComboBox *m_sender;
    QLabel *m_senderHint;
    QPushButton *m_send;
    QTimer *m_draftTimer;
};
