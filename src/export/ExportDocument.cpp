#include "export/ExportDocument.h"

#include <QRegularExpression>

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
    return locale.toString(time.toLocalTime().date(), QLocale::ShortFormat) + u' ' + formatTime(time);
}

QString ExportDocument::formatTime(const QDateTime& time) const
{
    // The locale's short time, without seconds (some locales' short time has them).
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(seconds);
    return locale.toString(time.toLocalTime().time(), timeFormat);
}

} // namespace reflekt
