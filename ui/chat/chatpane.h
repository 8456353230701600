#pragma once

#include "storage/indexedconversation.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QMimeData;
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
    // Files dragged anywhere on the open conversation (the timeline too) go to take()
    // (the composer's one routine for drop and paste) when accepts() says so.
    void setDropHandler(std::function<bool(const QMimeData *)> accepts,
                        std::function<bool(const QMimeData *)> take);

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
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applySubject();
    bool acceptsDrop(const QMimeData *data) const;

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
    std::function<bool(const QMimeData *)> m_dropAccepts;
    std::function<bool(const QMimeData *)> m_dropTake;
    QString m_shownSubject;
};
