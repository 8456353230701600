#pragma once

#include "admin/ownwebhooks.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QUrl>

#include <optional>

class ApiJob;
class WebhooksService;

// The message webhooks or the box webhooks of the signed-in enterprise (id, URL,
// enterprise), fed by its own calls to WebhooksService: reload() replaces the rows,
// create() adds the new one and remove() takes it out once the server has answered.
// The application's own webhooks (OwnWebhooks) are marked with OwnRole and what they
// are for; remove() refuses them, so that no view can delete one by mistake.
class WebhookListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, UrlColumn, EnterpriseColumn, UseColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, UrlRole, OwnRole };
    Q_ENUM(Role)

    struct Entry {
        qint64 id = 0;
        QUrl url;
        std::optional<qint64> enterpriseId;
    };

    WebhookListModel(OwnWebhooks::Kind kind, WebhooksService *service, OwnWebhooks *own,
                     QObject *parent = nullptr);

    OwnWebhooks::Kind kind() const { return m_kind; }
    // Each returns the job of its call, for the caller's own continuations (attach an
    // onFailure: the model only updates its rows on success).
    ApiJob *reload();
    ApiJob *create(const QUrl &target);
    // nullptr when id is one of the application's own webhooks: never sent.
    ApiJob *remove(qint64 id);

    void setEntries(const QList<Entry> &entries);
    bool isOwn(qint64 id) const;
    int rowOf(qint64 id) const;
    const Entry &entry(int row) const { return m_entries.at(row); }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);

private:
    void added(const Entry &entry);
    void removed(qint64 id);
    void setLoading(bool loading);

    OwnWebhooks::Kind m_kind;
    QPointer<WebhooksService> m_service;
    QPointer<OwnWebhooks> m_own;
    QList<Entry> m_entries;
    bool m_loading = false;
};
