#pragma once

#include "../httpresponse.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

class RequestContext;
class SandboxContext;

// The message webhooks and the box webhooks behave alike (create, list, delete,
// ids and enterprise as strings); one table name tells them apart.
class WebhookTable {
public:
    WebhookTable(SandboxContext &sandbox, QString table)
        : m_sandbox(sandbox)
        , m_table(std::move(table)) {}

    // POST {target}: the bare {"id":"..","url":".."}.
    HttpResponse create(RequestContext &ctx) const;
    // [{"id","url","enterprise"}], all strings; the caller picks the envelope.
    QJsonArray list(qint64 enterpriseId) const;
    // DELETE .../{id}: the bare {"id":".."}.
    HttpResponse remove(RequestContext &ctx) const;
    // The URLs to notify for one enterprise, oldest webhook first.
    QStringList urls(qint64 enterpriseId) const;

    // An absolute http(s) URL with a host.
    static bool isValidTarget(const QString &target);

private:
    SandboxContext &m_sandbox;
    QString m_table;
};
