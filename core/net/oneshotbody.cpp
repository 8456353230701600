#include "oneshotbody.h"

#include <cstring>

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data) {
    open(QIODevice::ReadOnly);
}

bool OneShotBody::seek(qint64 pos) {
    // Rewinding before the first byte left is harmless; after, it would mean a re-send.
    if (m_started && pos < this->pos())
        return false;
    return QIODevice::seek(pos);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize) {
    const qint64 offset = pos();
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - offset);
    if (n <= 0)
        return m_data.isEmpty() ? -1 : 0;
    m_started = true;
    std::memcpy(data, m_data.constData() + offset, size_t(n));
    return n;
}
