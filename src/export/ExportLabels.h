#pragma once

#include "export/ExportDocument.h"

#include <QCoreApplication>
#include <QString>

namespace reflekt {

// The words every export format shares, in the UI language, so a PDF, an ODT and a Markdown file
// of the same notes read the same.
class ExportLabels {
    Q_DECLARE_TR_FUNCTIONS(ExportLabels)
public:
    static QString kind(const ExportDocument& doc);
    static QString participant() { return tr("Participant"); }
    /** The first title page line: whose notes, or who exported a session's minutes. */
    static QString owner(const ExportDocument& doc) { return doc.session ? tr("Exported by") : participant(); }
    static QString package() { return tr("Package"); }
    static QString packageWithVersion(const QString& title, const QString& version);
    static QString exported() { return tr("Exported"); }
    static QString noAnswer() { return tr("No answer"); }
    /** Under a question with nothing written: "No notes" in minutes (the group's), else "No answer". */
    static QString unanswered(const ExportDocument& doc) { return doc.session ? tr("No notes") : noAnswer(); }
    static QString lastEdited(const ExportDocument& doc, const QDateTime& time);
    static QString noNotes() { return tr("No notes have been written yet."); }
    static QString noQuestions() { return tr("This module has no reflection questions."); }
    static QString earlierNotes() { return tr("Notes from an earlier version of the package"); }
    static QString earlierNotesIntro();
    static QString earlierNoteHeading(const ExportEarlierNote& note);
    static QString module() { return tr("Module"); }
    static QString date() { return tr("Date"); }
    static QString duration() { return tr("Duration"); }
    static QString durationText(const ExportSession& session);
    static QString facilitator() { return tr("Facilitator"); }
    static QString attendees() { return tr("Attendees"); }
    static QString guest(const QString& name);
    static QString groupNotes() { return tr("Questions and the group's notes"); }
    static QString pageOf(int page, int pages);
};

} // namespace reflekt
