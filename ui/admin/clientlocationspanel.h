#pragma once

#include <QWidget>

class ApiError;
class BoxesService;
class ClientLocationLinks;
class LocalStore;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTableView;
class QUuid;

// Links and unlinks a client and a box location. The client comes from the directory
// (completion on name or email) or as an id; the box location UID is checked as a UUID
// before anything is sent. The API has no call that lists links, so the list below is
// the links made from this desk (ClientLocationLinks, kept in LocalStore).
class ClientLocationsPanel : public QWidget {
    Q_OBJECT
public:
    ClientLocationsPanel(BoxesService *boxes, ClientLocationLinks *links, LocalStore *directory,
                         QWidget *parent = nullptr);

    QLineEdit *clientField() const { return m_client; }
    QLineEdit *locationField() const { return m_location; }
    QTableView *table() const { return m_table; }
    QString statusText() const;

    // false when refused before sending (the field's note says why).
    bool link();
    bool unlink();

private:
    bool readFields(qint64 *clientId, QUuid *location);
    bool send(bool link);
    void updateChoices(const QString &text);
    void takeSelectedLink();
    void showStatus(const QString &text, bool error = false);

    BoxesService *m_boxes;
    ClientLocationLinks *m_links;
    LocalStore *m_directory;
    QStringListModel *m_choices;
    QLineEdit *m_client;
    QLabel *m_clientNote;
    QLineEdit *m_location;
    QLabel *m_locationNote;
    QPushButton *m_link;
    QPushButton *m_unlink;
    QTableView *m_table;
    QLabel *m_status;
    bool m_busy = false;
};
