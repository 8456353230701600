#include "clientlocationspanel.h"

#include "admin/boxesservice.h"
#include "admin/boxlocationuid.h"
#include "admin/clientchoice.h"
#include "admin/clientlocationlinks.h"
#include "net/apijob.h"

#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QLabel *note(QWidget *parent, const char *name) {
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

QVBoxLayout *fieldWithNote(QWidget *field, QLabel *note) {
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(note);
    return box;
}
} // namespace

ClientLocationsPanel::ClientLocationsPanel(BoxesService *boxes, ClientLocationLinks *links,
                                           LocalStore *directory, QWidget *parent)
    : QWidget(parent)
    , m_boxes(boxes)
    , m_links(links)
    , m_directory(directory)
    , m_choices(new QStringListModel(this)) {
    setObjectName(QStringLiteral("clientLocations"));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("Link a client to a box location so that the client can use "
                                "it. The box location UID is the UUID printed on the box or "
                                "given by its installer."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);

    auto *form = new QFormLayout;
    m_client = new QLineEdit(this);
    m_client->setObjectName(QStringLiteral("locationClient"));
    m_client->setAccessibleName(tr("Client: name, email or id"));
    m_client->setPlaceholderText(tr("Name, email or client id"));
    auto *completer = new QCompleter(m_choices, m_client);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_client->setCompleter(completer);
    m_clientNote = note(this, "locationClientNote");
    auto *clientLabel = new QLabel(tr("&Client:"), this);
    clientLabel->setBuddy(m_client);
    form->addRow(clientLabel, fieldWithNote(m_client, m_clientNote));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationUid"));
    m_location->setAccessibleName(tr("Box location UID"));
    m_location->setPlaceholderText(QStringLiteral("2f3cb5c8-7b95-468d-9bb1-715ba9c44d93"));
    m_locationNote = note(this, "locationUidNote");
    auto *locationLabel = new QLabel(tr("&Box location UID:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, fieldWithNote(m_location, m_locationNote));
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_link = new QPushButton(tr("&Link"), this);
    m_link->setObjectName(QStringLiteral("locationLink"));
    m_link->setAccessibleName(tr("Link the client to the box location"));
    m_unlink = new QPushButton(tr("&Unlink"), this);
    m_unlink->setObjectName(QStringLiteral("locationUnlink"));
    m_unlink->setAccessibleName(tr("Unlink the client from the box location"));
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *listLabel = new QLabel(tr("Links &made from this desk:"), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("locationLinks"));
    m_table->setAccessibleName(tr("Links made from this desk"));
    m_table->setModel(links);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ClientLocationLinks::ClientColumn,
                                                      QHeaderView::Stretch);
    listLabel->setBuddy(m_table);
    auto *noList = new QLabel(tr("The API has no call that lists links: this list holds only "
                                 "the links made from this computer. Select one to fill the "
                                 "fields above, then Unlink."),
                              this);
    noList->setObjectName(QStringLiteral("locationNoListNote"));
    noList->setWordWrap(true);
    layout->addWidget(listLabel);
    layout->addWidget(noList);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("locationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_link, &QPushButton::clicked, this, &ClientLocationsPanel::link);
    connect(m_unlink, &QPushButton::clicked, this, &ClientLocationsPanel::unlink);
    connect(m_location, &QLineEdit::returnPressed, this, &ClientLocationsPanel::link);
    connect(m_client, &QLineEdit::textEdited, this, &ClientLocationsPanel::updateChoices);
    connect(m_client, &QLineEdit::textChanged, m_clientNote, &QWidget::hide);
    connect(m_location, &QLineEdit::textChanged, m_locationNote, &QWidget::hide);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClientLocationsPanel::takeSelectedLink);
}

QString ClientLocationsPanel::statusText() const {
    return m_status->text();
}

void ClientLocationsPanel::showStatus(const QString &text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ClientLocationsPanel::updateChoices(const QString &text) {
    // The directory is searched as one types (two letters at least): a large one is not
    // loaded whole into the completer.
    if (text.trimmed().size() < 2)
        return;
    m_choices->setStringList(ClientChoice::choices(m_directory, text));
}

void ClientLocationsPanel::takeSelectedLink() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ClientLocationLink &l = m_links->link(rows.first().row());
    m_client->setText(l.clientLabel.isEmpty()
                          ? QString::number(l.clientId)
                          : l.clientLabel + QStringLiteral(" #") + QString::number(l.clientId));
    m_location->setText(l.boxLocationUid);
}

bool ClientLocationsPanel::readFields(qint64 *clientId, QUuid *location) {
    bool ok = true;
    const std::optional<qint64> id = ClientChoice::idFrom(m_client->text());
    if (!id) {
        m_clientNote->setText(m_client->text().trimmed().isEmpty()
                                  ? tr("Choose a client: type a name or email and pick one, or "
                                       "type the client id.")
                                  : tr("Pick a client from the list, or type the client id."));
        m_clientNote->show();
        m_client->setFocus();
        ok = false;
    }
    QString error;
    const std::optional<QUuid> uid = BoxLocationUid::parse(m_location->text(), &error);
    if (!uid) {
        m_locationNote->setText(error);
        m_locationNote->show();
        if (ok)
            m_location->setFocus();
        ok = false;
    }
    if (ok) {
        *clientId = *id;
        *location = *uid;
    }
    return ok;
}

bool ClientLocationsPanel::link() {
    return send(true);
}

bool ClientLocationsPanel::unlink() {
    return send(false);
}

bool ClientLocationsPanel::send(bool link) {
    if (m_busy)
        return false;
    qint64 clientId = 0;
    QUuid location;
    if (!readFields(&clientId, &location)) {
        showStatus(tr("Nothing was sent."), true);
        return false;
    }
    m_busy = true;
    m_link->setEnabled(false);
    m_unlink->setEnabled(false);
    const QString label = ClientChoice::labelFrom(m_client->text());
    const QString uid = BoxLocationUid::text(location);
    showStatus(link ? tr("Linking client %1 to %2…").arg(clientId).arg(uid)
                    : tr("Unlinking client %1 from %2…").arg(clientId).arg(uid));
    Job<ClientLocation> *job = link ? m_boxes->linkClientLocation(clientId, location)
                                    : m_boxes->unlinkClientLocation(clientId, location);
    job->onFinished(this, [this] {
        m_busy = false;
        m_link->setEnabled(true);
        m_unlink->setEnabled(true);
    });
    job->onResult(this, [this, link, label, clientId, location, uid](const ClientLocation &) {
        if (link)
            m_links->recordLinked(clientId, label, location);
        else
            m_links->recordUnlinked(clientId, location);
        showStatus(link ? tr("Client %1 linked to %2.").arg(clientId).arg(uid)
                        : tr("Client %1 unlinked from %2.").arg(clientId).arg(uid));
    });
    job->onFailure(this, [this, link, label, clientId, location, uid](const ApiError &e) {
        // The server's own words for "already" and "not linked": the desk's list follows
        // what the server holds.
        if (link && e.hasTitle(QStringLiteral("has_already_been_taken"))) {
            m_links->recordLinked(clientId, label, location);
            showStatus(tr("Client %1 was already linked to %2.").arg(clientId).arg(uid));
            return;
        }
        if (!link && e.kind == ApiError::Kind::NotFound) {
            m_links->recordUnlinked(clientId, location);
            showStatus(tr("Client %1 is not linked to %2.").arg(clientId).arg(uid), true);
            return;
        }
        if (const ApiFieldError *fe = e.fieldError(QStringLiteral("client_id"))) {
            m_clientNote->setText(fe->detail.isEmpty() ? e.message : fe->detail);
            m_clientNote->show();
        }
        showStatus(e.message, true);
    });
    return true;
}
