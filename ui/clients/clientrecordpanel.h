#pragma once

#include "enterprise/group.h"

#include <QList>
#include <QWidget>

class Client;
class QLabel;

// What the API knows of a client and the form cannot change: id, group, registration,
// last sign-in, end of subscription and whether the account is active. Read-only
// text, out of the Tab chain (selectable with the mouse, to copy an id).
class ClientRecordPanel : public QWidget {
    Q_OBJECT
public:
    explicit ClientRecordPanel(const QList<Group> &groups, QWidget *parent = nullptr);

    void showClient(const Client &client);
    // The value shown for a line ("id", "group", "registered", "lastLogin",
    // "subscriptionEnd", "state"), for tests.
    QString valueText(const QString &key) const;

private:
    QLabel *addLine(const QString &key, const QString &label, const QString &name);

    QList<Group> m_groups;
    class QFormLayout *m_form = nullptr;
};
