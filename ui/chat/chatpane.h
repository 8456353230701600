#pragma once

#include "storage/indexedconversation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class StarRating;
class TimelineView;

// The right side of the Conversations page: the open conversation's header (subject,
// editable; client; status; rating as stars; close or reopen), its timeline, and a
// place for the composer, which another part of the room provides (setComposer()).
// It only shows and asks: the wiring runs the calls and tells it the outcome.
class ChatPane : public QWidget {
    Q_OBJECT
public:
    explicit ChatPane(QWidget *parent = nullptr);
    ~ChatPane() override;

    TimelineView *timeline() const { return m_timeline; }
    // Below the timeline; the pane takes ownership. A previous composer is deleted.
    void setComposer(QWidget *composer);
    QWidget *composer() const { return m_composer; }

    void showConversation(const IndexedConversation &entry);
    // The same conversation changed (a listing, an edit): the header follows, an
    // edit in progress of the subject is kept.
    void updateConversation(const IndexedConversation &entry);
    void showNothing();
    qint64 conversationId() const { return m_conversationId; }

    // While an edit is on its way: the header's controls wait.
    void setBusy(bool busy);
    // A failed edit or load, shown above the timeline until the next success. source:
    // the API's field ("subject", "rating"), to put the focus there.
    void showError(const QString &message, const QString &source = {});
    void clearError();

    QLineEdit *subjectEdit() const { return m_subject; }
    StarRating *ratingStars() const { return m_rating; }
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void subjectEdited(const QString &subject);
    void closeRequested();
    void reopenRequested();
    void ratingEdited(int rating);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySubject();

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLineEdit *m_subject;
    QLabel *m_client;
    QLabel *m_status;
    StarRating *m_rating;
    QPushButton *m_close;
    QLabel *m_error;
    TimelineView *m_timeline;
    QVBoxLayout *m_composerSlot;
    QPointer<QWidget> m_composer;
    qint64 m_conversationId = 0;
    bool m_open = false;
    QString m_shownSubject;
};
