#pragma once

#include "core/DescriptionScheduler.h"
#include "ui/player/CaptionTracks.h"
#include "ui/player/FilmSource.h"

#include <QObject>
#include <QPointer>

class QAudioOutput;
class QMediaPlayer;

namespace reflekt {

class DescribedAudio;
class FilmPlayer;
class PlayerControls;
class SpeechEngine;

// Audio description for the film player (EN 301 549 7.2): speaks the film's description track at
// its cue times, pausing the film while a description that does not fit its gap is still spoken
// (DescriptionScheduler decides), or plays the film's described soundtrack instead of its own sound.
// On or off is remembered per profile, and for the wall as the room's setting.
class AudioDescriber : public QObject {
    Q_OBJECT
public:
    AudioDescriber(FilmPlayer& player, QMediaPlayer* film, QAudioOutput* filmAudio);
    ~AudioDescriber() override;

    // Takes ownership. Without one, a QtSpeechEngine is made when description is first spoken.
    void setSpeechEngine(SpeechEngine* engine);
    SpeechEngine* speechEngine();
    // The control bar's AD button follows and drives this describer.
    void attachControls(PlayerControls* controls);

    // The film's description tracks; the one used is in the interface language if there is one,
    // else the caption language, else the bundle's default, else the first. `position` is where
    // the film starts.
    void load(const FilmSource& film, double position);
    // The film has description (a readable track, or a described soundtrack).
    bool isAvailable() const;
    QString language() const { return m_language; }
    bool isOn() const { return m_on; }
    // Why description cannot be spoken now (no engine or voice), or empty.
    QString status() const { return m_status; }
    bool isHoldingFilm() const { return m_scheduler.isHolding(); }
    bool isDescribedAudioPlaying() const;
    DescribedAudio* describedAudio() const { return m_describedAudio; }

public Q_SLOTS:
    void setOn(bool on);
    void toggle();
    // FilmPlayer reports every seek (the position alone cannot tell a seek from playing on).
    void seek(double seconds);
    // The film stopped (or another is loaded): speech stops, and a film that waited stays stopped.
    void halt(double seconds = 0);

Q_SIGNALS:
    void changed();

private:
    void onPosition(double seconds);
    void onPlaying(bool playing);
    void onSpeechFinished();
    void apply(const DescriptionScheduler::Actions& actions);
    void activate();
    void updateControls();

    FilmPlayer& m_player;
    DescribedAudio* m_describedAudio;
    SpeechEngine* m_engine = nullptr;
    QPointer<PlayerControls> m_controls;
    CaptionTracks m_tracks;
    QList<CaptionSource> m_audioSources;
    DescriptionScheduler m_scheduler;
    QString m_language;
    QString m_status;
    bool m_on = false;
    bool m_resuming = false; // the describer itself is starting the film again
};

} // namespace reflekt
