#pragma once

#include <QString>
#include <QStringList>

// The tag codes of a pasted list (a spreadsheet column, codes typed with commas...):
// one code per line, tab, comma or semicolon; spaces inside a code are kept (some
// write a badge's UID in bytes "04 A2 3B"). Trimmed, blanks dropped, each code once in
// its first place.
class TagCodeList {
public:
    static QStringList parse(const QString &text);
};
