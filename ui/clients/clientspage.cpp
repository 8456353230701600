#include "clientspage.h"

#include "clientformdialog.h"
#include "importdialog.h"

#include "clients/autologinpolicy.h"
#include "clients/clientdirectory.h"
#include "clients/clientfilterproxy.h"
#include "clients/clientsmodel.h"
#include "clients/clientsservice.h"
#include "clients/clientvalidator.h"
#include "common/datetext.h"
#include "net/apiclient.h"
#include "net/apifieldtext.h"
#include "shell/statelegend.h"
#include "shell/statepalette.h"
#include "tasks/taskregistry.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

ClientsPage::ClientsPage(ClientsService *service, ClientDirectory *directory, TaskRegistry *tasks,
                         QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_directory(directory)
    , m_tasks(tasks) {
    setObjectName(QStringLiteral("clientsPage"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Search by email, name, id, city or group (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search clients"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_count = new QLabel(this);
    bar->addWidget(m_count);
    auto *newButton = new QPushButton(tr("&New client…"), this);
    newButton->setAccessibleName(tr("New client"));
    auto *importButton = new QPushButton(tr("&Import CSV…"), this);
    importButton->setAccessibleName(tr("Import clients from a CSV file"));
    importButton->setObjectName(QStringLiteral("importCsv"));
    bar->addWidget(newButton);
    bar->addWidget(importButton);
    layout->addLayout(bar);

    // Offered when the text is an email or an id the directory has never seen.
    m_lookupBar = new QWidget(this);
    auto *lookupLayout = new QHBoxLayout(m_lookupBar);
    lookupLayout->setContentsMargins(0, 0, 0, 0);
    m_lookupLabel = new QLabel(m_lookupBar);
    m_lookupLabel->setWordWrap(true);
    m_lookupButton = new QPushButton(tr("&Look up on the API"), m_lookupBar);
    m_lookupButton->setAccessibleName(tr("Look up this client on the API"));
    lookupLayout->addWidget(m_lookupLabel, 1);
    lookupLayout->addWidget(m_lookupButton);
    m_lookupBar->hide();
    layout->addWidget(m_lookupBar);

    // The API has no call that lists clients: say what the table is, and how to reach
    // a client who is not in it yet.
    m_noteText = tr("This list shows the clients this desk has met: created, imported, looked up, "
                    "or seen in the statistics or conversations. The API has no call that "
                    "lists every client. To find another one, press Ctrl+F, type the email "
                    "and press Enter.");
    m_note = new QLabel(m_noteText, this);
    m_note->setObjectName(QStringLiteral("directoryNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_proxy = new ClientFilterProxy(this);
    m_proxy->setClientsModel(directory->model());
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("clientsTable"));
    m_view->setAccessibleName(tr("Clients"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new StateDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab leaves the table for the buttons; the arrows move between the rows.
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and no content-based sizing: both would read every row.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Widths from the font, never from the contents (that would read 100,000 rows); the
    // email takes the rest, so the table fits the page without a horizontal scroll bar.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ClientsModel::Email, QHeaderView::Stretch);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(ClientsModel::Name, 12 * em);
    // A date column as wide as its header or its longest date, whichever is wider.
    const QString longDate = DateText::date(QDate(2026, 12, 28));
    for (const int column : {int(ClientsModel::Active), int(ClientsModel::SubscriptionEnd),
                             int(ClientsModel::LastLogin), int(ClientsModel::Synced)}) {
        const QString title = m_proxy->headerData(column, Qt::Horizontal).toString();
        const QString sample = column == ClientsModel::Active
                                   ? QCoreApplication::translate("ClientsModel", "Not loaded")
                                   : longDate;
        const int width = std::max(header->fontMetrics().horizontalAdvance(title) + 2 * em,
                                   m_view->fontMetrics().horizontalAdvance(sample) + em);
        m_view->setColumnWidth(column, width);
    }
    // The sync time is in the last login's tooltip: a column of its own took the room
    // the emails need (the model keeps it, named Synced, for whoever wants it).
    m_view->hideColumn(ClientsModel::Synced);
    // What does not fit loses its middle, not its end: the demo's "Sous conciergerie #1
    // Demonstration" and "#2" differ at the end; an email keeps its domain.
    m_view->setTextElideMode(Qt::ElideMiddle);
    fitGroupColumn();
    connect(directory, &ClientDirectory::groupsChanged, this, &ClientsPage::fitGroupColumn);
    layout->addWidget(m_view, 1);

    m_legend = new StateLegend({{ItemState::Expired, tr("the subscription has ended")},
                                {ItemState::Inactive, tr("the client was deactivated")}},
                               this);
    layout->addWidget(m_legend);

    auto *actions = new QHBoxLayout;
    m_editButton = new QPushButton(tr("&Open…"), this);
    m_editButton->setAccessibleName(tr("Open the selected client"));
    m_linkButton = new QPushButton(tr("Sign-in &link in browser"), this);
    m_linkButton->setAccessibleName(tr("Open a one-time sign-in link for the client"));
    m_copyLinkButton = new QPushButton(tr("Cop&y sign-in link"), this);
    m_copyLinkButton->setAccessibleName(tr("Copy a one-time sign-in link for the client"));
    m_copyLinkButton->setObjectName(QStringLiteral("copySignInLink"));
    m_assignButton = new QPushButton(tr("Assign a &pass…"), this);
    m_assignButton->setAccessibleName(tr("Assign a pass to the selected client"));
    actions->addWidget(m_editButton);
    actions->addWidget(m_assignButton);
    actions->addWidget(m_linkButton);
    actions->addWidget(m_copyLinkButton);
    actions->addStretch(1);
    layout->addLayout(actions);

    // The same actions on a row's context menu (right click, or the Menu key).
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QPushButton *button : {m_editButton, m_assignButton, m_linkButton, m_copyLinkButton}) {
        auto *action = new QAction(button->text(), m_view);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_view->addAction(action);
    }

    // Ctrl+F belongs to the window's Find action (ClientsWiring calls focusSearch): a
    // second action here made the shortcut ambiguous and neither fired.

    connect(m_search, &QLineEdit::textChanged, this, &ClientsPage::onSearchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_lookupBar->isVisible())
            lookUp();
        else if (m_proxy->rowCount() == 1) {
            m_view->selectRow(0);
            openCurrent();
        } else
            enterTable();
    });
    // Down in the search field goes to the table, as Enter does with several rows.
    m_search->installEventFilter(this);
    connect(m_lookupButton, &QPushButton::clicked, this, &ClientsPage::lookUp);
    connect(newButton, &QPushButton::clicked, this, &ClientsPage::newClient);
    connect(importButton, &QPushButton::clicked, this, &ClientsPage::importCsv);
    connect(m_view, &QTableView::activated, this, &ClientsPage::openCurrent);
    connect(m_editButton, &QPushButton::clicked, this, &ClientsPage::openCurrent);
    connect(m_linkButton, &QPushButton::clicked, this, &ClientsPage::openSignInLink);
    connect(m_copyLinkButton, &QPushButton::clicked, this, &ClientsPage::copySignInLink);
    connect(m_assignButton, &QPushButton::clicked, this, &ClientsPage::assignPass);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ClientsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ClientsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ClientsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClientsPage::updateCount);
    // The total too: clients imported while a filter hides them still count.
    ClientsModel *source = directory->model();
    connect(source, &QAbstractItemModel::rowsInserted, this, &ClientsPage::updateCount);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &ClientsPage::updateCount);
    connect(source, &QAbstractItemModel::modelReset, this, &ClientsPage::updateCount);
    updateCount();
}

ClientsPage::~ClientsPage() = default;

bool ClientsPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        enterTable();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ClientsPage::enterTable() {
    if (m_proxy->rowCount() == 0)
        return;
    if (!m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    m_view->selectRow(m_view->currentIndex().row());
    m_view->setFocus(Qt::OtherFocusReason);
}

void ClientsPage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString ClientsPage::lookupText() const {
    return m_lookupBar->isVisible() ? m_lookupLabel->text() : QString();
}

QString ClientsPage::directoryNoteText() const {
    return m_note->text();
}

void ClientsPage::setFillProgress(int done, int total) {
    m_note->setText(done < total ? m_noteText + QLatin1Char(' ')
                                       + tr("Filling from the statistics: %1 of %2 calls "
                                            "answered…")
                                             .arg(done)
                                             .arg(total)
                                 : m_noteText);
}

QString ClientsPage::messageText() const {
    return m_message->isVisible() ? m_message->text() : QString();
}

void ClientsPage::showError(const ApiError &error) {
    // Field and reason in the interface's language; the server's English in the tooltip.
    showMessage(ApiFieldText::message(error), true);
    m_message->setToolTip(ApiFieldText::serverDetails(error.fieldErrors));
}

void ClientsPage::showMessage(const QString &text, bool error) {
    m_message->setText(text);
    m_message->setToolTip(QString());
    StatePalette::markError(m_message, error);
    m_message->setVisible(!text.isEmpty());
}

void ClientsPage::updateCount() {
    const int total = m_directory->model()->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n client(s)", nullptr, total)
                                    : tr("%1 of %n client(s)", nullptr, total).arg(shown));
}

QString ClientsPage::countText() const {
    return m_count->text();
}

// Wide enough for the longest group name (there are a few groups, not 100,000 rows),
// within bounds; beyond them the name loses its middle and the tooltip has it whole.
void ClientsPage::fitGroupColumn() {
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    int width = metrics.horizontalAdvance(tr("Enterprise"));
    for (const Group &g : m_directory->groups())
        width = std::max(width, metrics.horizontalAdvance(g.name));
    m_view->setColumnWidth(ClientsModel::Group, std::clamp(width + em, 9 * em, 24 * em));
}

void ClientsPage::onSearchChanged(const QString &text) {
    m_proxy->setSearchText(text);
    updateCount();
    const QString t = text.trimmed();
    bool isId = false;
    t.toLongLong(&isId);
    const bool email = ClientValidator::isValidEmail(t);
    const bool unknown = (email && !m_directory->contains(t))
                         || (isId && m_directory->model()->rowOfClientId(t.toLongLong()) < 0);
    m_lookupBar->setVisible(unknown);
    if (unknown)
        m_lookupLabel->setText(email ? tr("%1 is not in the directory.").arg(t)
                                     : tr("No client with id %1 in the directory.").arg(t));
    showMessage({});
}

void ClientsPage::lookUp() {
    if (!m_service)
        return;
    const QString t = m_search->text().trimmed();
    showMessage(tr("Looking up %1…").arg(t));
    bool isId = false;
    t.toLongLong(&isId);
    if (isId) {
        load(t, false);
        return;
    }
    setLookup(m_service->exists(t)->then(
        this, [this, t](const EmailCheck &check) { onExists(t, check); },
        [this](const ApiError &error) {
            if (error.kind != ApiError::Kind::Cancelled)
                showError(error);
        }));
}

void ClientsPage::setLookup(ApiJob *job) {
    if (m_lookup)
        m_lookup->cancel();
    m_lookup = job;
}

void ClientsPage::load(const QString &idOrEmail, bool open) {
    if (!m_service)
        return;
    setLookup(m_service->get(idOrEmail)->then(
        this, [this, open](const Client &client) { onLoaded(client, open); },
        [this](const ApiError &error) { onLoadFailed(error); }));
}

void ClientsPage::onExists(const QString &email, const EmailCheck &check) {
    if (!check.exists) {
        showMessage(tr("No Jobbers client uses %1. You can create it with New client.").arg(email));
        return;
    }
    if (check.attachedToAnotherEnterprise) {
        showMessage(
            check.movable
                ? tr("%1 belongs to another enterprise; it can be moved to yours.").arg(email)
                : tr("%1 belongs to another enterprise and cannot be moved.").arg(email));
        return;
    }
    load(email, false);
}

void ClientsPage::onLoaded(const Client &client, bool open) {
    // The directory recorded it already (it watches the service): show it.
    m_lookupBar->hide();
    showMessage(tr("%1 was found and added to the directory.").arg(client.email));
    if (open)
        openClient(client);
}

void ClientsPage::onLoadFailed(const ApiError &error) {
    if (error.kind == ApiError::Kind::Cancelled)
        return; // replaced by a later lookup
    if (error.kind == ApiError::Kind::Forbidden)
        showMessage(tr("This client belongs to another enterprise."), true);
    else if (error.kind == ApiError::Kind::NotFound)
        showMessage(tr("No client with this id or email."), true);
    else
        showError(error);
}

QString ClientsPage::currentEmail() const {
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(ClientsModel::EmailRole).toString() : QString();
}

void ClientsPage::openCurrent() {
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return;
    const int row = m_proxy->mapToSource(i).row();
    const DirectoryEntry &e = m_directory->model()->entryAt(row);
    if (e.detailed) {
        openClient(e.client);
    } else if (m_service) {
        // Known by email only: load it first, then open.
        showMessage(tr("Loading %1…").arg(e.client.email));
        load(e.client.email, true);
    }
}

void ClientsPage::closeQuietDialogs() {
    const auto dialogs = findChildren<ClientFormDialog *>(Qt::FindDirectChildrenOnly);
    for (ClientFormDialog *dialog : dialogs) {
        if (dialog->isVisible() && dialog->canCloseQuietly())
            dialog->reject();
    }
}

void ClientsPage::openClient(const Client &client) {
    auto *dialog = new ClientFormDialog(m_service, m_directory->groups(), client, this);
    connect(dialog, &ClientFormDialog::assignPassRequested, this,
            &ClientsPage::assignPassRequested);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void ClientsPage::newClient() {
    auto *dialog = new ClientFormDialog(m_service, m_directory->groups(), this);
    // The email just typed or looked up, when the directory does not know it.
    const QString typed = m_search->text().trimmed();
    if (ClientValidator::isValidEmail(typed) && !m_directory->contains(typed))
        dialog->prefillEmail(typed);
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void ClientsPage::importCsv() {
    auto *dialog = new ImportDialog(m_service, m_tasks, m_directory->groups(), this);
    dialog->show();
    Q_EMIT dialogOpened(dialog);
}

void ClientsPage::refresh() {
    const QString email = currentEmail();
    if (!email.isEmpty())
        load(email, false);
}

void ClientsPage::assignPass() {
    const QString email = currentEmail();
    if (email.isEmpty()) {
        showMessage(tr("Select a client first."), true);
        return;
    }
    Q_EMIT assignPassRequested(email);
}

void ClientsPage::openSignInLink() {
    requestSignInLink(false);
}

void ClientsPage::copySignInLink() {
    requestSignInLink(true);
}

void ClientsPage::requestSignInLink(bool copy) {
    const QString email = currentEmail();
    if (email.isEmpty() || !m_service) {
        showMessage(tr("Select a client first."), true);
        return;
    }
    m_service->loginUrl(email)->then(
        this, [this, copy](const SignInLink &link) { onSignInLink(link, copy); },
        [this](const ApiError &error) { showError(error); });
}

void ClientsPage::onSignInLink(const SignInLink &link, bool copy) {
    QString reason;
    if (!m_service
        || !AutologinPolicy::isAllowed(link.url, m_service->apiClient()->baseUrl(), &reason)) {
        showMessage(reason, true);
        return;
    }
    if (copy) {
        QGuiApplication::clipboard()->setText(link.url.toString());
        showMessage(tr("A one-time sign-in link for %1 was copied; it works once, within an "
                       "hour.")
                        .arg(link.idOrEmail));
    } else if (QDesktopServices::openUrl(link.url)) {
        showMessage(tr("The sign-in link for %1 was opened in the browser.").arg(link.idOrEmail));
    } else {
        showMessage(tr("No browser could open the link; use Copy sign-in link."), true);
    }
}
