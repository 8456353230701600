#pragma once

#include <QFrame>
#include <QFutureWatcher>
#include <QImage>

class QLabel;
class QProgressBar;
class QToolButton;

// One file of the composer's strip: an icon or a thumbnail, the name, the size, and the
// buttons for its state: Remove while it waits; Cancel while it is queued or uploading
// (with the progress); Retry and Discard, with the reason, once it failed.
class AttachmentStripChip : public QFrame {
    Q_OBJECT
public:
    enum class Phase { Waiting, Queued, Uploading, Failed };
    Q_ENUM(Phase)

    AttachmentStripChip(const QString &fileName, qint64 size, const QString &mimeType,
                        QWidget *parent = nullptr);
    ~AttachmentStripChip() override;

    // Reads a thumbnail of an image off the UI thread (never the whole file on it).
    void loadThumbnail(const QString &filePath);

    void setPhase(Phase phase);
    Phase phase() const { return m_phase; }
    void setProgress(qint64 sent, qint64 total);
    void setReason(const QString &reason);
    QString fileName() const { return m_fileName; }
    bool hasThumbnail() const { return m_hasThumbnail; }

    QToolButton *removeButton() const { return m_remove; }
    QToolButton *retryButton() const { return m_retry; }
    QProgressBar *progressBar() const { return m_progress; }
    QString reason() const;

    static constexpr int IconSize = 40;
    static QString sizeText(qint64 bytes);

Q_SIGNALS:
    void removeClicked(); // Remove, Cancel or Discard, as the phase says
    void retryClicked();
    void thumbnailReady();

private:
    void updateButtons();

    QString m_fileName;
    QString m_fullReason;
    QString m_totalText; // the file's size, as shown while it waits or after a failure
    Phase m_phase = Phase::Waiting;
    bool m_hasThumbnail = false;
    QLabel *m_icon;
    QLabel *m_name;
    QLabel *m_size;
    QLabel *m_reason;
    QProgressBar *m_progress;
    QToolButton *m_retry;
    QToolButton *m_remove;
    QFutureWatcher<QImage> *m_thumbnail = nullptr;
};
