#pragma once

#include <QString>

// How the client directory's search keys are made, the same for the rows (once each)
// and for what is typed (per keystroke).
namespace SearchKey {
// Lower case without accents ("Zoé" → "zoe"), so that what staff type without accents
// still finds accented names.
QString fold(const QString &text);
// One bit per letter, digit and common email punctuation in text (bit 63: anything
// else). A row whose key lacks a bit of a word cannot contain the word; for
// one-character words the bit is the whole answer.
quint64 charMask(const QString &text);
bool isMaskExact(QChar c);
} // namespace SearchKey
