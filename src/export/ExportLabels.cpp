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

QString ExportLabels::durationText(const ExportSession& session)
{
    if (!session.ended.isValid())
        return tr("not finished");
    const qint64 minutes = std::max<qint64>(0, session.started.secsTo(session.ended) / 60);
    if (minutes < 60)
        return minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
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
