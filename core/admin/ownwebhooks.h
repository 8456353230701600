#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

// The webhooks the application registers for itself, such as the conversations' live
// updates: the Admin page marks them in its lists and does not offer them for
// deletion, since removing one silently stops a part of the application. A room that
// registers a webhook declares its target here (one shared instance, made by main()
// and handed to the rooms that need it); the registry only knows URLs, not rooms.
class OwnWebhooks : public QObject {
    Q_OBJECT
public:
    enum class Kind { Message, Box };
    Q_ENUM(Kind)

    explicit OwnWebhooks(QObject *parent = nullptr);

    // purpose: what it is for, shown in the list ("Live updates of conversations").
    void declare(Kind kind, const QUrl &target, const QString &purpose);
    void withdraw(Kind kind, const QUrl &target);
    bool isOwn(Kind kind, const QUrl &target) const;
    // Empty when target is not one of the application's own.
    QString purpose(Kind kind, const QUrl &target) const;

    // Two spellings of one target are one webhook: scheme and host in lower case, a
    // default port dropped, a trailing slash ignored.
    static QString key(const QUrl &target);

Q_SIGNALS:
    void changed();

private:
    struct Entry {
        Kind kind;
        QString key;
        QString purpose;
    };
    QList<Entry> m_entries;
};
