#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QList>
#include <QRect>
#include <QStringList>
#include <QTest>
#include <QWidget>

// What is wrong with the Tab order of a shown, active window (empty: nothing). Tab is
// pressed from the focused widget until the focus comes back to it; the cycle is then
// read from its top-left widget, and each widget must be on the same row as the one
// before and to its right, or on a row below. A widget that keeps Tab for itself (a
// table moving between its cells) is a problem too: the keyboard cannot leave it.
// In a test: const QStringList p = tabOrderProblems(&dialog);
//            QVERIFY2(p.isEmpty(), qPrintable(p.join(u'\n')));
namespace TabOrder {

inline QString nameOf(const QWidget *w) {
    QString name = w->accessibleName();
    if (name.isEmpty())
        name = w->objectName();
    if (name.isEmpty()) {
        if (const auto *b = qobject_cast<const QAbstractButton *>(w))
            name = b->text();
    }
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

// The widgets Tab visits, from the focused one, once round; problems gets why the
// walk stopped when it did not come back to where it started.
inline QList<QWidget *> walk(QStringList *problems, int limit = 80) {
    QList<QWidget *> seen;
    QWidget *start = QApplication::focusWidget();
    seen.append(start);
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now && now == seen.constLast() && qobject_cast<QAbstractItemView *>(now)) {
            *problems << QStringLiteral("%1 keeps Tab for its cells").arg(nameOf(now));
            return seen;
        }
        if (now == start)
            return seen;
        if (!now) {
            *problems << QStringLiteral("Tab after %1 leaves the focus nowhere")
                             .arg(nameOf(seen.constLast()));
        } else if (seen.contains(now)) {
            *problems << QStringLiteral("Tab after %1 goes back to %2, never to %3")
                             .arg(nameOf(seen.constLast()), nameOf(now), nameOf(start));
        } else {
            seen.append(now);
            continue;
        }
        return seen;
    }
    *problems << QStringLiteral("Tab never comes back to %1").arg(nameOf(start));
    return seen;
}

} // namespace TabOrder

inline QStringList tabOrderProblems(QWidget *window) {
    QStringList problems;
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != window->window())
        return {QStringLiteral("nothing in the window has the focus (it is on %1)")
                    .arg(start ? TabOrder::nameOf(start) : QStringLiteral("nothing"))};
    const QList<QWidget *> cycle = TabOrder::walk(&problems);
    if (!problems.isEmpty() || cycle.size() < 2)
        return problems;
    const auto rect = [window](const QWidget *w) {
        return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
    };
    // From the top-left widget: the cycle may have started on any field.
    qsizetype first = 0;
    for (qsizetype i = 1; i < cycle.size(); ++i) {
        const QRect a = rect(cycle.at(i));
        const QRect b = rect(cycle.at(first));
        if (a.top() < b.top() || (a.top() == b.top() && a.left() < b.left()))
            first = i;
    }
    for (qsizetype n = 1; n < cycle.size(); ++n) {
        const QWidget *before = cycle.at((first + n - 1) % cycle.size());
        const QWidget *after = cycle.at((first + n) % cycle.size());
        const QRect a = rect(before);
        const QRect b = rect(after);
        const int rowTolerance = std::min(a.height(), b.height()) / 2;
        const bool sameRow = std::abs(a.center().y() - b.center().y()) <= rowTolerance;
        const bool inOrder = sameRow ? b.left() > a.left() : b.center().y() > a.center().y();
        if (!inOrder)
            problems << QStringLiteral("Tab goes from %1 at (%2, %3) to %4 at (%5, %6)")
                            .arg(TabOrder::nameOf(before))
                            .arg(a.left())
                            .arg(a.top())
                            .arg(TabOrder::nameOf(after))
                            .arg(b.left())
                            .arg(b.top());
    }
    return problems;
}
