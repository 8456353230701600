#include "buddies.h"

#include <QLabel>
#include <QWidget>

static QWidget *firstField(QWidget *container) {
    if (container->focusProxy())
        return container->focusProxy();
    const auto children = container->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (w->focusPolicy() & Qt::TabFocus)
            return w;
    }
    return nullptr;
}

void pointBuddiesAtFields(QWidget *root) {
    const auto labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *buddy = label->buddy();
        if (!buddy || (buddy->focusPolicy() & Qt::TabFocus))
            continue;
        if (QWidget *field = firstField(buddy))
            label->setBuddy(field);
    }
}
