#include "searchkey.h"

QString SearchKey::fold(const QString &text) {
    QString out;
    out.reserve(text.size());
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

namespace {
int maskBit(char16_t c) {
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'0' && c <= u'9')
        return 26 + (c - u'0');
    switch (c) {
    case u'@':
        return 36;
    case u'.':
        return 37;
    case u'-':
        return 38;
    case u'_':
        return 39;
    case u'+':
        return 40;
    case u'\'':
        return 41;
    default:
        return 63;
    }
}
} // namespace

quint64 SearchKey::charMask(const QString &text) {
    quint64 mask = 0;
    for (const QChar c : text)
        mask |= quint64(1) << maskBit(c.unicode());
    return mask;
}

bool SearchKey::isMaskExact(QChar c) {
    return maskBit(c.unicode()) != 63;
}
