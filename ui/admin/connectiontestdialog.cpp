#include "connectiontestdialog.h"

#include "connectiontestpanel.h"

#include "admin/connectiontest.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

ConnectionTestDialog::ConnectionTestDialog(ConnectionTest *test, QWidget *parent)
    : QDialog(parent)
    , m_panel(new ConnectionTestPanel(test, this)) {
    setObjectName(QStringLiteral("connectionTestDialog"));
    setWindowTitle(tr("Connection test"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(680);
    // Word-wrapped answers (a long list of groups) need the height their width gives.
    connect(test, &ConnectionTest::finished, this, [this] { adjustSize(); });
}
