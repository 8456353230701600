#include "clientrecordpanel.h"

#include "clients/client.h"
#include "shell/statepalette.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>

namespace {
QString dateText(const QDateTime &when, const QString &none) {
    return when.isValid() ? QLocale().toString(when.date(), QLocale::LongFormat) : none;
}
} // namespace

ClientRecordPanel::ClientRecordPanel(const QList<Group> &groups, QWidget *parent)
    : QWidget(parent)
    , m_groups(groups) {
    setObjectName(QStringLiteral("clientRecord"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 6);
    addLine(QStringLiteral("id"), tr("Client id:"), tr("Client id"));
    addLine(QStringLiteral("group"), tr("Group:"), tr("Group"));
    addLine(QStringLiteral("registered"), tr("Registered on:"), tr("Registered on"));
    addLine(QStringLiteral("lastLogin"), tr("Last sign-in:"), tr("Last sign-in"));
    addLine(QStringLiteral("subscriptionEnd"), tr("Subscription ends:"), tr("Subscription ends"));
    addLine(QStringLiteral("state"), tr("State:"), tr("State"));
    // Apart from the fields below, which can be changed.
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    m_form->addRow(line);
}

QLabel *ClientRecordPanel::addLine(const QString &key, const QString &label, const QString &name) {
    auto *value = new QLabel(this);
    value->setObjectName(key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(name);
    m_form->addRow(label, value);
    return value;
}

QString ClientRecordPanel::valueText(const QString &key) const {
    const auto *label = findChild<QLabel *>(key);
    return label ? label->text() : QString();
}

void ClientRecordPanel::showClient(const Client &client) {
    const auto set = [this](const QString &key, const QString &text) {
        if (auto *label = findChild<QLabel *>(key))
            label->setText(text);
    };
    set(QStringLiteral("id"), QString::number(client.clientId));
    QString group = tr("The enterprise (no group)");
    if (client.groupId) {
        group = tr("Group %1").arg(*client.groupId);
        for (const Group &g : std::as_const(m_groups)) {
            if (g.groupId == *client.groupId)
                group = g.name;
        }
    }
    set(QStringLiteral("group"), group);
    set(QStringLiteral("registered"), dateText(client.registeringDate, tr("not known")));
    const QLocale locale;
    set(QStringLiteral("lastLogin"),
        client.lastLoginDate.isValid()
            ? tr("%1 at %2")
                  .arg(locale.toString(client.lastLoginDate.date(), QLocale::LongFormat),
                       locale.toString(client.lastLoginDate.time(), QLocale::ShortFormat))
            : tr("never signed in"));
    QString end = dateText(client.endSubscriptionDate, tr("no subscription"));
    if (client.endSubscriptionDate.isValid() && !client.hasValidSubscription())
        end = tr("%1 (over)").arg(end);
    set(QStringLiteral("subscriptionEnd"), end);
    auto *state = findChild<QLabel *>(QStringLiteral("state"));
    state->setText(client.active ? tr("Active") : tr("Inactive (deactivated)"));
    StatePalette::markError(state, !client.active);
}
