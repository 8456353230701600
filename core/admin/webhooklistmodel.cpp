#include "webhooklistmodel.h"

#include "admin/webhooksservice.h"
#include "net/apijob.h"

namespace {
template<typename Hook> WebhookListModel::Entry entryOf(const Hook &h) {
    return {h.id, h.url, h.enterpriseId};
}

template<typename Hook> QList<WebhookListModel::Entry> entriesOf(const QList<Hook> &hooks) {
    QList<WebhookListModel::Entry> out;
    out.reserve(hooks.size());
    for (const Hook &h : hooks)
        out.append(entryOf(h));
    return out;
}
} // namespace

WebhookListModel::WebhookListModel(OwnWebhooks::Kind kind, WebhooksService *service,
                                   OwnWebhooks *own, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_service(service)
    , m_own(own) {
    if (own) {
        connect(own, &OwnWebhooks::changed, this, [this] {
            if (!m_entries.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
        });
    }
}

ApiJob *WebhookListModel::reload() {
    if (!m_service)
        return nullptr;
    setLoading(true);
    ApiJob *job = nullptr;
    if (m_kind == OwnWebhooks::Kind::Message) {
        job = m_service->messageWebhooks()->onResult(
            this, [this](const QList<MessageWebhook> &hooks) { setEntries(entriesOf(hooks)); });
    } else {
        job = m_service->boxWebhooks()->onResult(
            this, [this](const QList<BoxWebhook> &hooks) { setEntries(entriesOf(hooks)); });
    }
    job->onFinished(this, [this] { setLoading(false); });
    return job;
}

ApiJob *WebhookListModel::create(const QUrl &target) {
    if (!m_service)
        return nullptr;
    if (m_kind == OwnWebhooks::Kind::Message) {
        return m_service->createMessageWebhook(target)->onResult(
            this, [this](const MessageWebhook &h) { added(entryOf(h)); });
    }
    return m_service->createBoxWebhook(target)->onResult(
        this, [this](const BoxWebhook &h) { added(entryOf(h)); });
}

ApiJob *WebhookListModel::remove(qint64 id) {
    if (!m_service || isOwn(id))
        return nullptr;
    Job<qint64> *job = m_kind == OwnWebhooks::Kind::Message ? m_service->removeMessageWebhook(id)
                                                            : m_service->removeBoxWebhook(id);
    return job->onResult(this, [this](qint64 removedId) { removed(removedId); });
}

void WebhookListModel::setEntries(const QList<Entry> &entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void WebhookListModel::added(const Entry &entry) {
    Entry e = entry;
    // The create answer has no enterprise; the list's other rows tell it.
    if (!e.enterpriseId && !m_entries.isEmpty())
        e.enterpriseId = m_entries.constFirst().enterpriseId;
    const int existing = rowOf(e.id);
    if (existing >= 0) {
        m_entries[existing] = e;
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return;
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(e);
    endInsertRows();
}

void WebhookListModel::removed(qint64 id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

void WebhookListModel::setLoading(bool loading) {
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

bool WebhookListModel::isOwn(qint64 id) const {
    const int row = rowOf(id);
    return row >= 0 && m_own && m_own->isOwn(m_kind, m_entries.at(row).url);
}

int WebhookListModel::rowOf(qint64 id) const {
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

int WebhookListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WebhookListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhookListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const QString purpose = m_own ? m_own->purpose(m_kind, e.url) : QString();
    switch (role) {
    case IdRole:
        return e.id;
    case UrlRole:
        return e.url;
    case OwnRole:
        return !purpose.isEmpty();
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QString::number(e.id);
        case UrlColumn:
            return e.url.toDisplayString();
        case EnterpriseColumn:
            return e.enterpriseId ? QString::number(*e.enterpriseId) : QString();
        case UseColumn:
            return purpose.isEmpty() ? QString() : tr("This application: %1").arg(purpose);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return purpose.isEmpty() ? QVariant()
                                 : QVariant(tr("Registered by this application (%1); deleting "
                                               "it would stop that part of the application.")
                                                .arg(purpose));
    default:
        return {};
    }
}

QVariant WebhookListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case UrlColumn:
        return tr("Target URL");
    case EnterpriseColumn:
        return tr("Enterprise");
    case UseColumn:
        return tr("Used by");
    default:
        return {};
    }
}
