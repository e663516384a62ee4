#include "export/ExportFlow.h"

#include "export/ExportLabels.h"

namespace reflekt {

namespace {

constexpr double kIndentPerLevel = 18.0; // points per sub-question or sub-list level

QString primary(const QString& tag)
{
    return tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

} // namespace

std::vector<FlowItem> ExportFlow::build(const ExportDocument& doc)
{
    ExportFlow flow(doc);
    flow.begin(QStringLiteral("Document"));
    flow.titlePage();
    if (doc.session) {
        flow.session(*doc.session);
    } else {
        if (doc.packages.empty())
            flow.block(FlowStyle::Body, ExportLabels::noNotes());
        for (const auto& p : doc.packages)
            flow.package(p);
    }
    flow.end(flow.m_open);
    return std::move(flow.m_items);
}

QString ExportFlow::documentLanguage(const ExportDocument& doc)
{
    if (doc.locale.language() == QLocale::C)
        return QStringLiteral("en");
    return doc.locale.name().replace(u'_', u'-');
}

ExportFlow::ExportFlow(const ExportDocument& doc) : m_doc(doc), m_language(documentLanguage(doc)) {}

QString ExportFlow::foreign(const QString& language) const
{
    if (language.isEmpty() || primary(language) == primary(m_language))
        return {};
    return language;
}

void ExportFlow::titlePage()
{
    block(FlowStyle::Label, ExportLabels::kind(m_doc).toUpper());
    // Title and subtitle are the package's or module's own texts, in the package's language,
    // except for "All my reflection notes" over several packages.
    QString language;
    if (m_doc.session)
        language = foreign(m_doc.session->language);
    else if (m_doc.packages.size() == 1)
        language = foreign(m_doc.packages.front().language);
    // The document's title is its one H1 unless several packages follow, each an H1 of its own.
    block(FlowStyle::Title, m_doc.title, language).tag = QStringLiteral("H1");
    if (!m_doc.subtitle.isEmpty())
        block(FlowStyle::Subtitle, m_doc.subtitle, language);
    detail(ExportLabels::owner(m_doc), m_doc.participant, 48);
    if (m_doc.packages.size() == 1 && !m_doc.session)
        detail(ExportLabels::package(),
               ExportLabels::packageWithVersion(m_doc.packages[0].title, m_doc.packages[0].version));
    if (m_doc.session)
        detail(ExportLabels::date(), m_doc.formatDate(m_doc.session->started));
    detail(ExportLabels::exported(), m_doc.formatDate(m_doc.exportedAt));
    m_breakNext = true; // the body starts after the title page
}

void ExportFlow::package(const ExportPackage& package)
{
    const QString language = foreign(package.language);
    if (m_doc.packages.size() > 1) {
        m_breakNext = true; // every package starts a page
        FlowItem& h = block(FlowStyle::Heading1, package.title, language);
        h.tag = QStringLiteral("H1");
        h.outlineLevel = 1;
    }
    for (const auto& m : package.modules) {
        FlowItem& h = block(FlowStyle::Heading2, m.title, language);
        h.tag = QStringLiteral("H2");
        h.outlineLevel = 2;
        if (m.steps.empty())
            block(FlowStyle::Muted, ExportLabels::noQuestions());
        steps(m.steps, language);
    }
    if (!package.earlierNotes.empty()) {
        FlowItem& h = block(FlowStyle::Heading2, ExportLabels::earlierNotes());
        h.tag = QStringLiteral("H2");
        h.outlineLevel = 2;
        earlierNotes(package);
    } else if (m_breakNext && package.modules.empty()) {
        block(FlowStyle::Body, ExportLabels::noNotes());
    }
}

void ExportFlow::steps(const std::vector<ExportStep>& steps, const QString& language)
{
    for (const auto& step : steps) {
        if (steps.size() > 1) {
            FlowItem& h = block(FlowStyle::Heading3, step.title, language);
            h.tag = QStringLiteral("H3");
            h.outlineLevel = 3;
        }
        if (!step.intro.isEmpty())
            block(FlowStyle::Muted, step.intro, language);
        // Questions are a numbered list; sub-questions a list inside their question's item.
        struct Level {
            int depth;
            bool itemOpen;
        };
        std::vector<Level> levels;
        for (const auto& q : step.questions) {
            while (!levels.empty() && levels.back().depth > q.depth) {
                end(levels.back().itemOpen ? 3 : 1); // LBody, LI, L
                levels.pop_back();
            }
            if (!levels.empty() && levels.back().depth == q.depth) {
                if (levels.back().itemOpen)
                    end(2);
            } else {
                begin(QStringLiteral("L"));
                levels.push_back({q.depth, false});
            }
            question(q, language);
            levels.back().itemOpen = true;
        }
        for (; !levels.empty(); levels.pop_back())
            end(levels.back().itemOpen ? 3 : 1);
    }
}

void ExportFlow::question(const ExportQuestion& q, const QString& language)
{
    const double indent = q.depth * kIndentPerLevel;
    begin(QStringLiteral("LI"));
    FlowItem& item = block(FlowStyle::Question, q.text, language, indent);
    item.label = q.number;
    item.labelTag = QStringLiteral("Lbl");
    item.outlineLevel = 4 + q.depth;
    ++m_open; // the LBody the label starts
    if (!q.answered) {
        block(FlowStyle::Unanswered, ExportLabels::unanswered(m_doc), {}, indent);
    } else {
        paragraphs(FlowStyle::Answer, q.answer, indent);
        block(FlowStyle::Small, ExportLabels::lastEdited(m_doc, q.edited), {}, indent);
    }
    if (q.roomAnswers.isEmpty())
        return;
    block(FlowStyle::Small, ExportLabels::fromTheRoom(), {}, indent);
    for (const QString& answer : q.roomAnswers)
        paragraphs(FlowStyle::Answer, QStringLiteral("– ") + answer, indent);
}

void ExportFlow::earlierNotes(const ExportPackage& package)
{
    block(FlowStyle::Muted, ExportLabels::earlierNotesIntro());
    for (const auto& note : package.earlierNotes) {
        block(FlowStyle::Question, ExportLabels::earlierNoteHeading(note)).outlineLevel = 4;
        paragraphs(FlowStyle::Answer, note.text, 0);
        block(FlowStyle::Small, ExportLabels::lastEdited(m_doc, note.edited));
    }
}

void ExportFlow::session(const ExportSession& s)
{
    const QString language = foreign(s.language);
    FlowItem& kind = block(FlowStyle::Heading2, ExportLabels::kind(m_doc));
    kind.tag = QStringLiteral("H2");
    kind.outlineLevel = 2;
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
    FlowItem& attendees = block(FlowStyle::Heading3, ExportLabels::attendees());
    attendees.tag = QStringLiteral("H3");
    attendees.outlineLevel = 3;
    QStringList names = s.profiles;
    for (const QString& g : s.guests)
        names << ExportLabels::guest(g);
    bulletList(names, 1);
    if (!single)
        for (const ExportMeeting& m : s.meetings) {
            FlowItem& h = block(FlowStyle::Heading3, ExportLabels::meetingHeading(m_doc, m));
            h.tag = QStringLiteral("H3");
            h.outlineLevel = 3;
            detail(ExportLabels::attendees(), ExportLabels::attendeeLine(m.profiles, m.guests));
            covered(m.covered);
        }
    FlowItem& notes = block(FlowStyle::Heading2, ExportLabels::groupNotes());
    notes.tag = QStringLiteral("H2");
    notes.outlineLevel = 2;
    steps(s.steps, language);
}

void ExportFlow::covered(const std::vector<ExportCoveredStep>& covered)
{
    detail(ExportLabels::covered(), covered.empty() ? ExportLabels::nothingCovered() : QString());
    if (covered.empty())
        return;
    const QString language = m_doc.session ? foreign(m_doc.session->language) : QString();
    begin(QStringLiteral("L"));
    for (const ExportCoveredStep& step : covered) {
        begin(QStringLiteral("LI"));
        FlowItem& item = block(FlowStyle::ListItem, step.title, language, kIndentPerLevel * 0.5);
        item.label = QStringLiteral("•");
        item.labelTag = QStringLiteral("Lbl");
        ++m_open;
        if (!step.questions.isEmpty())
            bulletList(step.questions, 2);
        end(2);
    }
    end();
}

void ExportFlow::bulletList(const QStringList& items, int level)
{
    if (items.isEmpty())
        return;
    const QString language = level > 1 && m_doc.session ? foreign(m_doc.session->language) : QString();
    begin(QStringLiteral("L"));
    for (const QString& text : items) {
        begin(QStringLiteral("LI"));
        FlowItem& item = block(FlowStyle::ListItem, text, language, kIndentPerLevel * (level - 0.5));
        item.label = level == 1 ? QStringLiteral("•") : QStringLiteral("◦");
        item.labelTag = QStringLiteral("Lbl");
        ++m_open;
        end(2);
    }
    end();
}

void ExportFlow::begin(const QString& tag, const QString& language)
{
    FlowItem item;
    item.kind = FlowItem::Kind::Begin;
    item.tag = tag;
    item.language = language;
    m_items.push_back(std::move(item));
    ++m_open;
}

void ExportFlow::end(int count)
{
    for (int i = 0; i < count; ++i) {
        FlowItem item;
        item.kind = FlowItem::Kind::End;
        m_items.push_back(std::move(item));
    }
    m_open -= count;
}

FlowItem& ExportFlow::block(FlowStyle style, const QString& text, const QString& language, double indentPt)
{
    FlowItem item;
    item.style = style;
    item.tag = QStringLiteral("P");
    item.text = text;
    item.language = language;
    item.indentPt = indentPt;
    item.pageBreakBefore = m_breakNext;
    m_breakNext = false;
    m_items.push_back(std::move(item));
    return m_items.back();
}

void ExportFlow::paragraphs(FlowStyle style, const QString& text, double indentPt)
{
    // Line feeds in an answer make paragraphs; blank lines between them are spacing, not content.
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList parts = normalized.split(u'\n');
    bool any = false;
    for (const QString& part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        block(style, part, {}, indentPt);
        any = true;
    }
    if (!any)
        block(style, QString(), {}, indentPt);
}

void ExportFlow::detail(const QString& label, const QString& value, double spaceBeforePt)
{
    FlowItem& item = block(FlowStyle::Detail, value);
    item.label = label + QStringLiteral(": ");
    item.spaceBeforePt = spaceBeforePt;
}

} // namespace reflekt
