// The one mapping from meanings to colours: every state stays readable on a light and
// on a dark palette (contrast against the base and against its own tint), and the
// delegate paints what the model's ItemStateRole says.

#include "shell/statepalette.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {
// WCAG relative luminance and contrast ratio.
double luminance(const QColor &c) {
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}
QPalette lightPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    return p;
}
} // namespace

class TestStatePalette : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readable_data() {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("state");
        for (bool dark : {false, true}) {
            for (ItemState s : {ItemState::Normal, ItemState::Expired, ItemState::ExpiringSoon,
                                ItemState::Exhausted, ItemState::Inactive, ItemState::Error,
                                ItemState::Success, ItemState::Pending}) {
                const QByteArray name =
                    (dark ? "dark " : "light ") + StatePalette::name(s).toUtf8();
                QTest::newRow(name.constData()) << dark << int(s);
            }
        }
    }
    void readable() {
        QFETCH(bool, dark);
        QFETCH(int, state);
        const QPalette palette = dark ? darkPalette() : lightPalette();
        const auto s = ItemState(state);
        const QColor fg = StatePalette::foreground(s, palette);
        const QColor bg = StatePalette::background(s, palette);
        const QColor behind = bg.isValid() ? bg : palette.color(QPalette::Base);
        // 4.5:1 is WCAG AA for text; placeholder-grey states (inactive) 3:1.
        const double needed = (s == ItemState::Inactive || s == ItemState::Pending) ? 3.0 : 4.5;
        QVERIFY2(contrast(fg, behind) >= needed, qPrintable(QStringLiteral("%1 on %2: %3")
                                                                .arg(fg.name(), behind.name())
                                                                .arg(contrast(fg, behind))));
        if (bg.isValid())
            QVERIFY(bg != palette.color(QPalette::Base));
    }

    void oneErrorColour() {
        QCOMPARE(StatePalette::error(lightPalette()),
                 StatePalette::foreground(ItemState::Error, lightPalette()));
        QVERIFY(StatePalette::error(darkPalette()).lightness()
                > StatePalette::error(lightPalette()).lightness());
    }

    void errorLabelFollowsPalette() {
        QWidget parent;
        parent.setPalette(darkPalette());
        auto *label = new QLabel(QStringLiteral("x"), &parent);
        StatePalette::markError(label);
        QCOMPARE(label->palette().color(QPalette::WindowText), StatePalette::error(darkPalette()));
        StatePalette::markError(label, false);
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 darkPalette().color(QPalette::WindowText));
    }

    void delegatePaintsTheState() {
        QStandardItemModel model(2, 1);
        model.setData(model.index(0, 0), QStringLiteral("fine"));
        model.setData(model.index(1, 0), QStringLiteral("gone"));
        model.setData(model.index(1, 0), QVariant::fromValue(ItemState::Expired), ItemStateRole);
        QTableView view;
        view.setPalette(lightPalette());
        view.setModel(&model);
        view.setItemDelegate(new StateDelegate(&view));
        view.resize(200, 100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage shot = view.grab().toImage();
        const QRect expired = view.visualRect(model.index(1, 0));
        const QRect fine = view.visualRect(model.index(0, 0));
        // The tint fills the cell's corner, where no text is drawn.
        const QPoint corner(expired.right() - 2, expired.center().y());
        const QPoint fineCorner(fine.right() - 2, fine.center().y());
        const QPoint offset = view.viewport()->mapTo(&view, QPoint(0, 0));
        const QRgb tint = StatePalette::background(ItemState::Expired, lightPalette()).rgb();
        QCOMPARE(shot.pixelColor(corner + offset).rgb(), tint);
        QVERIFY(shot.pixelColor(fineCorner + offset).rgb() != tint);
    }
};

QTEST_MAIN(TestStatePalette)
#include "tst_ui_statepalette.moc"
