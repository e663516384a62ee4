#include "export/ExportDocument.h"

namespace reflekt {

int ExportDocument::itemCount() const
{
    int count = 0;
    for (const auto& p : packages) {
        for (const auto& m : p.modules)
            for (const auto& s : m.steps)
                count += static_cast<int>(s.questions.size());
        count += static_cast<int>(p.earlierNotes.size());
    }
    if (session)
        for (const auto& s : session->steps)
            count += static_cast<int>(s.questions.size());
    return count;
}

QString ExportDocument::formatDate(const QDateTime& time) const
{
    return locale.toString(time.toLocalTime().date(), QLocale::LongFormat);
}

QString ExportDocument::formatDateTime(const QDateTime& time) const
{
    return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace reflekt
