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
    /** A series' dates: the first meeting's and, once finished, the end ("not finished yet" before). */
    static QString sessionDates(const ExportDocument& doc, const ExportSession& session);
    /** "3 May 2024, 10:00–11:30, 90 minutes", or that the meeting has not ended. */
    static QString meetingWhen(const ExportDocument& doc, const ExportMeeting& meeting);
    /** The one meeting of a session, and whether the session goes on at a later meeting. */
    static QString onlyMeetingWhen(const ExportDocument& doc, const ExportSession& session);
    static QString meetingHeading(const ExportDocument& doc, const ExportMeeting& meeting);
    static QString minutes(qint64 count);
    static QString facilitator() { return tr("Facilitator"); }
    static QString attendees() { return tr("Attendees"); }
    static QString guest(const QString& name);
    /** Profiles, then guests marked as guests, on one line. */
    static QString attendeeLine(const QStringList& profiles, const QStringList& guests);
    static QString covered() { return tr("Covered"); }
    static QString nothingCovered() { return tr("nothing shown"); }
    /** A question as the facilitator console names it: "Question 2: ...". */
    static QString questionItem(const QString& number, const QString& text);
    static QString groupNotes() { return tr("Questions and the group's notes"); }
    static QString fromTheRoom() { return tr("From the room (anonymous answers from phones)"); }
    static QString pageOf(int page, int pages);
};

} // namespace reflekt
