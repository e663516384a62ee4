#pragma once

#include "core/WatchedStretchTracker.h"
#include "ui/player/CaptionTracks.h"
#include "ui/player/FilmErrorPanel.h"
#include "ui/player/FilmFailureWatch.h"
#include "ui/player/FilmSource.h"

#include <QMediaPlayer>
#include <QImage>
#include <QWidget>

#include <memory>
#include <optional>

class QAudioOutput;
class QSplitter;
class QStackedWidget;
class QVideoSink;

namespace reflekt {

class AudioDescriber;
class PlayerControls;
class Settings;
class TranscriptPanel;
class FilmCanvas;
class FilmKeys;

// The film player of a module step: video with Reflekt's own captions, a control bar, and a
// transcript. In Presentation mode (the projector) it shows only the picture and large captions and
// leaves all keys to its window; a console drives it through the public slots.
class FilmPlayer : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Desktop, Presentation };

    explicit FilmPlayer(Mode mode = Mode::Desktop, QWidget* parent = nullptr);
    ~FilmPlayer() override;

    // Opens a film, paused at `startSeconds`. Caption tracks are read here; captions start on unless
    // the user turned them off, in the caption language, else the UI language, else the bundle's
    // default language, else the film's first track.
    void load(const FilmSource& film, double startSeconds = 0);
    const FilmSource& film() const { return m_film; }
    Mode mode() const { return m_mode; }

    QStringList captionLanguages() const;
    QString captionLanguage() const { return m_captionLanguage; }
    // The caption showing now (empty between cues or when captions are off).
    QString captionText() const;

    double position() const { return m_position; }
    /** The picture shown now, at the film's size; null before the first frame. */
    QImage currentFrame() const;
    double duration() const;
    bool isPlaying() const;
    double rate() const { return m_rate; }
    int volume() const { return m_volume; }
    bool isMuted() const;
    bool isFullScreenMode() const { return m_fullScreen; }
    bool isTranscriptVisible() const;

    // What the benchmark counts: frames the sink delivered since load(), how many were drawn, the
    // film's frame rate (0 when unknown) and whether frames take the direct conversion path.
    struct FrameStats {
        int delivered = 0;
        int painted = 0;
        double frameRate = 0;
        bool direct = false;
    };
    FrameStats frameStats() const;

    // Audio description: on/off, the tracks, speech (see AudioDescriber).
    AudioDescriber* audioDescriber() const { return m_describer; }

    bool hasError() const { return m_failures->hasFailed(); }
    QString errorText() const { return m_errorText; }

public Q_SLOTS:
    void play();
    void pause();
    void togglePlay();
    void playFrom(double seconds);
    void seek(double seconds);
    void stop();
    void setRate(double rate);
    // Empty turns captions off. Remembered as the user's preference.
    void setCaptionLanguage(const QString& language);
    void toggleCaptions();
    void setVolume(int volume);
    void setMuted(bool muted);
    // Full screen hides the transcript; leaving it shows the transcript again if it was open.
    void setFullScreen(bool fullScreen);
    void setTranscriptVisible(bool visible);
    // One caption size step up (+1) or down (-1), or back to normal (0), for the profile in use;
    // what Ctrl++, Ctrl+- and Ctrl+0 do while the player has focus.
    void changeCaptionSize(int direction);

Q_SIGNALS:
    void positionChanged(double seconds);
    // A stretch really played, in order; never spans a seek. At most ~2 s apart, and flushed on
    // pause, stop, seek, end of film, a new load and destruction.
    void watched(double from, double to);
    void playingChanged(bool playing);
    void errorOccurred(const QString& message);
    void firstFrameShown();
    void durationKnown(double seconds);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // Reads the caption style from Settings: the profile's, or on the wall the wall's.
    void applyCaptionStyle();
    void showCaptionStyleDialog();
    void applyCaptionLanguage(const QString& language);
    void updateForPosition(double seconds);
    // The caption at m_captionTime: the last frame's timestamp while frames carry one, else the
    // player's position.
    void showCaption();
    void onPlayerPosition(qint64 ms);
    void onMediaStatus(QMediaPlayer::MediaStatus status);
    void onPlaybackState(QMediaPlayer::PlaybackState state);
    void applyPendingSeek();
    void showError(FilmErrorPanel::Cause cause, const QString& backendMessage);
    void emitWatched(const std::optional<WatchedInterval>& stretch);
    void flushWatched();

    Mode m_mode;
    std::unique_ptr<Settings> m_settings;
    QMediaPlayer* m_player;
    QAudioOutput* m_audio;
    QVideoSink* m_sink;
    QStackedWidget* m_stack;
    FilmCanvas* m_canvas;
    FilmErrorPanel* m_errorPanel;
    FilmKeys* m_keys;
    FilmFailureWatch* m_failures;
    QSplitter* m_splitter = nullptr;
    TranscriptPanel* m_transcript = nullptr;
    PlayerControls* m_controls = nullptr;
    AudioDescriber* m_describer = nullptr;

    FilmSource m_film;
    CaptionTracks m_tracks;
    QString m_captionLanguage;
    QString m_lastCaptionLanguage;
    double m_position = 0;
    double m_duration = 0;
    double m_pendingSeek = -1;
    double m_rate = 1.0;
    int m_volume = 80;
    bool m_firstFrameSeen = false;
    bool m_frameClock = false; // captions follow frame timestamps (since the last load or seek)
    double m_captionTime = 0;
    int m_frameCount = 0;
    bool m_durationAnnounced = false;
    QString m_errorText;
    bool m_fullScreen = false;
    bool m_reopenTranscript = false; // the transcript was open when full screen began
    Qt::WindowFlags m_savedFlags;
    WatchedStretchTracker m_watched;
};

} // namespace reflekt
