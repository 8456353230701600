#include "composer.h"

#include "attachmentstrip.h"
#include "chat/outbox.h"
#include "composeredit.h"
#include "storage/localstore.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QLabel>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

Composer::Composer(LocalStore *store, Outbox *outbox, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_outbox(outbox)
    , m_strip(new AttachmentStrip(this))
    , m_refusal(new QLabel(this))
    , m_attach(new QToolButton(this))
    , m_edit(new ComposerEdit(this))
    , m_sender(new QComboBox(this))
    , m_senderHint(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_draftTimer(new QTimer(this)) {
    if (store && !store->path().isEmpty())
        m_spoolDirectory =
            QFileInfo(store->path()).absolutePath() + QStringLiteral("/outbox-files");
    m_strip->setOutbox(outbox);
    if (outbox && outbox->spoolDirectory().isEmpty())
        outbox->setSpoolDirectory(m_spoolDirectory);
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->hide();
    m_attach->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_attach->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_attach->setFocusPolicy(Qt::StrongFocus);
    // Focusing the composer (opening a conversation with Enter) puts the cursor in the text.
    setFocusProxy(m_edit);
    m_sender->addItem(QString(), int(OutboxItem::Sender::Agent));
    m_sender->addItem(QString(), int(OutboxItem::Sender::Client));
    m_senderHint->setWordWrap(true);
    m_senderHint->hide();
    m_send->setDefault(false);
    m_send->setAutoDefault(false);
    m_edit->setMimeHandler([this](const QMimeData *data) { return insertMimeData(data); });
    setAcceptDrops(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_attach, 0, Qt::AlignBottom);
    row->addWidget(m_edit, 1);
    row->addWidget(m_sender, 0, Qt::AlignBottom);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addStretch(); // extra height goes above: the field stays at the bottom
    column->addWidget(m_strip);
    column->addWidget(m_refusal);
    column->addWidget(m_senderHint);
    column->addLayout(row);
    setTabOrder(m_attach, m_edit);
    setTabOrder(m_edit, m_sender);
    setTabOrder(m_sender, m_send);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs());
    connect(m_draftTimer, &QTimer::timeout, this, &Composer::saveDraft);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_restoring)
            m_draftTimer->start();
        updateState();
    });
    connect(m_edit, &ComposerEdit::sendRequested, this, &Composer::send);
    connect(m_send, &QPushButton::clicked, this, &Composer::send);
    connect(m_attach, &QToolButton::clicked, this, &Composer::chooseFiles);
    connect(m_strip, &AttachmentStrip::filesChanged, this, &Composer::updateState);
    // A pasted image removed from the strip before it was sent is not kept.
    connect(m_strip, &AttachmentStrip::fileRemoved, this, [this](const QString &path) {
        if (m_outbox && !m_sending)
            m_outbox->releaseSpoolFile(path);
    });
    connect(m_sender, &QComboBox::currentIndexChanged, this, [this] {
        m_senderHint->setVisible(sender() == OutboxItem::Sender::Client);
        retranslate();
    });
    auto *attachShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    attachShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(attachShortcut, &QShortcut::activated, this, &Composer::chooseFiles);
    retranslate();
    updateState();
}

Composer::~Composer() {
    if (m_draftTimer->isActive())
        saveDraft();
}

void Composer::retranslate() {
    m_attach->setText(tr("Atta&ch…"));
    m_attach->setToolTip(tr("Attach files (Ctrl+Shift+A)"));
    m_attach->setAccessibleName(tr("Attach files"));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setPlaceholderText(sender() == OutboxItem::Sender::Client
                                   ? tr("Write on behalf of the client…")
                                   : tr("Write a message…"));
    m_sender->setAccessibleName(tr("Send as"));
    m_sender->setToolTip(tr("Who the message is from"));
    m_sender->setItemText(0, tr("Concierge"));
    m_sender->setItemText(1, tr("Client"));
    m_senderHint->setText(
        tr("This message will appear as written by the client, not by the concierge."));
    m_send->setText(tr("Sen&d"));
    m_send->setToolTip(m_edit->sendKey() == AppSettings::SendKey::Enter ? tr("Send (Enter)")
                                                                        : tr("Send (Ctrl+Enter)"));
    m_send->setAccessibleName(tr("Send"));
}

void Composer::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Composer::applySettings(const AppSettings &settings) {
    setSendKey(settings.sendKey());
    setMaxFileBytes(settings.maxAttachmentBytes());
}

void Composer::setSendKey(AppSettings::SendKey key) {
    m_edit->setSendKey(key);
    retranslate();
}

void Composer::setSpoolDirectory(const QString &path) {
    m_spoolDirectory = path;
    if (m_outbox)
        m_outbox->setSpoolDirectory(path);
}

void Composer::setMaxFileBytes(qint64 bytes) {
    if (m_outbox)
        m_outbox->setMaxFileBytes(bytes);
}

OutboxItem::Sender Composer::sender() const {
    return OutboxItem::Sender(m_sender->currentData().toInt());
}

void Composer::setSender(OutboxItem::Sender sender) {
    m_sender->setCurrentIndex(m_sender->findData(int(sender)));
}

QString Composer::text() const {
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text) {
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

QStringList Composer::files() const {
    return m_strip->files();
}

QString Composer::refusal() const {
    return m_refusal->isVisible() ? m_refusal->text() : QString();
}

void Composer::setConversationId(const QString &conversationId) {
    if (conversationId == m_conversationId)
        return;
    if (m_draftTimer->isActive()) {
        m_draftTimer->stop();
        saveDraft();
    }
    m_conversationId = conversationId;
    m_restoring = true;
    setText(m_store && !conversationId.isEmpty() ? m_store->draft(conversationId) : QString());
    m_restoring = false;
    m_strip->clearFiles();
    m_strip->setConversationId(conversationId);
    showRefusal({});
    setSender(OutboxItem::Sender::Agent); // writing as the client is chosen each time
    updateState();
}

void Composer::saveDraft() {
    if (!m_store || m_conversationId.isEmpty())
        return;
    const QString text = m_edit->toPlainText();
    const bool ok = text.trimmed().isEmpty() ? m_store->removeDraft(m_conversationId)
                                             : m_store->saveDraft(m_conversationId, text);
    if (ok)
        Q_EMIT draftSaved(m_conversationId);
}

void Composer::showRefusal(const QStringList &reasons) {
    m_refusal->setText(reasons.join(QLatin1Char('\n')));
    m_refusal->setAccessibleName(m_refusal->text());
    m_refusal->setVisible(!reasons.isEmpty());
}

void Composer::updateState() {
    const bool open = !m_conversationId.isEmpty() && m_outbox;
    m_edit->setEnabled(open);
    m_attach->setEnabled(open);
    m_sender->setEnabled(open);
    m_send->setEnabled(open && (!m_edit->toPlainText().trimmed().isEmpty() || !files().isEmpty()));
}

int Composer::addFiles(const QStringList &paths) {
    if (m_conversationId.isEmpty() || !m_outbox)
        return 0;
    QStringList refused;
    int added = 0;
    const QMimeDatabase mimes;
    for (const QString &path : paths) {
        const QString why = m_outbox->checkFile(path);
        if (!why.isEmpty()) {
            refused << tr("Not attached: %1").arg(why);
            continue;
        }
        const QFileInfo info(path);
        const QString type = mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension).name();
        if (m_strip->addFile(info.absoluteFilePath(), info.size(), type))
            ++added;
    }
    showRefusal(refused);
    return added;
}

QString Composer::savePastedImage(const QImage &image, QString *error) {
    if (m_spoolDirectory.isEmpty() || !QDir().mkpath(m_spoolDirectory)) {
        *error = tr("The pasted image cannot be kept: no folder for it.");
        return {};
    }
    // Kept until sent: the outbox streams it from here, also after a restart.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QDir(m_spoolDirectory).filePath(tr("pasted-image-%1.png").arg(stamp));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(m_spoolDirectory).filePath(tr("pasted-image-%1-%2.png").arg(stamp).arg(n));
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        *error = tr("The pasted image cannot be kept: %1").arg(writer.errorString());
        return {};
    }
    return path;
}

bool Composer::insertMimeData(const QMimeData *data) {
    if (!data || m_conversationId.isEmpty())
        return false;
    QStringList files;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (!files.isEmpty()) {
        // A file manager may put the image's bytes beside its URL: the file wins.
        addFiles(files);
        return true;
    }
    if (data->hasImage()) {
        const QImage image = qvariant_cast<QImage>(data->imageData());
        QString error;
        const QString path = image.isNull() ? QString() : savePastedImage(image, &error);
        if (path.isEmpty()) {
            showRefusal({error.isEmpty() ? tr("The pasted image is empty.") : error});
            return true;
        }
        addFiles({path});
        return true;
    }
    if (data->hasText()) {
        m_edit->insertPlainText(data->text());
        return true;
    }
    return false;
}

void Composer::chooseFiles() {
    if (m_conversationId.isEmpty())
        return;
    // Not exec(): the window stays live while the picker is open.
    auto *dialog = new QFileDialog(this, tr("Attach files"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this,
            [this](const QStringList &paths) { addFiles(paths); });
    dialog->open();
}

bool Composer::send() {
    if (!m_outbox || m_conversationId.isEmpty())
        return false;
    const QString text = m_edit->toPlainText().trimmed();
    const QStringList files = m_strip->files();
    if (text.isEmpty() && files.isEmpty())
        return false;
    QList<qint64> ids;
    QStringList refused;
    QString error;
    if (!text.isEmpty()) {
        const qint64 id = m_outbox->queueText(m_conversationId, text, sender(), &error);
        if (id == 0) {
            showRefusal({error}); // the text stays, nothing else is queued
            return false;
        }
        ids << id;
        m_restoring = true;
        m_edit->clear();
        m_restoring = false;
        m_draftTimer->stop();
        if (m_store)
            m_store->removeDraft(m_conversationId);
    }
    m_sending = true; // the files move to the outbox: not released
    for (const QString &file : files) {
        const qint64 id = m_outbox->queueFile(m_conversationId, file, sender(), &error);
        if (id == 0) {
            refused << tr("Not sent: %1").arg(error); // stays in the strip
            continue;
        }
        ids << id;
        m_strip->removeFile(file);
    }
    m_sending = false;
    showRefusal(refused);
    updateState();
    if (!ids.isEmpty())
        Q_EMIT sent(m_conversationId, ids);
    m_edit->setFocus();
    return !ids.isEmpty();
}

void Composer::dragEnterEvent(QDragEnterEvent *event) {
    if (ComposerEdit::hasAttachments(event->mimeData()) && !m_conversationId.isEmpty())
        event->acceptProposedAction();
}

void Composer::dragMoveEvent(QDragMoveEvent *event) {
    if (ComposerEdit::hasAttachments(event->mimeData()) && !m_conversationId.isEmpty())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event) {
    if (insertMimeData(event->mimeData()))
        event->acceptProposedAction();
}
