#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a request that must not run twice. Qt 6.4's HTTP stack silently re-sends a
// request whose connection closed before any answer, whatever its method; it can only do
// so by rewinding the body, which this device refuses once a byte has been read. The
// request then fails with ContentReSendError instead of reaching the server twice.
class OneShotBody : public QIODevice {
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;
    bool reset() override { return seek(0); }
    bool atEnd() const override { return pos() >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_started = false;
};
