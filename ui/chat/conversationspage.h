#pragma once

#include <QHash>
#include <QWidget>

class ChatPane;
class ConversationFilterProxy;
class ConversationsModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTreeView;

// The Conversations page: the inbox (every conversation the desk knows, with filters
// OPEN / CLOSED and by status, a search by subject and client, newest update first,
// unread in bold, and how far the background check of the clients has gone) on the
// left, the open conversation (ChatPane) on the right. It shows and asks; the
// wiring (ChatWiring) runs the calls.
class ConversationsPage : public QWidget {
    Q_OBJECT
public:
    explicit ConversationsPage(ConversationsModel *model, QWidget *parent = nullptr);
    ~ConversationsPage() override;

    ChatPane *chatPane() const { return m_pane; }
    QTreeView *inbox() const { return m_inbox; }
    ConversationFilterProxy *filter() const { return m_filter; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *stateCombo() const { return m_state; }
    QComboBox *statusCombo() const { return m_status; }
    QSpinBox *budgetSpin() const { return m_budget; }

    void focusSearch();
    // Selects the conversation's row (clearing filters that hide it) and opens it.
    void selectConversation(qint64 conversationId);
    qint64 selectedConversation() const;
    void setSweepStatus(const QString &text);
    void setRequestsPerMinute(int perMinute);

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);
    void newConversationRequested();
    void requestsPerMinuteChanged(int perMinute);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void measureInboxColumns();
    void fitInboxColumns();

    ConversationsModel *m_model;
    ConversationFilterProxy *m_filter;
    QLineEdit *m_search;
    QComboBox *m_state;
    QComboBox *m_status;
    QTreeView *m_inbox;
    QLabel *m_sweep;
    QSpinBox *m_budget;
    QPushButton *m_new;
    ChatPane *m_pane;
    QSplitter *m_splitter;
    qint64 m_current = 0;
    QHash<int, int> m_naturalWidth; // column: width for its widest text
};
