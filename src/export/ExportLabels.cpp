#include "export/ExportLabels.h"

#include <algorithm>

namespace reflekt {

QString ExportLabels::kind(const ExportDocument& doc)
{
    return doc.session ? tr("Group session minutes") : tr("Reflection notes");
}

QString ExportLabels::packageWithVersion(const QString& title, const QString& version)
{
    return version.isEmpty() ? title : tr("%1 (version %2)").arg(title, version);
}

QString ExportLabels::lastEdited(const ExportDocument& doc, const QDateTime& time)
{
    return tr("Last edited %1").arg(doc.formatDateTime(time));
}

QString ExportLabels::earlierNotesIntro()
{
    return tr("These questions are not in the version of the package on this computer. "
              "Your answers are kept here as you wrote them.");
}

QString ExportLabels::earlierNoteHeading(const ExportEarlierNote& note)
{
    QString where = note.moduleTitle.isEmpty() ? note.questionId
                                               : tr("%1, question %2").arg(note.moduleTitle, note.questionId);
    if (!note.version.isEmpty())
        where = tr("%1 (version %2)").arg(where, note.version);
    return where;
}

QString ExportLabels::sessionDates(const ExportDocument& doc, const ExportSession& session)
{
    const QString first = doc.formatDate(session.started);
    if (!session.ended.isValid())
        return tr("%1, not finished yet").arg(first);
    const QString last = doc.formatDate(session.ended);
    return last == first ? first : tr("%1 – %2").arg(first, last);
}

QString ExportLabels::onlyMeetingWhen(const ExportDocument& doc, const ExportSession& session)
{
    const ExportMeeting& meeting = session.meetings.front();
    const QString when = meetingWhen(doc, meeting);
    // Kept open after its first meeting: a reader must not take these for the whole session's minutes.
    if (!session.ended.isValid() && meeting.ended.isValid())
        return tr("%1 (kept open: the session goes on at a later meeting)").arg(when);
    return when;
}

QString ExportLabels::meetingWhen(const ExportDocument& doc, const ExportMeeting& meeting)
{
    const QString day = doc.formatDate(meeting.started);
    const QString from = doc.formatTime(meeting.started);
    if (!meeting.ended.isValid())
        return tr("%1, from %2, not ended yet").arg(day, from);
    // A meeting past midnight names the day it ended on.
    const bool sameDay = meeting.ended.toLocalTime().date() == meeting.started.toLocalTime().date();
    const QString to = sameDay ? doc.formatTime(meeting.ended) : doc.formatDateTime(meeting.ended);
    // Whole minutes between the times as printed, so the figure matches what the reader sees.
    const qint64 startMinute = meeting.started.toSecsSinceEpoch() / 60;
    const qint64 endMinute = meeting.ended.toSecsSinceEpoch() / 60;
    return tr("%1, %2–%3, %4").arg(day, from, to, minutes(std::max<qint64>(0, endMinute - startMinute)));
}

QString ExportLabels::meetingHeading(const ExportDocument& doc, const ExportMeeting& meeting)
{
    return tr("Meeting %1 — %2").arg(QString::number(meeting.number), meetingWhen(doc, meeting));
}

QString ExportLabels::minutes(qint64 count)
{
    return count == 1 ? tr("1 minute") : tr("%1 minutes").arg(count);
}

QString ExportLabels::attendeeLine(const QStringList& profiles, const QStringList& guests)
{
    QStringList names = profiles;
    for (const QString& g : guests)
        names << guest(g);
    return names.join(QStringLiteral(", "));
}

QString ExportLabels::questionItem(const QString& number, const QString& text)
{
    return tr("Question %1: %2").arg(number, text);
}

QString ExportLabels::guest(const QString& name)
{
    return tr("%1 (guest)").arg(name);
}

QString ExportLabels::pageOf(int page, int pages)
{
    return tr("Page %1 of %2").arg(page).arg(pages);
}

} // namespace reflekt
