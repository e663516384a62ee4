#include "export/OdtContent.h"

#include "export/ExportLabels.h"

namespace reflekt {

namespace {

// The styles a block can have when it starts a page: the first after the title page switches to
// the "Standard" master page (header and footer), later ones break the page.
const std::pair<const char*, const char*> kPageStarters[] = {
    {"H1", "Heading_20_1"}, {"H2", "Heading_20_2"}, {"Body", "Text_20_body"}};

QString headingStyle(int level)
{
    return QStringLiteral("Heading_20_%1").arg(level);
}

} // namespace

QByteArray OdtContent::write(const ExportDocument& doc)
{
    OdtContent c(doc);
    OdtXml& xml = c.m_xml;
    xml.startRoot(QStringLiteral("office:document-content"));
    c.automaticStyles();
    xml.start(QStringLiteral("office:body"));
    xml.start(QStringLiteral("office:text"));
    c.titlePage();
    if (doc.session) {
        c.session(*doc.session);
    } else {
        if (doc.packages.empty())
            c.paragraph(c.pageStyle(QStringLiteral("Text_20_body"), true), ExportLabels::noNotes());
        for (const ExportPackage& p : doc.packages)
            c.package(p);
    }
    xml.end(); // office:text
    xml.end(); // office:body
    return xml.finish();
}

void OdtContent::automaticStyles()
{
    const auto style = [&](const QString& name, const QString& parent, const QString& attr,
                           const QString& value, const QString& property = {},
                           const QString& propertyValue = {}) {
        m_xml.start(QStringLiteral("style:style"));
        m_xml.attr(QStringLiteral("style:name"), name);
        m_xml.attr(QStringLiteral("style:family"), QStringLiteral("paragraph"));
        m_xml.attr(QStringLiteral("style:parent-style-name"), parent);
        if (!attr.isEmpty())
            m_xml.attr(attr, value);
        if (!property.isEmpty()) {
            m_xml.empty(QStringLiteral("style:paragraph-properties"));
            m_xml.attr(property, propertyValue);
        }
        m_xml.end();
    };
    m_xml.start(QStringLiteral("office:automatic-styles"));
    // The title page pushes its first line down as the PDF does.
    style(QStringLiteral("Title_Page"), QStringLiteral("Document_20_kind"),
          QStringLiteral("style:master-page-name"), QStringLiteral("First_20_Page"),
          QStringLiteral("fo:margin-top"), QStringLiteral("150pt"));
    style(QStringLiteral("First_Detail"), QStringLiteral("Detail"), {}, {}, QStringLiteral("fo:margin-top"),
          QStringLiteral("48pt"));
    for (const auto& [name, parent] : kPageStarters) {
        style(QStringLiteral("Start_") + QString::fromLatin1(name), QString::fromLatin1(parent),
              QStringLiteral("style:master-page-name"), QStringLiteral("Standard"));
        style(QStringLiteral("Break_") + QString::fromLatin1(name), QString::fromLatin1(parent), {}, {},
              QStringLiteral("fo:break-before"), QStringLiteral("page"));
    }
    m_xml.languageStyles(OdtXml::foreignLanguages(m_doc));
    m_xml.end();
}

void OdtContent::titlePage()
{
    paragraph(QStringLiteral("Title_Page"), ExportLabels::kind(m_doc));
    const QString language = OdtXml::titleLanguage(m_doc);
    m_xml.start(QStringLiteral("text:h"));
    m_xml.attr(QStringLiteral("text:style-name"), QStringLiteral("Title"));
    m_xml.attr(QStringLiteral("text:outline-level"), QStringLiteral("1"));
    m_xml.span(lang(language), m_doc.title);
    m_xml.end();
    if (!m_doc.subtitle.isEmpty())
        paragraph(QStringLiteral("Subtitle"), m_doc.subtitle, language);
    detail(ExportLabels::owner(m_doc), m_doc.participant);
    if (m_doc.packages.size() == 1 && !m_doc.session)
        detail(ExportLabels::package(),
               ExportLabels::packageWithVersion(m_doc.packages[0].title, m_doc.packages[0].version),
               m_doc.packages[0].language);
    if (m_doc.session)
        detail(ExportLabels::date(), m_doc.formatDate(m_doc.session->started));
    detail(ExportLabels::exported(), m_doc.formatDate(m_doc.exportedAt));
}

void OdtContent::package(const ExportPackage& package)
{
    bool pageBreak = true; // the body starts after the title page
    if (m_doc.packages.size() > 1) {
        heading(1, package.title, package.language, true);
        pageBreak = false;
    }
    for (const ExportModule& m : package.modules) {
        heading(2, m.title, package.language, pageBreak);
        pageBreak = false;
        if (m.steps.empty())
            paragraph(QStringLiteral("Intro"), ExportLabels::noQuestions());
        steps(m.steps, package.language);
    }
    if (!package.earlierNotes.empty()) {
        heading(2, ExportLabels::earlierNotes(), {}, pageBreak);
        earlierNotes(package);
    } else if (pageBreak && package.modules.empty()) {
        paragraph(pageStyle(QStringLiteral("Text_20_body"), true), ExportLabels::noNotes());
    }
}

void OdtContent::steps(const std::vector<ExportStep>& steps, const QString& language)
{
    for (const ExportStep& step : steps) {
        if (steps.size() > 1)
            heading(3, step.title, language);
        if (!step.intro.isEmpty())
            paragraphs(QStringLiteral("Intro"), step.intro, language);
        // Sub-questions are a list under their question: one open list and item per level.
        int open = 0;
        for (const ExportQuestion& q : step.questions) {
            const int depth = std::max(0, q.depth);
            for (; open > depth; --open) {
                m_xml.end(); // text:list-item
                m_xml.end(); // text:list
            }
            if (open == depth && depth > 0) {
                m_xml.end();
                m_xml.start(QStringLiteral("text:list-item"));
            }
            for (; open < depth; ++open) {
                m_xml.start(QStringLiteral("text:list"));
                if (open == 0)
                    m_xml.attr(QStringLiteral("text:style-name"), QStringLiteral("Sub-questions"));
                m_xml.start(QStringLiteral("text:list-item"));
            }
            question(q, language);
        }
        for (; open > 0; --open) {
            m_xml.end();
            m_xml.end();
        }
    }
}

void OdtContent::question(const ExportQuestion& q, const QString& language)
{
    m_xml.start(QStringLiteral("text:p"));
    m_xml.attr(QStringLiteral("text:style-name"), QStringLiteral("Question"));
    m_xml.text(q.number + QStringLiteral("   "));
    m_xml.span(lang(language), q.text);
    m_xml.end();
    if (!q.answered) {
        paragraph(QStringLiteral("Unanswered"), ExportLabels::unanswered(m_doc));
    } else {
        paragraphs(QStringLiteral("Answer"), q.answer);
        paragraph(QStringLiteral("Last_20_edited"), ExportLabels::lastEdited(m_doc, q.edited));
    }
    if (q.roomAnswers.isEmpty())
        return;
    paragraph(QStringLiteral("Last_20_edited"), ExportLabels::fromTheRoom());
    for (const QString& answer : q.roomAnswers)
        paragraphs(QStringLiteral("Answer"), QStringLiteral("– ") + answer);
}

void OdtContent::earlierNotes(const ExportPackage& package)
{
    paragraph(QStringLiteral("Intro"), ExportLabels::earlierNotesIntro());
    for (const ExportEarlierNote& note : package.earlierNotes) {
        paragraph(QStringLiteral("Question"), ExportLabels::earlierNoteHeading(note));
        paragraphs(QStringLiteral("Answer"), note.text);
        paragraph(QStringLiteral("Last_20_edited"), ExportLabels::lastEdited(m_doc, note.edited));
    }
}

void OdtContent::session(const ExportSession& s)
{
    heading(2, ExportLabels::kind(m_doc), {}, true);
    m_firstDetail = false;
    detail(ExportLabels::module(), s.moduleTitle, s.language);
    detail(ExportLabels::package(), s.packageTitle, s.language);
    detail(ExportLabels::facilitator(), s.facilitator);
    // One meeting is the common case: its date and what was covered sit with the other details.
    const bool single = s.meetings.size() == 1;
    if (single) {
        detail(ExportLabels::date(), ExportLabels::onlyMeetingWhen(m_doc, s));
        covered(s.meetings[0].covered, s.language);
    } else {
        detail(ExportLabels::date(), ExportLabels::sessionDates(m_doc, s));
    }
    heading(3, ExportLabels::attendees(), {});
    QStringList names = s.profiles;
    for (const QString& g : s.guests)
        names << ExportLabels::guest(g);
    bulletList(names);
    if (!single)
        for (const ExportMeeting& m : s.meetings) {
            heading(3, ExportLabels::meetingHeading(m_doc, m), {});
            detail(ExportLabels::attendees(), ExportLabels::attendeeLine(m.profiles, m.guests));
            covered(m.covered, s.language);
        }
    heading(2, ExportLabels::groupNotes(), {});
    steps(s.steps, s.language);
}

void OdtContent::covered(const std::vector<ExportCoveredStep>& covered, const QString& language)
{
    detail(ExportLabels::covered(), covered.empty() ? ExportLabels::nothingCovered() : QString());
    if (covered.empty())
        return;
    m_xml.start(QStringLiteral("text:list"));
    m_xml.attr(QStringLiteral("text:style-name"), QStringLiteral("Bullets"));
    for (const ExportCoveredStep& step : covered) {
        m_xml.start(QStringLiteral("text:list-item"));
        paragraph(QStringLiteral("List_20_Paragraph"), step.title, language);
        if (!step.questions.isEmpty()) {
            // "Question 2: …": the console's label in the document's language around the package's text.
            m_xml.start(QStringLiteral("text:list"));
            for (const QString& q : step.questions) {
                m_xml.start(QStringLiteral("text:list-item"));
                paragraph(QStringLiteral("List_20_Paragraph"), q);
                m_xml.end();
            }
            m_xml.end();
        }
        m_xml.end();
    }
    m_xml.end();
}

void OdtContent::bulletList(const QStringList& items)
{
    if (items.isEmpty())
        return;
    m_xml.start(QStringLiteral("text:list"));
    m_xml.attr(QStringLiteral("text:style-name"), QStringLiteral("Bullets"));
    for (const QString& item : items) {
        m_xml.start(QStringLiteral("text:list-item"));
        paragraph(QStringLiteral("List_20_Paragraph"), item);
        m_xml.end();
    }
    m_xml.end();
}

void OdtContent::heading(int level, const QString& text, const QString& language, bool pageBreak)
{
    m_xml.start(QStringLiteral("text:h"));
    m_xml.attr(QStringLiteral("text:style-name"), pageStyle(headingStyle(level), pageBreak));
    m_xml.attr(QStringLiteral("text:outline-level"), QString::number(level));
    m_xml.span(lang(language), text);
    m_xml.end();
}

void OdtContent::paragraphs(const QString& style, const QString& text, const QString& language)
{
    for (const QString& line : OdtXml::paragraphs(text))
        paragraph(style, line, language);
}

void OdtContent::paragraph(const QString& style, const QString& text, const QString& language)
{
    m_xml.start(QStringLiteral("text:p"));
    m_xml.attr(QStringLiteral("text:style-name"), style);
    m_xml.span(lang(language), text);
    m_xml.end();
}

void OdtContent::detail(const QString& label, const QString& value, const QString& language)
{
    m_xml.start(QStringLiteral("text:p"));
    m_xml.attr(QStringLiteral("text:style-name"),
               m_firstDetail ? QStringLiteral("First_Detail") : QStringLiteral("Detail"));
    m_firstDetail = false;
    m_xml.span(QStringLiteral("Detail_20_label"), label + QStringLiteral(": "));
    m_xml.span(lang(language), value);
    m_xml.end();
}

QString OdtContent::pageStyle(const QString& base, bool pageBreak)
{
    if (!pageBreak && m_bodyStarted)
        return base;
    for (const auto& [name, parent] : kPageStarters)
        if (base == QLatin1String(parent)) {
            const bool first = !m_bodyStarted;
            m_bodyStarted = true;
            return (first ? QStringLiteral("Start_") : QStringLiteral("Break_")) + QString::fromLatin1(name);
        }
    return base;
}

} // namespace reflekt
