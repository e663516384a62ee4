#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace reflekt {

// What an export contains, independent of the file format: the writers (PDF, ODT, Markdown) only
// lay this out, so every format has the same content in the same order.

/** One question (or sub-question) with the answer, as shown in the app ("1.2"). */
struct ExportQuestion {
    QString id;
    QString number; ///< "1", "1.2"
    QString text;
    int depth = 0;  ///< 0 for a top-level question
    QString answer; ///< the note text; empty when `answered` is false
    bool answered = false;
    QDateTime edited; ///< when the answer was last saved; invalid without an answer
    /** Minutes only: what the room sent from phones that the facilitator chose, plain text. */
    QStringList roomAnswers;
};

/** A reflection step of a module: its questions in bundle order. */
struct ExportStep {
    QString title;
    QString intro;
    std::vector<ExportQuestion> questions;
};

/** One module of a package. */
struct ExportModule {
    QString id;
    QString title;
    std::vector<ExportStep> steps;
};

/** A note whose question is not in the bundle version on this computer any more. */
struct ExportEarlierNote {
    QString questionId;
    QString moduleTitle; ///< the module it was in (title if it still exists, else its id); may be empty
    QString version;     ///< the last bundle version that had the question; may be empty
    QString text;
    QDateTime edited;
};

/** One package's notes. */
struct ExportPackage {
    QString id;
    QString title;
    QString version;
    QString language; ///< BCP 47 tag of the package's own texts (titles, questions), e.g. "nb"
    std::vector<ExportModule> modules;
    std::vector<ExportEarlierNote> earlierNotes;
};

/** A step the wall showed in a meeting: the step itself, or some of its questions. */
struct ExportCoveredStep {
    QString stepId;
    QString title;         ///< the step's title
    QStringList questions; ///< "Question 2: ..." as the console names them; empty for a film, text, activity
};

/** One meeting of a group session. */
struct ExportMeeting {
    int number = 1;
    QDateTime started;
    QDateTime ended;      ///< invalid while the meeting has not ended
    QStringList profiles; ///< profiles at this meeting, by name
    QStringList guests;   ///< guests at this meeting, by name
    std::vector<ExportCoveredStep> covered; ///< what the wall showed first in this meeting, in order
};

/** A group session's minutes. */
struct ExportSession {
    qint64 id = 0;
    QString packageTitle;
    QString moduleTitle;
    QString language;      ///< BCP 47 tag of the package's texts, as ExportPackage::language
    QDateTime started;
    QDateTime ended;       ///< invalid while the session is not finished
    QString facilitator;
    QStringList profiles;  ///< profiles at any meeting (the roster), by name
    QStringList guests;    ///< guests at any meeting, by name
    std::vector<ExportMeeting> meetings; ///< oldest first
    std::vector<ExportStep> steps; ///< answers are the group's notes
};

/** A whole export, for one participant. */
struct ExportDocument {
    QString title;        ///< first line of the title page, and the PDF title
    QString subtitle;     ///< e.g. the package of a module export; may be empty
    QString headerText;   ///< running header on every page after the title page
    QString participant;  ///< who the notes belong to (the PDF author)
    QDateTime exportedAt;
    QLocale locale;       ///< dates are written in this locale
    std::vector<ExportPackage> packages;
    std::optional<ExportSession> session;

    /** Number of questions and notes, for progress reporting. */
    int itemCount() const;
    /** "3 May 2024" style date in the document's locale. */
    QString formatDate(const QDateTime& time) const;
    /** Date and time (short), for "last edited". */
    QString formatDateTime(const QDateTime& time) const;
    /** Time of day (short, without seconds). */
    QString formatTime(const QDateTime& time) const;
};

} // namespace reflekt
