#include "export/ExportTextLayout.h"

#include "export/ExportFonts.h"
#include "export/ExportLabels.h"

#include <QRegularExpression>
#include <QTextDocument>
#include <QTextList>

namespace reflekt {

namespace {

const QColor kInk(0x1d, 0x23, 0x29);
const QColor kMuted(0x5f, 0x6b, 0x76);
const QColor kAccent(0x1f, 0x4e, 0x79);
constexpr double kIndentPerLevel = 18.0; // points per sub-question level

} // namespace

void ExportTextLayout::build(QTextDocument& out, const ExportDocument& doc, double indentPerPoint)
{
    ExportTextLayout layout(out, doc, indentPerPoint);
    layout.titlePage();
    if (doc.session) {
        layout.session(*doc.session);
        return;
    }
    if (doc.packages.empty())
        layout.block(Style::Body, ExportLabels::noNotes(), 0, true);
    for (const auto& p : doc.packages)
        layout.package(p);
}

ExportTextLayout::ExportTextLayout(QTextDocument& out, const ExportDocument& doc, double indentPerPoint)
    : m_out(out), m_doc(doc), m_indentScale(indentPerPoint), m_cursor(&out), m_family(ExportFonts::family())
{
    QFont font(m_family);
    font.setPointSizeF(10.5);
    m_out.setDefaultFont(font);
    m_out.setDocumentMargin(0);
    m_out.setMetaInformation(QTextDocument::DocumentTitle, doc.title);
}

void ExportTextLayout::titlePage()
{
    // The layout drops the top margin of a page's first block, so an empty block pushes the title down.
    QTextBlockFormat spacer;
    spacer.setBottomMargin(px(150));
    m_cursor.setBlockFormat(spacer);
    m_firstBlock = false;
    block(Style::Label, ExportLabels::kind(m_doc).toUpper());
    block(Style::Title, m_doc.title);
    if (!m_doc.subtitle.isEmpty())
        block(Style::Subtitle, m_doc.subtitle);
    detail(ExportLabels::owner(m_doc), m_doc.participant, 48);
    if (m_doc.packages.size() == 1 && !m_doc.session)
        detail(ExportLabels::package(),
               ExportLabels::packageWithVersion(m_doc.packages[0].title, m_doc.packages[0].version));
    if (m_doc.session)
        detail(ExportLabels::date(), m_doc.formatDate(m_doc.session->started));
    detail(ExportLabels::exported(), m_doc.formatDate(m_doc.exportedAt));
}

void ExportTextLayout::detail(const QString& label, const QString& value, double topMargin)
{
    QTextBlockFormat bf = blockFormat(Style::Body, 0);
    bf.setTopMargin(px(topMargin));
    bf.setBottomMargin(px(4));
    m_cursor.insertBlock(bf, charFormat(Style::Body));
    QTextCharFormat labelFormat = charFormat(Style::Muted);
    m_cursor.insertText(label + QStringLiteral(": "), labelFormat);
    m_cursor.insertText(value, charFormat(Style::Body));
}

void ExportTextLayout::package(const ExportPackage& package)
{
    bool pageBreak = true; // the body starts after the title page
    if (m_doc.packages.size() > 1) {
        block(Style::Heading1, package.title, 0, true);
        pageBreak = false;
    }
    for (const auto& m : package.modules) {
        if (pageBreak) {
            block(Style::Heading2, m.title, 0, true);
            pageBreak = false;
        } else {
            block(Style::Heading2, m.title);
        }
        module(m);
    }
    if (!package.earlierNotes.empty()) {
        block(Style::Heading2, ExportLabels::earlierNotes(), 0, pageBreak);
        earlierNotes(package);
    } else if (pageBreak && package.modules.empty()) {
        block(Style::Body, ExportLabels::noNotes(), 0, true);
    }
}

void ExportTextLayout::module(const ExportModule& module)
{
    if (module.steps.empty())
        block(Style::Muted, ExportLabels::noQuestions());
    steps(module.steps);
}

void ExportTextLayout::steps(const std::vector<ExportStep>& steps)
{
    for (const auto& step : steps) {
        if (steps.size() > 1)
            block(Style::Heading3, step.title);
        if (!step.intro.isEmpty())
            block(Style::Muted, step.intro);
        for (const auto& q : step.questions)
            question(q);
    }
}

void ExportTextLayout::question(const ExportQuestion& q)
{
    const double indent = q.depth * kIndentPerLevel;
    block(Style::Question, q.number + QStringLiteral("   ") + q.text, indent);
    if (!q.answered) {
        QTextCharFormat cf = charFormat(Style::Muted);
        cf.setFontItalic(true);
        m_cursor.insertBlock(blockFormat(Style::Answer, indent), cf);
        m_cursor.insertText(ExportLabels::unanswered(m_doc), cf);
        return;
    }
    block(Style::Answer, q.answer, indent);
    block(Style::Small, ExportLabels::lastEdited(m_doc, q.edited), indent);
}

void ExportTextLayout::earlierNotes(const ExportPackage& package)
{
    block(Style::Muted, ExportLabels::earlierNotesIntro());
    for (const auto& note : package.earlierNotes) {
        block(Style::Question, ExportLabels::earlierNoteHeading(note));
        block(Style::Answer, note.text);
        block(Style::Small, ExportLabels::lastEdited(m_doc, note.edited));
    }
}

void ExportTextLayout::session(const ExportSession& s)
{
    block(Style::Heading2, ExportLabels::kind(m_doc), 0, true);
    detail(ExportLabels::module(), s.moduleTitle, 6);
    detail(ExportLabels::package(), s.packageTitle);
    detail(ExportLabels::facilitator(), s.facilitator);
    // One meeting is the common case: its date and what was covered sit with the other details.
    const bool single = s.meetings.size() == 1;
    if (single) {
        detail(ExportLabels::date(), ExportLabels::onlyMeetingWhen(m_doc, s));
        covered(s.meetings[0].covered);
    } else {
        detail(ExportLabels::date(), ExportLabels::sessionDates(m_doc, s));
    }
    block(Style::Heading3, ExportLabels::attendees());
    QStringList names = s.profiles;
    for (const QString& g : s.guests)
        names << ExportLabels::guest(g);
    QTextList* list = nullptr;
    for (const QString& name : names)
        listItem(list, name, 1);
    if (!single)
        for (const ExportMeeting& m : s.meetings) {
            block(Style::Heading3, ExportLabels::meetingHeading(m_doc, m));
            detail(ExportLabels::attendees(), ExportLabels::attendeeLine(m.profiles, m.guests));
            covered(m.covered);
        }
    block(Style::Heading2, ExportLabels::groupNotes());
    steps(s.steps);
}

void ExportTextLayout::covered(const std::vector<ExportCoveredStep>& covered)
{
    detail(ExportLabels::covered(), covered.empty() ? ExportLabels::nothingCovered() : QString());
    QTextList* stepList = nullptr;
    for (const ExportCoveredStep& step : covered) {
        listItem(stepList, step.title, 1);
        QTextList* questionList = nullptr;
        for (const QString& q : step.questions)
            listItem(questionList, q, 2);
    }
}

void ExportTextLayout::listItem(QTextList*& list, const QString& text, int level)
{
    block(Style::Body, text);
    if (list) {
        list->add(m_cursor.block());
        return;
    }
    QTextListFormat format;
    format.setStyle(level == 1 ? QTextListFormat::ListDisc : QTextListFormat::ListCircle);
    format.setIndent(level);
    list = m_cursor.createList(format);
}

void ExportTextLayout::block(Style style, const QString& text, double indentPt, bool pageBreak)
{
    QTextBlockFormat bf = blockFormat(style, indentPt);
    if (pageBreak)
        bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    const QTextCharFormat cf = charFormat(style);
    if (m_firstBlock) {
        m_cursor.setBlockFormat(bf);
        m_cursor.setBlockCharFormat(cf);
        m_firstBlock = false;
    } else {
        m_cursor.insertBlock(bf, cf);
    }
    // Line feeds in an answer become paragraphs with the same format; blank lines between
    // paragraphs are spacing, which the block format already gives.
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression blankLines(QStringLiteral("\n[ \t]*(\n[ \t]*)+"));
    normalized.replace(blankLines, QStringLiteral("\n"));
    m_cursor.insertText(normalized, cf);
}

QTextBlockFormat ExportTextLayout::blockFormat(Style style, double indentPt) const
{
    QTextBlockFormat bf;
    bf.setLeftMargin(indent(indentPt));
    bf.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
    switch (style) {
    case Style::Label:
        bf.setBottomMargin(px(10));
        break;
    case Style::Title:
        bf.setBottomMargin(px(8));
        break;
    case Style::Subtitle:
        bf.setBottomMargin(px(4));
        break;
    case Style::Heading1:
        bf.setBottomMargin(px(12));
        break;
    case Style::Heading2:
        bf.setTopMargin(px(22));
        bf.setBottomMargin(px(8));
        break;
    case Style::Heading3:
        bf.setTopMargin(px(14));
        bf.setBottomMargin(px(4));
        break;
    case Style::Question:
        bf.setTopMargin(px(14));
        bf.setBottomMargin(px(4));
        break;
    case Style::Answer:
    case Style::Body:
        bf.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
        bf.setBottomMargin(px(5));
        break;
    case Style::Muted:
        bf.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
        bf.setBottomMargin(px(6));
        break;
    case Style::Small:
        bf.setBottomMargin(px(2));
        break;
    }
    return bf;
}

QTextCharFormat ExportTextLayout::charFormat(Style style) const
{
    QTextCharFormat cf;
    cf.setFontFamilies({m_family});
    cf.setProperty(QTextFormat::OldFontFamily, m_family); // Qt 6.4's ODF writer reads only this one
    // Any letter spacing makes Qt switch off cosmetic ligatures (Qt 6.4 has no font feature API).
    // Without this, "fika" comes out with an "ﬁ" glyph that pdftotext, search and copy read as U+FB01.
    cf.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    cf.setFontLetterSpacing(0.02);
    cf.setForeground(kInk);
    cf.setFontPointSize(10.5);
    switch (style) {
    case Style::Label:
        cf.setFontPointSize(10);
        cf.setForeground(kAccent);
        cf.setFontWeight(QFont::Bold);
        break;
    case Style::Title:
        cf.setFontPointSize(26);
        cf.setFontWeight(QFont::Bold);
        break;
    case Style::Subtitle:
        cf.setFontPointSize(15);
        cf.setForeground(kMuted);
        break;
    case Style::Heading1:
        cf.setFontPointSize(20);
        cf.setFontWeight(QFont::Bold);
        break;
    case Style::Heading2:
        cf.setFontPointSize(16);
        cf.setFontWeight(QFont::Bold);
        cf.setForeground(kAccent);
        break;
    case Style::Heading3:
        cf.setFontPointSize(12);
        cf.setFontWeight(QFont::Bold);
        cf.setForeground(kMuted);
        break;
    case Style::Question:
        cf.setFontPointSize(11);
        cf.setFontWeight(QFont::Bold);
        break;
    case Style::Muted:
        cf.setForeground(kMuted);
        break;
    case Style::Small:
        cf.setFontPointSize(8.5);
        cf.setForeground(kMuted);
        break;
    case Style::Answer:
    case Style::Body:
        break;
    }
    return cf;
}

} // namespace reflekt
