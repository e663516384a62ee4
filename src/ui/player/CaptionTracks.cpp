#include "ui/player/CaptionTracks.h"

#include <QFile>
#include <QFileInfo>

namespace reflekt {

namespace {
QString primary(const QString& tag)
{
    const QString code = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    // "no" (Norwegian) is written as Bokmål in practice, and bundles and locales use both codes.
    return code == QLatin1String("no") ? QStringLiteral("nb") : code;
}

bool norwegian(const QString& code)
{
    return code == QLatin1String("nb") || code == QLatin1String("nn");
}
} // namespace

void CaptionTracks::load(const QList<CaptionSource>& sources)
{
    m_tracks.clear();
    for (const CaptionSource& source : sources) {
        Track track;
        track.source = source;
        QFile file(source.path);
        if (!file.open(QIODevice::ReadOnly)) {
            track.problem =
                tr("Cannot read %1: %2").arg(QFileInfo(source.path).fileName(), file.errorString());
        } else if (file.size() > static_cast<qint64>(kMaxWebVttBytes)) {
            track.problem = tr("%1 is too large for a caption file").arg(QFileInfo(source.path).fileName());
        } else {
            const QByteArray bytes = file.readAll();
            VttResult result =
                parseWebVtt(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                            QFileInfo(source.path).fileName().toStdString());
            track.cues = std::move(result.cues);
            if (track.cues.empty() && !result.problems.empty())
                track.problem = QString::fromStdString(result.problems.front().toString());
        }
        m_tracks.push_back(std::move(track));
    }
}

QStringList CaptionTracks::languages() const
{
    QStringList list;
    for (const Track& t : m_tracks)
        list << t.source.language;
    return list;
}

const CaptionTracks::Track* CaptionTracks::track(const QString& language) const
{
    for (const Track& t : m_tracks) {
        if (t.source.language == language)
            return &t;
    }
    return nullptr;
}

QString CaptionTracks::textAt(const QString& language, double seconds) const
{
    const Track* t = track(language);
    if (!t)
        return {};
    const auto index = cueIndexAt(t->cues, seconds);
    return index ? QString::fromStdString(t->cues[*index].text) : QString();
}

CaptionCue CaptionTracks::cueAt(const QString& language, double seconds) const
{
    const Track* t = track(language);
    if (!t)
        return {};
    const auto index = cueIndexAt(t->cues, seconds);
    return index ? CaptionCue::fromCue(t->cues[*index]) : CaptionCue();
}

QString CaptionTracks::match(const QString& preferred) const
{
    if (preferred.isEmpty())
        return {};
    for (const Track& t : m_tracks) {
        if (t.source.language.compare(preferred, Qt::CaseInsensitive) == 0 && !t.cues.empty())
            return t.source.language;
    }
    for (const Track& t : m_tracks) {
        if (primary(t.source.language) == primary(preferred) && !t.cues.empty())
            return t.source.language;
    }
    // A Nynorsk reader is better served by Bokmål captions than by none, and the other way round
    // (UiLanguage makes the same choice for the interface).
    if (norwegian(primary(preferred))) {
        for (const Track& t : m_tracks) {
            if (norwegian(primary(t.source.language)) && !t.cues.empty())
                return t.source.language;
        }
    }
    return {};
}

QString CaptionTracks::choose(const QStringList& preferences) const
{
    for (const QString& preferred : preferences) {
        const QString matched = match(preferred);
        if (!matched.isEmpty())
            return matched;
    }
    for (const Track& t : m_tracks) {
        if (!t.cues.empty())
            return t.source.language;
    }
    return {};
}

} // namespace reflekt
