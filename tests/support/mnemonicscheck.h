#pragma once

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QStringList>
#include <QWidget>

// What is wrong with the mnemonics of a dialog (empty: nothing): every label that
// shows a mnemonic has a buddy that takes the focus (a label without one shows its
// '&' as it is), and no two visible labels, buttons or group boxes share a letter.
// In a test: const QStringList p = mnemonicProblems(&dialog);
//            QVERIFY2(p.isEmpty(), qPrintable(p.join(u'\n')));
inline QChar mnemonicOf(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// taken: texts whose letters are already claimed in the window (a page inside the main
// window shares Alt with the menu bar's titles).
inline QStringList mnemonicProblems(QWidget *dialog, const QStringList &taken = {}) {
    QStringList problems;
    QHash<QChar, QString> owners;
    for (const QString &text : taken) {
        if (!mnemonicOf(text).isNull())
            owners.insert(mnemonicOf(text), text);
    }
    auto claim = [&](QChar letter, const QString &text) {
        if (letter.isNull())
            return;
        if (owners.contains(letter))
            problems << QStringLiteral("Alt+%1 is used by \"%2\" and \"%3\"")
                            .arg(letter.toUpper(), owners.value(letter), text);
        else
            owners.insert(letter, text);
    };
    const auto labels = dialog->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisibleTo(dialog))
            continue;
        const QChar letter = mnemonicOf(label->text());
        if (letter.isNull())
            continue;
        if (!label->buddy())
            problems << QStringLiteral("\"%1\" has no buddy: its & is shown").arg(label->text());
        else if (!(label->buddy()->focusPolicy() & Qt::TabFocus))
            problems << QStringLiteral("\"%1\" points at a %2 that takes no focus")
                            .arg(label->text(),
                                 QString::fromLatin1(label->buddy()->metaObject()->className()));
        claim(letter, label->text());
    }
    const auto buttons = dialog->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->isVisibleTo(dialog))
            claim(mnemonicOf(button->text()), button->text());
    }
    const auto boxes = dialog->findChildren<QGroupBox *>();
    for (QGroupBox *box : boxes) {
        if (box->isVisibleTo(dialog))
            claim(mnemonicOf(box->title()), box->title());
    }
    return problems;
}
