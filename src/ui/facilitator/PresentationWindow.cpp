#include "ui/facilitator/PresentationWindow.h"

#include "platform/Workspace.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/module/BundleTextBrowser.h"
#include "ui/player/FilmPlayer.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace reflekt {

namespace {

// Calm on a projector: warm off-white on a dark slate, one muted tone for what is secondary.
const auto kStyle =
    QStringLiteral("#presentationWindow, #presentationStack > QWidget { background: #1d2327; }"
                   "#presentationWindow QLabel { color: #f2eee5; }"
                   "#presentationWindow QLabel[muted=\"true\"] { color: #9fb0b8; }"
                   // More specific than the rule above, which would paint the blank page slate.
                   "#presentationStack > #presentationBlank { background: #000000; }"
                   "#presentationText { background: #1d2327; color: #f2eee5; border: 0; }"
                   "#presentationTimer { color: #c9d3d8; background: rgba(0,0,0,70); border-radius: 8px; }");

QLabel* makeLabel(const QString& name, QWidget* parent, bool muted = false)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setFocusPolicy(Qt::NoFocus);
    if (muted)
        label->setProperty("muted", true);
    return label;
}

void setPixelSize(QWidget* widget, int pixels, bool bold = false)
{
    QFont f = widget->font();
    f.setPixelSize(std::max(12, pixels));
    f.setBold(bold);
    widget->setFont(f);
}

void appendSubQuestions(QString& html, const std::vector<Question>& questions, std::vector<std::size_t> path,
                        const GroupSessionController& session)
{
    for (std::size_t i = 0; i < questions.size(); ++i) {
        path.push_back(i);
        const int indent = static_cast<int>(path.size() - 2) * 48;
        html += QStringLiteral(
                    "<p style=\"margin-left:%1px; margin-top:0.4em\"><span style=\"color:#9fb0b8\">%2</span>"
                    "&nbsp;&nbsp;%3</p>")
                    .arg(indent)
                    .arg(QString::fromStdString(questionNumber(path)))
                    .arg(session.text(questions[i].text).toHtmlEscaped());
        appendSubQuestions(html, questions[i].children, path, session);
        path.pop_back();
    }
}

} // namespace

PresentationWindow::PresentationWindow(GroupSessionController& session, QWidget* parent)
    : QWidget(parent, Qt::Window), m_session(session), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("presentationWindow"));
    setWindowTitle(tr("Reflekt presentation"));
    setAccessibleName(tr("Presentation for the projector"));
    setAttribute(Qt::WA_StyledBackground);
    setFocusPolicy(Qt::StrongFocus);
    setStyleSheet(kStyle);
    setMinimumSize(480, 270);

    m_stack->setObjectName(QStringLiteral("presentationStack"));
    m_stack->setFocusPolicy(Qt::NoFocus);
    m_cardPage = createCardPage();
    m_questionPage = createQuestionPage();

    m_filmPage = new QWidget(m_stack);
    m_filmPage->setObjectName(QStringLiteral("presentationFilmPage"));
    m_filmLayout = new QVBoxLayout(m_filmPage);
    m_filmLayout->setContentsMargins(0, 0, 0, 0);

    m_textPage = new QWidget(m_stack);
    m_textPage->setObjectName(QStringLiteral("presentationTextPage"));
    auto* textLayout = new QVBoxLayout(m_textPage);
    m_text = new BundleTextBrowser(m_textPage);
    textLayout->addWidget(m_text);
    m_text->setObjectName(QStringLiteral("presentationText"));
    m_text->setAccessibleName(tr("Text of the step"));
    m_text->setFocusPolicy(Qt::NoFocus);
    m_text->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_blankPage = new QWidget(m_stack);
    m_blankPage->setObjectName(QStringLiteral("presentationBlank"));
    m_blankPage->setAttribute(Qt::WA_StyledBackground);
    m_blankPage->setCursor(Qt::BlankCursor); // true black: no text, no timer, no pointer

    for (QWidget* page : {m_cardPage, m_questionPage, m_filmPage, m_textPage, m_blankPage})
        m_stack->addWidget(page);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_timer = makeLabel(QStringLiteral("presentationTimer"), this);
    m_timer->setWordWrap(false);
    m_timer->setAccessibleName(tr("Discussion time"));
    m_timer->setAlignment(Qt::AlignCenter);
    m_timer->setAttribute(Qt::WA_StyledBackground);

    session.setPager([this](int direction) { return page(direction); });
    connect(&session, &GroupSessionController::currentChanged, this, &PresentationWindow::showItem);
    connect(&session, &GroupSessionController::blankChanged, this, &PresentationWindow::applyBlank);
    connect(&session, &GroupSessionController::playPauseRequested, this, [this] {
        if (m_player)
            m_player->togglePlay();
    });
    connect(&session, &GroupSessionController::clockChanged, this, &PresentationWindow::updateTimer);
    connect(&session, &GroupSessionController::wallTimerVisibleChanged, this,
            &PresentationWindow::updateTimer);
    resize(960, 540);
    showItem(session.currentIndex());
}

PresentationWindow::~PresentationWindow()
{
    m_session.setPager({});
    releaseFilm();
}

QWidget* PresentationWindow::createCardPage()
{
    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("presentationCard"));
    m_cardTitle = makeLabel(QStringLiteral("cardTitle"), page);
    m_cardTitle->setAlignment(Qt::AlignCenter);
    m_cardSubtitle = makeLabel(QStringLiteral("cardSubtitle"), page, true);
    m_cardSubtitle->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(3);
    layout->addWidget(m_cardTitle);
    layout->addSpacing(24);
    layout->addWidget(m_cardSubtitle);
    layout->addStretch(4);
    return page;
}

QWidget* PresentationWindow::createQuestionPage()
{
    auto* page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("presentationQuestionPage"));
    m_intro = makeLabel(QStringLiteral("questionContext"), page, true);
    m_question = makeLabel(QStringLiteral("questionText"), page);
    m_subQuestions = makeLabel(QStringLiteral("subQuestions"), page);
    m_subQuestions->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_intro);
    layout->addStretch(1);
    layout->addWidget(m_question);
    layout->addSpacing(16);
    layout->addWidget(m_subQuestions);
    layout->addStretch(2);
    return page;
}

void PresentationWindow::showItem(int index)
{
    const SessionItem& item = m_session.items()[static_cast<std::size_t>(index)];
    const Bundle& bundle = m_session.bundle();
    const Module& module = m_session.module();
    if (item.kind != SessionItem::Kind::Film)
        releaseFilm();
    QWidget* target = m_cardPage;
    switch (item.kind) {
    case SessionItem::Kind::TitleCard:
        m_cardTitle->setText(m_session.text(module.title));
        m_cardSubtitle->setText(m_session.text(bundle.title));
        break;
    case SessionItem::Kind::EndCard:
        m_cardTitle->setText(tr("Thank you"));
        m_cardSubtitle->setText(m_session.text(module.title));
        break;
    case SessionItem::Kind::Film:
        showFilm(item.stepIndex);
        target = m_filmPage;
        break;
    case SessionItem::Kind::Text:
    case SessionItem::Kind::Activity: {
        const Step& step = *m_session.stepOf(item);
        const QString file = m_session.workspace().path(bundle, step.document);
        if (file.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
            showDocument(file, QString::fromStdString(bundle.root.string()));
            target = m_textPage;
        } else {
            // A printed worksheet: the wall only says what to do with it.
            m_cardTitle->setText(m_session.text(step.title));
            m_cardSubtitle->setText(tr("Use the printed worksheet."));
        }
        break;
    }
    case SessionItem::Kind::Question: {
        const Step& step = *m_session.stepOf(item);
        const Question& q = *m_session.questionOf(item);
        QString context = tr("Question %1 of %2").arg(item.questionIndex + 1).arg(item.questionCount);
        const QString intro = m_session.text(step.intro);
        if (!intro.isEmpty())
            context += QStringLiteral("  ·  ") + intro;
        m_intro->setText(context);
        m_question->setText(m_session.text(q.text));
        QString html;
        appendSubQuestions(html, q.children, {static_cast<std::size_t>(item.questionIndex)}, m_session);
        m_subQuestions->setText(html);
        m_subQuestions->setVisible(!html.isEmpty());
        target = m_questionPage;
        break;
    }
    }
    if (m_session.isBlank())
        m_beforeBlank = target;
    else
        m_stack->setCurrentWidget(target);
    applySizes();
    if (target == m_textPage)
        m_text->verticalScrollBar()->setValue(0); // after the new type size has laid it out
    updateTimer();
}

void PresentationWindow::showFilm(int stepIndex)
{
    if (m_player && m_filmStep == stepIndex)
        return;
    releaseFilm();
    const Step& step = m_session.module().steps[static_cast<std::size_t>(stepIndex)];
    m_player = new FilmPlayer(FilmPlayer::Mode::Presentation, m_filmPage);
    m_player->setObjectName(QStringLiteral("presentationPlayer"));
    m_filmLayout->addWidget(m_player);
    m_filmStep = stepIndex;
    const auto saved = m_filmPositions.find(stepIndex);
    m_player->load(FilmSource::fromStep(m_session.workspace(), m_session.bundle(), step),
                   saved == m_filmPositions.end() ? 0.0 : saved->second);
    // A room needs the captions: on, in the content language when the film has it.
    const QStringList languages = m_player->captionLanguages();
    if (m_player->captionLanguage().isEmpty() && !languages.isEmpty()) {
        const QString preferred = m_session.workspace().contentLanguage();
        m_player->setCaptionLanguage(languages.contains(preferred) ? preferred : languages.first());
    }
    Q_EMIT filmChanged(m_player);
    if (!m_session.isBlank())
        m_player->play();
}

void PresentationWindow::releaseFilm()
{
    if (!m_player)
        return;
    m_filmPositions[m_filmStep] = m_player->position();
    m_player->stop();
    delete m_player;
    m_filmStep = -1;
    Q_EMIT filmChanged(nullptr);
}

void PresentationWindow::showDocument(const QString& file, const QString& bundleRoot)
{
    m_text->showMarkdownFile(file, bundleRoot);
    m_text->moveCursor(QTextCursor::Start); // loading leaves the cursor, and so the view, at the end
    spaceDocument();
}

void PresentationWindow::spaceDocument()
{
    // Markdown comes without paragraph spacing; from across a room lines need air between them.
    QTextCursor cursor(m_text->document());
    cursor.select(QTextCursor::Document);
    QTextBlockFormat format;
    format.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(std::max(6, height() / 50));
    cursor.mergeBlockFormat(format);
}

bool PresentationWindow::page(int direction)
{
    if (m_session.isBlank() || m_stack->currentWidget() != m_textPage)
        return false;
    QScrollBar* bar = m_text->verticalScrollBar();
    const int before = bar->value();
    bar->setValue(before + direction * std::max(1, bar->pageStep() * 9 / 10));
    return bar->value() != before;
}

void PresentationWindow::applyBlank(bool blank)
{
    if (blank) {
        m_beforeBlank = m_stack->currentWidget();
        m_stack->setCurrentWidget(m_blankPage);
        if (m_player)
            m_player->pause();
    } else if (m_beforeBlank) {
        m_stack->setCurrentWidget(m_beforeBlank);
        m_beforeBlank = nullptr;
    }
    updateTimer();
}

int PresentationWindow::questionPixelSize() const
{
    return std::max(14, height() / 18);
}

int PresentationWindow::titlePixelSize() const
{
    return std::max(20, height() / 10);
}

void PresentationWindow::applySizes()
{
    const int h = height();
    const int w = width();
    setPixelSize(m_cardTitle, titlePixelSize(), true);
    setPixelSize(m_cardSubtitle, h / 24);
    setPixelSize(m_intro, h / 34);
    setPixelSize(m_question, questionPixelSize(), true);
    setPixelSize(m_subQuestions, h / 26);
    setPixelSize(m_timer, h / 30);
    QFont textFont = m_text->font();
    textFont.setPixelSize(std::max(12, h / 28));
    m_text->setFont(textFont);
    m_text->document()->setDefaultFont(textFont);
    m_text->document()->setDocumentMargin(std::max(12, h / 20));
    spaceDocument();
    const int side = w / 12;
    for (QWidget* page : {m_cardPage, m_questionPage, m_textPage})
        page->layout()->setContentsMargins(side, h / 20, side, h / 20);
    m_timer->adjustSize();
    const int margin = std::max(8, h / 40);
    m_timer->move(w - m_timer->width() - margin, h - m_timer->height() - margin);
}

void PresentationWindow::updateTimer()
{
    const SessionItem& item = m_session.currentItem();
    const bool show =
        m_session.isWallTimerVisible() && !m_session.isBlank() && item.kind == SessionItem::Kind::Question;
    if (show) {
        const qint64 seconds = m_session.itemElapsedMs() / 1000;
        QString text = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
        if (item.plannedMinutes)
            text = tr("%1 of %2 min").arg(text).arg(*item.plannedMinutes);
        m_timer->setText(QStringLiteral("  %1  ").arg(text));
        m_timer->adjustSize();
        const int margin = std::max(8, height() / 40);
        m_timer->move(width() - m_timer->width() - margin, height() - m_timer->height() - margin);
        m_timer->raise();
    }
    m_timer->setVisible(show);
}

void PresentationWindow::placeOn(QScreen* screen, bool fullScreen)
{
    if (!screen)
        return;
    if (isFullScreen())
        showNormal();
    // The screen first, then the geometry: where each screen is its own X screen (both at 0,0),
    // the geometry alone would never leave the first one. Moving there recreates the native
    // window, which Qt leaves unmapped unless the widget is hidden first and shown again below.
    if (screen != this->screen()) {
        hide();
        setScreen(screen);
    }
    const QRect area = fullScreen ? screen->geometry() : screen->availableGeometry();
    if (fullScreen) {
        setGeometry(area);
        showFullScreen();
        setCursor(Qt::BlankCursor);
    } else {
        const QSize size(std::min(960, area.width() * 2 / 3), std::min(540, area.height() * 2 / 3));
        setGeometry(QRect(area.topLeft() + QPoint(area.width() - size.width() - 24, 48), size));
        unsetCursor();
        show();
    }
    raise();
}

void PresentationWindow::keyPressEvent(QKeyEvent* event)
{
    if (m_session.execute(ClickerKeys::command(*event, m_session.keyContext())))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void PresentationWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applySizes();
}

void PresentationWindow::closeEvent(QCloseEvent* event)
{
    if (m_allowClose) {
        releaseFilm();
        event->accept();
        return;
    }
    // Closing the wall is ending the presentation: the console asks first.
    event->ignore();
    Q_EMIT m_session.endRequested();
}

} // namespace reflekt
