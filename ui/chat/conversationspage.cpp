#include "conversationspage.h"

#include "chat/conversationfilterproxy.h"
#include "chat/conversationsmodel.h"
#include "chatpane.h"
#include "inboxdelegate.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

ConversationsPage::ConversationsPage(ConversationsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new ConversationFilterProxy(this))
    , m_search(new QLineEdit)
    , m_state(new QComboBox)
    , m_status(new QComboBox)
    , m_inbox(new QTreeView)
    , m_sweep(new QLabel)
    , m_budget(new QSpinBox)
    , m_new(new QPushButton(tr("&New conversation…")))
    , m_pane(new ChatPane)
    , m_splitter(new QSplitter(Qt::Horizontal)) {
    setObjectName(QStringLiteral("conversationsPage"));
    m_filter->setSourceModel(model);

    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setPlaceholderText(tr("Subject or client"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search conversations"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &ConversationFilterProxy::setSearchText);

    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("Open and closed"), int(ConversationFilterProxy::State::All));
    m_state->addItem(tr("Open"), int(ConversationFilterProxy::State::Open));
    m_state->addItem(tr("Closed"), int(ConversationFilterProxy::State::Closed));
    m_state->setCurrentIndex(1);
    m_filter->setState(ConversationFilterProxy::State::Open);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setState(ConversationFilterProxy::State(m_state->currentData().toInt()));
    });

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), -1);
    using S = Conversation::Status;
    for (S s : {S::New, S::SystemPending, S::UserPending, S::Closed})
        m_status->addItem(ConversationsModel::statusText(s), int(s));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_status->currentData().toInt();
        m_filter->setStatus(s < 0 ? std::nullopt
                                  : std::optional<Conversation::Status>(Conversation::Status(s)));
    });

    m_inbox->setObjectName(QStringLiteral("inbox"));
    m_inbox->setAccessibleName(tr("Conversations"));
    m_inbox->setModel(m_filter);
    m_inbox->setItemDelegate(new InboxDelegate(m_inbox));
    m_inbox->setRootIsDecorated(false);
    m_inbox->setUniformRowHeights(true);
    m_inbox->setSortingEnabled(true);
    m_inbox->sortByColumn(ConversationsModel::LastUpdated, Qt::DescendingOrder);
    m_inbox->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inbox->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inbox->setAllColumnsShowFocus(true);
    m_inbox->header()->setStretchLastSection(false);
    m_inbox->header()->setSectionResizeMode(ConversationsModel::Subject, QHeaderView::Stretch);
    measureInboxColumns();
    m_inbox->viewport()->installEventFilter(this);
    connect(m_inbox->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConversationsPage::onCurrentChanged);
    // Enter (or a double click) on a conversation opens it and goes to its composer:
    // the answer is the next thing typed.
    connect(m_inbox, &QTreeView::activated, this, [this] {
        onCurrentChanged();
        if (QWidget *composer = m_pane->composer(); composer && composer->isEnabled())
            composer->setFocus(Qt::OtherFocusReason);
    });

    m_sweep->setObjectName(QStringLiteral("sweepStatus"));
    m_sweep->setWordWrap(true);
    m_sweep->setEnabled(false);
    m_budget->setObjectName(QStringLiteral("requestBudget"));
    m_budget->setRange(1, 600);
    m_budget->setSuffix(tr(" a minute"));
    m_budget->setToolTip(tr("How many requests the background check of the clients' "
                            "conversations may make per minute"));
    connect(m_budget, &QSpinBox::valueChanged, this, &ConversationsPage::requestsPerMinuteChanged);
    m_new->setObjectName(QStringLiteral("newConversationButton"));
    m_new->setToolTip(tr("Start a conversation with a client (Ctrl+N)"));
    connect(m_new, &QPushButton::clicked, this, &ConversationsPage::newConversationRequested);

    // Mnemonics unique on the page and apart from the menus' (F, E, V, T, H).
    auto *searchLabel = new QLabel(tr("Se&arch:"));
    searchLabel->setBuddy(m_search);
    auto *stateLabel = new QLabel(tr("Sho&w:"));
    stateLabel->setBuddy(m_state);
    auto *statusLabel = new QLabel(tr("Stat&us:"));
    statusLabel->setBuddy(m_status);
    auto *budgetLabel = new QLabel(tr("Back&ground checks:"));
    budgetLabel->setBuddy(m_budget);

    auto *left = new QWidget;
    auto *grid = new QGridLayout(left);
    grid->setContentsMargins(8, 8, 4, 8);
    grid->addWidget(searchLabel, 0, 0);
    grid->addWidget(m_search, 0, 1, 1, 3);
    grid->addWidget(stateLabel, 1, 0);
    grid->addWidget(m_state, 1, 1);
    grid->addWidget(statusLabel, 1, 2);
    grid->addWidget(m_status, 1, 3);
    grid->addWidget(m_inbox, 2, 0, 1, 4);
    grid->addWidget(m_sweep, 3, 0, 1, 4);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(budgetLabel);
    bottom->addWidget(m_budget);
    bottom->addStretch();
    bottom->addWidget(m_new);
    grid->addLayout(bottom, 4, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(2, 1);

    m_splitter->setObjectName(QStringLiteral("conversationsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_pane);
    // Both grow with the window: the inbox's subjects as much as the timeline.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({560, 450});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_status);
    setTabOrder(m_status, m_inbox);
    setTabOrder(m_inbox, m_budget);
    setTabOrder(m_budget, m_new);
}

ConversationsPage::~ConversationsPage() = default;

void ConversationsPage::measureInboxColumns() {
    // What the narrow columns show, measured in this font and language (bold, as
    // unread rows are); the header's text with room for the sort arrow.
    const QFontMetrics fm(m_inbox->font());
    QFont bold = m_inbox->font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const auto measure = [&](int column, const QStringList &texts) {
        int w = fm.horizontalAdvance(m_filter->headerData(column, Qt::Horizontal).toString()) + em;
        for (const QString &t : texts)
            w = std::max(w, bfm.horizontalAdvance(t) + em);
        m_naturalWidth.insert(column, w);
    };
    QStringList statuses;
    using S = Conversation::Status;
    for (S s : {S::New, S::SystemPending, S::UserPending, S::Closed})
        statuses << ConversationsModel::statusText(s);
    const QLocale locale;
    m_naturalWidth.insert(ConversationsModel::ClientColumn, 12 * em);
    measure(ConversationsModel::Status, statuses);
    measure(ConversationsModel::LastUpdated,
            {locale.toString(QDate(2026, 12, 30), QLocale::ShortFormat),
             locale.toString(QTime(23, 59), QLocale::ShortFormat)});
    measure(ConversationsModel::Messages,
            {QCoreApplication::translate("ConversationsModel", "%1 (+%2)",
                                         "message count (unread ones)")
                 .arg(999)
                 .arg(99)});
    fitInboxColumns();
}

void ConversationsPage::fitInboxColumns() {
    // The narrow columns at their natural width while the subject keeps at least
    // 14 em; in a smaller inbox the client and the status give way first (elided),
    // never below 6 em.
    const int em = m_inbox->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int available = m_inbox->viewport()->width();
    int others = 0;
    for (auto it = m_naturalWidth.cbegin(); it != m_naturalWidth.cend(); ++it)
        others += it.value();
    const int over = std::max(0, others + 14 * em - available);
    int shrinkClient =
        std::min(over / 2, m_naturalWidth.value(ConversationsModel::ClientColumn) - 6 * em);
    int shrinkStatus =
        std::min(over - shrinkClient, m_naturalWidth.value(ConversationsModel::Status) - 6 * em);
    shrinkClient = std::min(over - shrinkStatus,
                            m_naturalWidth.value(ConversationsModel::ClientColumn) - 6 * em);
    for (auto it = m_naturalWidth.cbegin(); it != m_naturalWidth.cend(); ++it) {
        int w = it.value();
        if (it.key() == ConversationsModel::ClientColumn)
            w -= std::max(0, shrinkClient);
        else if (it.key() == ConversationsModel::Status)
            w -= std::max(0, shrinkStatus);
        m_inbox->header()->resizeSection(it.key(), w);
    }
}

bool ConversationsPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_inbox->viewport() && event->type() == QEvent::Resize)
        fitInboxColumns();
    return QWidget::eventFilter(watched, event);
}

void ConversationsPage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ConversationsPage::onCurrentChanged() {
    const QModelIndex i = m_inbox->currentIndex();
    if (!i.isValid())
        return;
    const qint64 id = i.data(ConversationsModel::ConversationIdRole).toLongLong();
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT conversationActivated(id);
}

qint64 ConversationsPage::selectedConversation() const {
    return m_current;
}

void ConversationsPage::selectConversation(qint64 conversationId) {
    const int row = m_model->rowOfId(conversationId);
    if (row < 0)
        return;
    QModelIndex i = m_filter->mapFromSource(m_model->index(row, 0));
    if (!i.isValid()) {
        // Filtered out: show everything rather than open something invisible.
        m_search->clear();
        m_state->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        i = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_inbox->setCurrentIndex(i);
    m_inbox->scrollTo(i);
    if (m_current != conversationId) {
        m_current = conversationId;
        Q_EMIT conversationActivated(conversationId);
    }
}

void ConversationsPage::setSweepStatus(const QString &text) {
    m_sweep->setText(text);
}

void ConversationsPage::setRequestsPerMinute(int perMinute) {
    const QSignalBlocker block(m_budget);
    m_budget->setValue(perMinute);
}
