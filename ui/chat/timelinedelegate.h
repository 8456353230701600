#pragma once

#include "messagefilehelper.h"
#include "messageimagehelper.h"
#include "messagetexthelper.h"

#include "chat/message.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QRect>
#include <QStyledItemDelegate>

class MediaCache;
class MessagesModel;
class TextSelection;
class TimelineRowsModel;

// Draws one message of the timeline: a day separator above the first message of a
// day, the author's name above the first message of a group, the bubble (client on
// the left, agent on the right) with the time beside it, and the content drawn by
// the helper of its kind (text, image, file). Each row's geometry is cached per
// message and width, so that laying out thousands of rows again is a lookup.
class TimelineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // Where the parts of a row are, relative to the row's top-left corner.
    struct Geometry {
        int width = -1; // the row width it was computed for
        QSize size;
        QRect day;    // empty: no separator
        QRect author; // empty: grouped with the previous row
        QRect bubble;
        QRect content; // inside the bubble
        QRect time;
        int textWidth = 0; // the width text was laid out in
        // Outbox items (not yet sent): their state under the bubble, and the place of
        // the Retry and Discard buttons of a failed one (an index widget of the view).
        QRect status;
        QRect actions;
    };

    explicit TimelineDelegate(MediaCache *media, QObject *parent = nullptr);
    ~TimelineDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Rows of this model are read directly rather than through QVariant roles (the
    // view sets it; any other model works through the roles).
    void setMessagesModel(const MessagesModel *model) { m_model = model; }
    // The same for the messages' rows of the timeline's model (messages then outbox).
    void setRowsModel(const TimelineRowsModel *rows) { m_rows = rows; }
    // The size of the Retry / Discard widget of a failed outbox item.
    void setActionsSize(const QSize &size) { m_actionsSize = size; }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    void setMediaCache(MediaCache *media);
    MediaCache *mediaCache() const { return m_media; }
    void setSelection(const TextSelection *selection) { m_selection = selection; }
    // Shown above the client's groups (the agent's say "Concierge").
    void setClientName(const QString &name);
    void setHovered(const QModelIndex &index) { m_hovered = index; }

    Geometry geometry(const QModelIndex &index, int width, const QFont &font) const;
    // In a text message at point (relative to the row's top-left): the character.
    int cursorAt(const QModelIndex &index, int width, const QFont &font, QPoint point) const;
    QUrl linkAt(const QModelIndex &index, int width, const QFont &font, QPoint point) const;
    bool isOnAttachment(const QModelIndex &index, int width, const QFont &font, QPoint point) const;

    // A message's geometry may have changed (its neighbours changed its group).
    void invalidate(const QModelIndex &index) const;
    void clearCaches();
    MessageTextHelper &textHelper() const { return m_text; }
    QString authorName(int author) const;
    static QString dayText(const QDate &day);

private:
    struct Row {
        const Message *direct = nullptr;
        Message copy;
        bool firstOfDay = false;
        bool grouped = false;
        bool pending = false;
        int kind = 0;
        const Message &message() const { return direct ? *direct : copy; }
    };
    Row rowOf(const QModelIndex &index) const;
    QSize contentSize(const Row &row, int maxWidth) const;
    void paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index, const Geometry &g) const;

    MediaCache *m_media;
    const MessagesModel *m_model = nullptr;
    const TimelineRowsModel *m_rows = nullptr;
    QSize m_actionsSize{160, 28};
    const TextSelection *m_selection = nullptr;
    QString m_clientName;
    QPersistentModelIndex m_hovered;
    mutable MessageTextHelper m_text;
    mutable MessageImageHelper m_image;
    mutable MessageFileHelper m_file;
    mutable QHash<QString, Geometry> m_geometry;
    mutable int m_geometryWidth = -1;
    mutable QFont m_font;
    struct Metrics {
        int small = 0;
        int author = 0;
        int day = 0;
        int time = 0; // the widest time of day
    };
    mutable Metrics m_metrics;
};
