#pragma once

#include "core/WebVtt.h"
#include "ui/player/CaptionCue.h"
#include "ui/player/FilmSource.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace reflekt {

// The caption tracks of one film, read with core's parseWebVtt. A track whose file cannot be read
// or has no usable cues is kept (so the menu can say so) with its problem text.
class CaptionTracks {
    Q_DECLARE_TR_FUNCTIONS(reflekt::CaptionTracks)
public:
    struct Track {
        CaptionSource source;
        std::vector<Cue> cues;
        QString problem; // empty when the file was read
    };

    void load(const QList<CaptionSource>& sources);
    void clear() { m_tracks.clear(); }

    const std::vector<Track>& tracks() const { return m_tracks; }
    QStringList languages() const;
    // nullptr when there is no track in that language.
    const Track* track(const QString& language) const;
    // The cue text showing at `seconds` in `language`, empty between cues or for an unknown language.
    QString textAt(const QString& language, double seconds) const;
    // The cue showing then, with its styling and placement; empty like textAt().
    CaptionCue cueAt(const QString& language, double seconds) const;
    // The best track for a preferred language: exact tag, then the same primary language ("nb" for
    // "nb-NO", "sv" for "sv-FI"; "no" counts as "nb"), then for a Norwegian reader the other written
    // form (Bokmål for Nynorsk and the other way round). Empty when none matches.
    QString match(const QString& preferred) const;
    // The track to show: the first of `preferences` that match() finds (empty entries are skipped),
    // else the first track with cues. Empty only when no track has any.
    QString choose(const QStringList& preferences) const;

private:
    std::vector<Track> m_tracks;
};

} // namespace reflekt
