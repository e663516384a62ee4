#include "ui/facilitator/WallPages.h"

#include "platform/Workspace.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/module/BundleTextBrowser.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStackedWidget>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace reflekt {

// The wall's texts keep the translation context they had when the wall built its pages itself;
// literal QCoreApplication::translate calls, so lupdate finds them.
QLabel* WallPages::makeLabel(const QString& name, QWidget* parent, bool muted)
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

void WallPages::setPixelSize(QWidget* widget, int pixels, bool bold)
{
    QFont f = widget->font();
    f.setPixelSize(std::max(12, pixels));
    f.setBold(bold);
    widget->setFont(f);
}

namespace {

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

WallPages::WallPages(const GroupSessionController& session, QStackedWidget* stack) : m_session(session)
{
    m_cardPage = createCardPage(stack);
    m_questionPage = createQuestionPage(stack);
    m_textPage = new QWidget(stack);
    m_textPage->setObjectName(QStringLiteral("presentationTextPage"));
    auto* textLayout = new QVBoxLayout(m_textPage);
    m_text = new BundleTextBrowser(m_textPage);
    textLayout->addWidget(m_text);
    m_text->setObjectName(QStringLiteral("presentationText"));
    m_text->setAccessibleName(QCoreApplication::translate("reflekt::PresentationWindow", "Text of the step"));
    m_text->setFocusPolicy(Qt::NoFocus);
    m_text->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_text->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (QWidget* page : {m_cardPage, m_questionPage, m_textPage})
        stack->addWidget(page);
}

QString WallPages::styleSheet(const QString& root)
{
    // Calm on a projector: warm off-white on a dark slate, one muted tone for what is secondary.
    return QStringLiteral("#%1, #presentationStack > QWidget { background: #1d2327; }"
                          "#%1 QLabel { color: #f2eee5; }"
                          "#%1 QLabel[muted=\"true\"] { color: #9fb0b8; }"
                          // More specific than the rule above, which would paint the blank page slate.
                          "#presentationStack > #presentationBlank { background: #000000; }"
                          "#presentationText { background: #1d2327; color: #f2eee5; border: 0; }"
                          "#presentationTimer { color: #c9d3d8; background: rgba(0,0,0,70); "
                          "border-radius: 8px; }"
                          // The room: its address beside the question, answers as cards.
                          "#roomWallPanel { background: #263036; }"
                          "#%1 QLabel[card=\"true\"] { background: #2b363c; border-left: 6px solid #e3b65c; "
                          "padding: 12px 18px; }")
        .arg(root);
}

QWidget* WallPages::createCardPage(QStackedWidget* stack)
{
    auto* page = new QWidget(stack);
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

QWidget* WallPages::createQuestionPage(QStackedWidget* stack)
{
    auto* page = new QWidget(stack);
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

QWidget* WallPages::showCard(const QString& title, const QString& subtitle)
{
    m_cardTitle->setText(title);
    m_cardSubtitle->setText(subtitle);
    return m_cardPage;
}

QWidget* WallPages::fill(const SessionItem& item)
{
    const Bundle& bundle = m_session.bundle();
    const Module& module = m_session.module();
    switch (item.kind) {
    case SessionItem::Kind::TitleCard:
        return showCard(m_session.text(module.title), m_session.text(bundle.title));
    case SessionItem::Kind::EndCard:
        return showCard(QCoreApplication::translate("reflekt::PresentationWindow", "Thank you"), m_session.text(module.title));
    case SessionItem::Kind::Film:
        return nullptr;
    case SessionItem::Kind::Text:
    case SessionItem::Kind::Activity: {
        const Step& step = *m_session.stepOf(item);
        const QString file = m_session.workspace().path(bundle, step.document);
        if (file.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
            showDocument(file, QString::fromStdString(bundle.root.string()));
            return m_textPage;
        }
        // A printed worksheet: the wall only says what to do with it.
        return showCard(m_session.text(step.title), QCoreApplication::translate("reflekt::PresentationWindow", "Use the printed worksheet."));
    }
    case SessionItem::Kind::Question: {
        const Step& step = *m_session.stepOf(item);
        const Question& q = *m_session.questionOf(item);
        QString context = QCoreApplication::translate("reflekt::PresentationWindow", "Question %1 of %2").arg(item.questionIndex + 1).arg(item.questionCount);
        const QString intro = m_session.text(step.intro);
        if (!intro.isEmpty())
            context += QStringLiteral("  ·  ") + intro;
        m_intro->setText(context);
        m_question->setText(m_session.text(q.text));
        QString html;
        appendSubQuestions(html, q.children, {static_cast<std::size_t>(item.questionIndex)}, m_session);
        m_subQuestions->setText(html);
        m_subQuestions->setVisible(!html.isEmpty());
        return m_questionPage;
    }
    }
    return m_cardPage;
}

void WallPages::showDocument(const QString& file, const QString& bundleRoot)
{
    m_text->showMarkdownFile(file, bundleRoot);
    m_text->moveCursor(QTextCursor::Start); // loading leaves the cursor, and so the view, at the end
    spaceDocument(m_height);
}

void WallPages::spaceDocument(int height)
{
    // Markdown comes without paragraph spacing; from across a room lines need air between them.
    QTextCursor cursor(m_text->document());
    cursor.select(QTextCursor::Document);
    QTextBlockFormat format;
    format.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(std::max(6, height / 50));
    cursor.mergeBlockFormat(format);
}

int WallPages::questionPixelSize(int height)
{
    return std::max(14, height / 18);
}

int WallPages::titlePixelSize(int height)
{
    return std::max(20, height / 10);
}

void WallPages::applySizes(QSize size)
{
    const int h = size.height();
    const int w = size.width();
    m_height = h;
    setPixelSize(m_cardTitle, titlePixelSize(h), true);
    setPixelSize(m_cardSubtitle, h / 24);
    setPixelSize(m_intro, h / 34);
    setPixelSize(m_question, questionPixelSize(h), true);
    setPixelSize(m_subQuestions, h / 26);
    QFont textFont = m_text->font();
    textFont.setPixelSize(std::max(12, h / 28));
    m_text->setFont(textFont);
    m_text->document()->setDefaultFont(textFont);
    m_text->document()->setDocumentMargin(std::max(12, h / 20));
    spaceDocument(h);
    const int side = w / 12;
    for (QWidget* page : {m_cardPage, m_questionPage, m_textPage})
        page->layout()->setContentsMargins(side, h / 20, side, h / 20);
}

} // namespace reflekt
