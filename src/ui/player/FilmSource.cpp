#include "ui/player/FilmSource.h"

#include "core/Bundle.h"
#include "platform/Workspace.h"

#include <cmath>

namespace reflekt {

FilmSource FilmSource::fromStep(const Workspace& workspace, const Bundle& bundle, const Step& step)
{
    FilmSource film;
    film.videoPath = QString::fromStdString(bundle.resolve(step.video).string());
    if (!step.poster.empty())
        film.posterPath = QString::fromStdString(bundle.resolve(step.poster).string());
    film.durationHint = step.durationSeconds;
    film.defaultLanguage = QString::fromStdString(bundle.defaultLanguage);
    for (const auto& c : step.captions) {
        QString label = workspace.text(bundle, c.label);
        if (label.isEmpty())
            label = QString::fromStdString(c.language);
        film.captions.append({QString::fromStdString(c.language), label,
                              QString::fromStdString(bundle.resolve(c.file).string())});
    }
    for (const auto& [language, file] : step.descriptions)
        film.descriptions.append({QString::fromStdString(language), QString::fromStdString(language),
                                  QString::fromStdString(bundle.resolve(file).string())});
    for (const auto& [language, file] : step.describedAudio)
        film.describedAudio.append({QString::fromStdString(language), QString::fromStdString(language),
                                    QString::fromStdString(bundle.resolve(file).string())});
    for (const auto& ch : step.chapters)
        film.chapters.append({ch.startSeconds, workspace.text(bundle, ch.title)});
    return film;
}

QString formatFilmTime(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        seconds = 0;
    const auto total = static_cast<long long>(std::floor(seconds));
    const long long h = total / 3600;
    const long long m = (total / 60) % 60;
    const long long s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace reflekt
