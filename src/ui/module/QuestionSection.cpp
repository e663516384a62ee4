#include "ui/module/QuestionSection.h"

#include "ui/widgets/Design.h"
#include "ui/widgets/StatusColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace reflekt {

namespace {

// A clock with an arrow turning back round it: "earlier versions". Drawn rather than taken from
// the icon theme so it is there on every desktop and always in the palette's own text colour.
QIcon historyIcon(const QColor& colour)
{
    QIcon icon;
    for (const int size : {16, 20, 24, 32, 48}) {
        QPixmap pixmap(size * 2, size * 2);
        pixmap.setDevicePixelRatio(2.0);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const double s = size;
        QPen pen(colour, std::max(1.5, s / 12.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        const QRectF dial(s * 0.17, s * 0.17, s * 0.66, s * 0.66);
        // The circle, open at the upper left where the arrow head sits.
        p.drawArc(dial, 150 * 16, -300 * 16);
        const QPointF end(dial.center().x() + std::cos(std::numbers::pi * 5 / 6) * dial.width() / 2,
                          dial.center().y() - std::sin(std::numbers::pi * 5 / 6) * dial.height() / 2);
        QPainterPath head;
        head.moveTo(end + QPointF(-s * 0.14, -s * 0.02));
        head.lineTo(end);
        head.lineTo(end + QPointF(s * 0.02, -s * 0.15));
        p.drawPath(head);
        // The hands: ten past the hour.
        const QPointF c = dial.center();
        p.drawLine(c, c + QPointF(0, -s * 0.2));
        p.drawLine(c, c + QPointF(s * 0.15, s * 0.08));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

Design::Type headingType(int depth)
{
    return depth <= 1 ? Design::Type::Heading3 : Design::Type::Lead;
}

} // namespace

QuestionSection::QuestionSection(const Texts& texts, NoteEditor::Saver saver, QWidget* parent)
    : QFrame(parent), m_depth(std::max(1, texts.depth))
{
    setObjectName(QStringLiteral("question_%1").arg(texts.id));
    auto* layout = new QVBoxLayout(this);
    // A question opens a new section; its sub-questions follow closer, indented under it.
    layout->setContentsMargins((m_depth - 1) * Design::space(6),
                               m_depth == 1 ? Design::space(6) : Design::space(4), 0, 0);
    layout->setSpacing(0);

    m_heading = new QLabel(texts.heading, this);
    m_heading->setObjectName(QStringLiteral("questionText_%1").arg(texts.id));
    m_heading->setAccessibleDescription(texts.languageNote);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("saveStatus_%1").arg(texts.id));
    m_status->setWordWrap(true); // a long "Not saved: …" wraps instead of widening the page

    m_editor = new NoteEditor(std::move(saver), m_status, this);
    m_editor->setObjectName(QStringLiteral("note_%1").arg(texts.id));
    // Named by the question above it, its buddy label, as a sighted user reads it (WCAG 2.5.3);
    // "Your answer to question 1" and the language note describe it.
    m_editor->setAccessibleDescription(
        texts.languageNote.isEmpty() ? texts.editorName
                                     : QStringLiteral("%1. %2").arg(texts.editorName, texts.languageNote));
    m_editor->document()->setDocumentMargin(Design::space(2));
    m_editor->setGrowsWithText(kMinLines, kMaxLines);
    m_heading->setBuddy(m_editor);

    m_history = new QToolButton(this);
    m_history->setObjectName(QStringLiteral("history_%1").arg(texts.id));
    m_history->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_history->setAutoRaise(true);
    m_history->setToolTip(texts.historyName);
    m_history->setAccessibleName(texts.historyName); // icon only: the name is what the tooltip says
    connect(m_history, &QToolButton::clicked, this, &QuestionSection::historyRequested);

    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(0, Design::space(1), 0, 0);
    footer->setSpacing(Design::space(3));
    footer->addWidget(m_status, 1, Qt::AlignTop);
    footer->addWidget(m_history, 0, Qt::AlignTop);

    layout->addWidget(m_heading);
    layout->addSpacing(Design::space(2));
    layout->addWidget(m_editor);
    layout->addLayout(footer);
    setScale(1.0);
    updateColours();
}

void QuestionSection::setScale(double scale)
{
    Design::setType(m_heading, headingType(m_depth), scale);
    if (m_depth > 1) {
        QFont f = m_heading->font();
        f.setWeight(QFont::DemiBold);
        m_heading->setFont(f);
    }
    Design::setType(m_editor, Design::Type::Body, scale);
    Design::setType(m_status, Design::Type::Small, scale);
    const int icon = static_cast<int>(std::lround(20 * std::clamp(scale, 0.7, 2.5)));
    m_history->setIconSize(QSize(icon, icon));
    m_editor->updateGeometry(); // the editor sizes itself in lines of its font
}

void QuestionSection::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
}

void QuestionSection::updateColours()
{
    QPalette statusPalette = m_status->palette(); // muted, yet 4.5:1 (docs/accessibility.md)
    statusPalette.setColor(QPalette::WindowText, StatusColors::mutedText(palette()));
    m_status->setPalette(statusPalette);
    m_history->setIcon(historyIcon(StatusColors::mutedText(palette())));
}

} // namespace reflekt
