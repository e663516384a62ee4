#include "export/MarkdownExportWriter.h"

#include "export/ExportLabels.h"

#include <QStringList>

namespace reflekt {

namespace {

QString detail(const QString& label, const QString& value)
{
    return QStringLiteral("- **%1:** %2").arg(label, value);
}

class Markdown {
public:
    explicit Markdown(const ExportDocument& doc) : m_doc(doc) {}

    void heading(int level, const QString& text) { paragraph(QString(level, QLatin1Char('#')) + u' ' + text); }
    void paragraph(const QString& text)
    {
        QString t = text;
        t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        m_parts << t;
    }
    void emphasis(const QString& text) { paragraph(u'*' + text + u'*'); }
    /** `text` with each ASCII punctuation character Markdown could act on backslash-escaped. */
    static QString literal(const QString& text)
    {
        QString out;
        out.reserve(text.size() + text.size() / 4);
        for (const QChar c : text) {
            if (QStringLiteral("\\`*_{}[]()#+-.!<>|&~\"'=:").contains(c))
                out += u'\\';
            out += c;
        }
        return out;
    }
    void details(const QList<QPair<QString, QString>>& rows)
    {
        QStringList lines;
        for (const auto& [label, value] : rows)
            lines << detail(label, value);
        paragraph(lines.join(u'\n'));
    }
    void steps(const std::vector<ExportStep>& steps, int level)
    {
        for (const auto& step : steps) {
            if (steps.size() > 1)
                heading(level, step.title);
            if (!step.intro.isEmpty())
                paragraph(step.intro);
            for (const auto& q : step.questions) {
                heading(level + 1, q.number + u' ' + q.text);
                if (!q.answered) {
                    emphasis(ExportLabels::unanswered(m_doc));
                } else {
                    paragraph(q.answer);
                    emphasis(ExportLabels::lastEdited(m_doc, q.edited));
                }
                if (q.roomAnswers.isEmpty())
                    continue;
                // Written by anyone in the room: every character stays a character in Markdown too.
                QStringList lines;
                for (const QString& answer : q.roomAnswers)
                    lines << QStringLiteral("- ") + literal(answer).replace(u'\n', QStringLiteral("  \n  "));
                emphasis(ExportLabels::fromTheRoom());
                paragraph(lines.join(u'\n'));
            }
        }
    }
    QByteArray result() const { return (m_parts.join(QStringLiteral("\n\n")) + u'\n').toUtf8(); }

private:
    const ExportDocument& m_doc;
    QStringList m_parts;
};

// "- **Covered:**" and what the wall showed below it, a question under its step, one line each.
QString covered(const std::vector<ExportCoveredStep>& covered)
{
    if (covered.empty())
        return detail(ExportLabels::covered(), ExportLabels::nothingCovered());
    QStringList lines{QStringLiteral("- **%1:**").arg(ExportLabels::covered())};
    for (const ExportCoveredStep& step : covered) {
        lines << QStringLiteral("  - ") + step.title;
        for (const QString& q : step.questions)
            lines << QStringLiteral("    - ") + q;
    }
    return lines.join(u'\n');
}

void session(Markdown& md, const ExportDocument& doc, const ExportSession& s)
{
    md.heading(2, ExportLabels::kind(doc));
    QStringList rows{detail(ExportLabels::module(), s.moduleTitle),
                     detail(ExportLabels::package(), s.packageTitle),
                     detail(ExportLabels::facilitator(), s.facilitator)};
    // One meeting is the common case: its date and what was covered sit with the other details.
    const bool single = s.meetings.size() == 1;
    if (single) {
        rows << detail(ExportLabels::date(), ExportLabels::onlyMeetingWhen(doc, s))
             << covered(s.meetings[0].covered);
    } else {
        rows << detail(ExportLabels::date(), ExportLabels::sessionDates(doc, s));
    }
    md.paragraph(rows.join(u'\n'));
    md.heading(3, ExportLabels::attendees());
    QStringList names;
    for (const QString& p : s.profiles)
        names << QStringLiteral("- ") + p;
    for (const QString& g : s.guests)
        names << QStringLiteral("- ") + ExportLabels::guest(g);
    if (!names.isEmpty())
        md.paragraph(names.join(u'\n'));
    if (!single)
        for (const ExportMeeting& m : s.meetings) {
            md.heading(3, ExportLabels::meetingHeading(doc, m));
            md.paragraph(detail(ExportLabels::attendees(), ExportLabels::attendeeLine(m.profiles, m.guests)) +
                         u'\n' + covered(m.covered));
        }
    md.heading(2, ExportLabels::groupNotes());
    md.steps(s.steps, 3);
}

} // namespace

QByteArray MarkdownExportWriter::render(const ExportDocument& doc)
{
    Markdown md(doc);
    md.heading(1, doc.title);
    if (!doc.subtitle.isEmpty())
        md.paragraph(doc.subtitle);
    md.emphasis(ExportLabels::kind(doc));
    QList<QPair<QString, QString>> front{{ExportLabels::owner(doc), doc.participant}};
    if (doc.packages.size() == 1 && !doc.session)
        front.append({ExportLabels::package(),
                      ExportLabels::packageWithVersion(doc.packages[0].title, doc.packages[0].version)});
    if (doc.session)
        front.append({ExportLabels::date(), doc.formatDate(doc.session->started)});
    front.append({ExportLabels::exported(), doc.formatDate(doc.exportedAt)});
    md.details(front);

    if (doc.session) {
        session(md, doc, *doc.session);
        return md.result();
    }

    if (doc.packages.empty())
        md.paragraph(ExportLabels::noNotes());
    const int offset = doc.packages.size() > 1 ? 1 : 0;
    for (const auto& package : doc.packages) {
        if (offset)
            md.heading(2, package.title);
        for (const auto& module : package.modules) {
            md.heading(2 + offset, module.title);
            if (module.steps.empty())
                md.paragraph(ExportLabels::noQuestions());
            md.steps(module.steps, 3 + offset);
        }
        if (package.earlierNotes.empty())
            continue;
        md.heading(2 + offset, ExportLabels::earlierNotes());
        md.paragraph(ExportLabels::earlierNotesIntro());
        for (const auto& note : package.earlierNotes) {
            md.heading(4 + offset, ExportLabels::earlierNoteHeading(note));
            md.paragraph(note.text);
            md.emphasis(ExportLabels::lastEdited(doc, note.edited));
        }
    }
    return md.result();
}

} // namespace reflekt
