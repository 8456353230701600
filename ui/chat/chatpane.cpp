#include "chatpane.h"

#include "chat/conversationsmodel.h"
#include "starrating.h"
#include "timelineview.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

ChatPane::ChatPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget)
    , m_placeholder(new QLabel)
    , m_subject(new QLineEdit)
    , m_client(new QLabel)
    , m_status(new QLabel)
    , m_rating(new StarRating)
    , m_close(new QPushButton)
    , m_error(new QLabel)
    , m_timeline(new TimelineView)
    , m_composerSlot(new QVBoxLayout) {
    setObjectName(QStringLiteral("chatPane"));
    m_placeholder->setText(tr("Choose a conversation in the list, or start a new one (Ctrl+N)."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setToolTip(tr("Edit the subject, then press Enter"));
    QFont big = m_subject->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_subject->setFont(big);
    m_subject->setFrame(false);
    m_subject->setMaxLength(255);
    connect(m_subject, &QLineEdit::returnPressed, this, &ChatPane::applySubject);
    m_subject->installEventFilter(this);

    m_client->setObjectName(QStringLiteral("clientLabel"));
    m_client->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long name and address must not widen the pane, and with it the window: the
    // label gives way (its tooltip keeps the whole text).
    m_client->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_client->setMinimumWidth(12 * fontMetrics().averageCharWidth());
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_rating->setObjectName(QStringLiteral("ratingStars"));
    connect(m_rating, &StarRating::ratingEdited, this, &ChatPane::ratingEdited);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_open)
            Q_EMIT closeRequested();
        else
            Q_EMIT reopenRequested();
    });

    auto *subjectLabel = new QLabel(tr("&Subject:"));
    subjectLabel->setBuddy(m_subject);
    auto *ratingLabel = new QLabel(tr("&Rating:"));
    ratingLabel->setBuddy(m_rating);

    auto *header = new QWidget;
    header->setObjectName(QStringLiteral("conversationHeader"));
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(10, 8, 10, 6);
    grid->addWidget(subjectLabel, 0, 0);
    grid->addWidget(m_subject, 0, 1, 1, 3);
    grid->addWidget(m_close, 0, 4);
    grid->addWidget(m_client, 1, 1);
    grid->addWidget(m_status, 1, 2);
    auto *ratingBox = new QHBoxLayout;
    ratingBox->addStretch();
    ratingBox->addWidget(ratingLabel);
    ratingBox->addWidget(m_rating);
    grid->addLayout(ratingBox, 1, 3, 1, 2);
    grid->setColumnStretch(1, 1);

    m_error->setObjectName(QStringLiteral("chatError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setContentsMargins(10, 4, 10, 4);
    m_error->setAutoFillBackground(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::Window, palette().color(QPalette::ToolTipBase));
    errorPalette.setColor(QPalette::WindowText, palette().color(QPalette::ToolTipText));
    m_error->setPalette(errorPalette);

    auto *line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *conversation = new QWidget;
    auto *layout = new QVBoxLayout(conversation);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(line);
    layout->addWidget(m_error);
    layout->addWidget(m_timeline, 1);
    m_composerSlot->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_composerSlot);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(conversation);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    showNothing();
}

ChatPane::~ChatPane() = default;

void ChatPane::setComposer(QWidget *composer) {
    if (m_composer == composer)
        return;
    delete m_composer;
    m_composer = composer;
    if (composer)
        m_composerSlot->addWidget(composer);
}

void ChatPane::setDropHandler(std::function<bool(const QMimeData *)> accepts,
                              std::function<bool(const QMimeData *)> take) {
    m_dropAccepts = std::move(accepts);
    m_dropTake = std::move(take);
    setAcceptDrops(bool(m_dropTake));
}

bool ChatPane::acceptsDrop(const QMimeData *data) const {
    return m_dropAccepts && m_stack->currentIndex() == 1 && m_dropAccepts(data);
}

void ChatPane::dragEnterEvent(QDragEnterEvent *event) {
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void ChatPane::dragMoveEvent(QDragMoveEvent *event) {
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void ChatPane::dropEvent(QDropEvent *event) {
    if (acceptsDrop(event->mimeData()) && m_dropTake(event->mimeData()))
        event->acceptProposedAction();
}

void ChatPane::showNothing() {
    m_conversationId = 0;
    m_stack->setCurrentWidget(m_placeholder);
}

void ChatPane::showConversation(const IndexedConversation &entry) {
    m_conversationId = entry.conversation.id;
    m_subject->clear();
    m_shownSubject.clear();
    clearError();
    updateConversation(entry);
    m_stack->setCurrentIndex(1);
}

void ChatPane::updateConversation(const IndexedConversation &entry) {
    if (entry.conversation.id != m_conversationId)
        return;
    const Conversation &c = entry.conversation;
    // An edit the user is making is not overwritten by a listing.
    if (m_subject->text() == m_shownSubject || !m_subject->hasFocus())
        m_subject->setText(c.subject);
    m_shownSubject = c.subject;
    const QString client = ConversationsModel::clientText(entry);
    // The name, and the address in the tooltip: the line stays short in a narrow pane.
    m_client->setText(client);
    m_client->setToolTip(entry.clientEmail.isEmpty() || entry.clientEmail == client
                             ? client
                             : tr("%1 <%2>").arg(client, entry.clientEmail));
    m_status->setText(ConversationsModel::statusText(c.status));
    m_rating->setRating(c.rating);
    m_open = c.isOpen();
    m_close->setText(m_open ? tr("C&lose") : tr("Re&open"));
    m_close->setToolTip(m_open ? tr("Close the conversation") : tr("Reopen the conversation"));
}

void ChatPane::applySubject() {
    const QString subject = m_subject->text().trimmed();
    if (subject == m_shownSubject)
        return;
    if (subject.isEmpty()) {
        showError(tr("The subject cannot be empty."), QStringLiteral("subject"));
        m_subject->setText(m_shownSubject);
        return;
    }
    Q_EMIT subjectEdited(subject);
}

void ChatPane::setBusy(bool busy) {
    m_subject->setReadOnly(busy);
    m_rating->setReadOnly(busy);
    m_close->setEnabled(!busy);
}

void ChatPane::showError(const QString &message, const QString &source) {
    m_error->setText(message);
    m_error->setVisible(true);
    if (source == QLatin1String("subject")) {
        m_subject->setFocus();
        m_subject->selectAll();
    } else if (source == QLatin1String("rating")) {
        m_rating->setFocus();
    }
}

void ChatPane::clearError() {
    m_error->clear();
    m_error->setVisible(false);
}

bool ChatPane::eventFilter(QObject *watched, QEvent *event) {
    // Escape in the subject gives the edit up.
    if (watched == m_subject && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
        && m_subject->text() != m_shownSubject) {
        m_subject->setText(m_shownSubject);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
