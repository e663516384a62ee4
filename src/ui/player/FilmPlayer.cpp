#include "ui/player/FilmPlayer.h"

#include "platform/Settings.h"
#include "platform/UiLanguage.h"
#include "ui/player/AudioDescriber.h"
#include "ui/player/CaptionStyle.h"
#include "ui/player/CaptionStyleDialog.h"
#include "ui/player/CaptionStyleNotifier.h"
#include "ui/player/FilmCanvas.h"
#include "ui/player/FilmErrorPanel.h"
#include "ui/player/FilmFailureWatch.h"
#include "ui/player/FilmKeys.h"
#include "ui/player/PlayerControls.h"
#include "ui/player/TranscriptModel.h"
#include "ui/player/TranscriptPanel.h"

#include <QAudioOutput>
#include <QCloseEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QListView>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoSink>

#include <algorithm>
#include <cmath>

namespace reflekt {

FilmPlayer::FilmPlayer(Mode mode, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_settings(std::make_unique<Settings>()),
      m_player(new QMediaPlayer(this)), m_audio(new QAudioOutput(this)), m_sink(new QVideoSink(this)),
      m_stack(new QStackedWidget(this)), m_canvas(new FilmCanvas(m_stack)),
      m_errorPanel(new FilmErrorPanel(m_stack)), m_keys(new FilmKeys(*this)),
      m_failures(new FilmFailureWatch(m_player, [this] { return m_frameCount; }, this))
{
    setObjectName(QStringLiteral("filmPlayer"));
    setAccessibleName(tr("Film player"));
    setFocusPolicy(mode == Mode::Desktop ? Qt::StrongFocus : Qt::NoFocus);

    m_player->setAudioOutput(m_audio);
    m_player->setVideoSink(m_sink);
    m_volume = m_settings->volume();
    m_rate = m_settings->playbackRate();
    m_audio->setVolume(static_cast<float>(m_volume) / 100.0f);
    m_describer = new AudioDescriber(*this, m_player, m_audio);

    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_errorPanel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (mode == Mode::Presentation) {
        m_canvas->overlay().setHeightShare(CaptionOverlay::kPresentationShare);
        m_canvas->setToolTip(QString());
        layout->addWidget(m_stack, 1);
    } else {
        m_splitter = new QSplitter(Qt::Horizontal, this);
        m_splitter->setObjectName(QStringLiteral("playerSplitter"));
        m_splitter->setChildrenCollapsible(false);
        m_transcript = new TranscriptPanel(m_splitter);
        m_splitter->addWidget(m_stack);
        m_splitter->addWidget(m_transcript);
        m_splitter->setStretchFactor(0, 3);
        m_splitter->setStretchFactor(1, 1);
        m_transcript->setVisible(false);
        m_keys->watchList(m_transcript->view());
        // A line of the transcript is a place to play from, as its tooltip and the guide say.
        connect(m_transcript, &TranscriptPanel::seekRequested, this, &FilmPlayer::playFrom);

        m_controls = new PlayerControls(this);
        m_controls->setRate(m_rate);
        m_controls->setVolume(m_volume);
        m_controls->setMuted(false);
        connect(m_controls, &PlayerControls::playToggleRequested, this, &FilmPlayer::togglePlay);
        connect(m_controls, &PlayerControls::seekRequested, this, &FilmPlayer::seek);
        connect(m_controls, &PlayerControls::captionLanguageRequested, this, &FilmPlayer::setCaptionLanguage);
        connect(m_controls, &PlayerControls::transcriptToggled, this, &FilmPlayer::setTranscriptVisible);
        connect(m_controls, &PlayerControls::rateRequested, this, &FilmPlayer::setRate);
        connect(m_controls, &PlayerControls::volumeRequested, this, &FilmPlayer::setVolume);
        connect(m_controls, &PlayerControls::muteRequested, this, &FilmPlayer::setMuted);
        connect(m_controls, &PlayerControls::fullScreenRequested, this,
                [this] { setFullScreen(!m_fullScreen); });
        connect(m_canvas, &FilmCanvas::clicked, this, &FilmPlayer::togglePlay);
        connect(m_canvas, &FilmCanvas::doubleClicked, this, [this] { setFullScreen(!m_fullScreen); });
        layout->addWidget(m_splitter, 1);
        layout->addWidget(m_controls);
        connect(m_controls, &PlayerControls::captionStyleRequested, this,
                &FilmPlayer::showCaptionStyleDialog);
        m_describer->attachControls(m_controls);
    }
    applyCaptionStyle();
    connect(&CaptionStyleNotifier::instance(), &CaptionStyleNotifier::changed, this,
            &FilmPlayer::applyCaptionStyle);

    connect(m_sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        m_canvas->setFrame(frame);
        // The caption follows the frame on screen, by its own timestamp: the player's position
        // is reported in steps and runs some 60 ms behind the picture (docs/performance.md).
        if (frame.isValid() && frame.startTime() >= 0 && m_pendingSeek < 0) {
            m_frameClock = true;
            m_captionTime = static_cast<double>(frame.startTime()) / 1e6;
            showCaption();
        }
        if (!m_firstFrameSeen && frame.isValid()) {
            m_firstFrameSeen = true;
            Q_EMIT firstFrameShown();
            // The pipeline has prerolled and now accepts a seek, but not from inside this frame's
            // delivery (Qt 6.4 then reports "Internal data stream error"): one event loop turn later.
            QTimer::singleShot(0, this, &FilmPlayer::applyPendingSeek);
        }
        ++m_frameCount;
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, &FilmPlayer::onPlayerPosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms <= 0)
            return;
        m_duration = static_cast<double>(ms) / 1000.0;
        if (m_controls)
            m_controls->setDuration(m_duration);
        if (!m_durationAnnounced) {
            m_durationAnnounced = true;
            Q_EMIT durationKnown(m_duration);
        }
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &FilmPlayer::onMediaStatus);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &FilmPlayer::onPlaybackState);
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString& backendMessage) {
                m_failures->report(error, backendMessage, m_firstFrameSeen);
            });
    connect(m_failures, &FilmFailureWatch::failed, this, &FilmPlayer::showError);
}

FilmPlayer::~FilmPlayer()
{
    flushWatched();
    delete m_describer; // stops speech and the described sound while the film's player still exists
    // stop() below, and the player's own teardown when the children are deleted, deliver a last
    // blank frame and state changes: none may call back into this half-destroyed widget.
    m_sink->disconnect(this);
    m_player->disconnect(this);
    m_player->stop();
}

void FilmPlayer::load(const FilmSource& film, double startSeconds)
{
    flushWatched();
    m_player->stop();
    m_film = film;
    m_failures->reset();
    m_errorText.clear();
    m_firstFrameSeen = false;
    m_frameClock = false;
    m_frameCount = 0;
    m_durationAnnounced = false;
    m_duration = 0;
    m_position = std::max(0.0, startSeconds);
    m_pendingSeek = m_position;
    m_canvas->clearFrame();
    m_canvas->setPoster(film.posterPath.isEmpty() ? QImage() : QImage(film.posterPath));
    m_stack->setCurrentWidget(m_canvas);

    m_tracks.load(film.captions);
    // Captions are on unless the user turned them off, in the first language the film has of: the
    // user's caption language, the interface language (as the application resolved it at start),
    // the bundle's default language; else its first track. A film never goes without captions
    // just because it lacks the language chosen in another film.
    const QString chosen = m_tracks.choose(
        {m_settings->captionLanguage(), UiLanguage::resolve(m_settings->uiLanguage()), film.defaultLanguage});
    m_lastCaptionLanguage = chosen;
    if (m_controls) {
        QList<QPair<QString, QString>> menu;
        for (const CaptionTracks::Track& track : m_tracks.tracks())
            menu.append({track.source.language, track.source.label});
        m_controls->setCaptionTracks(menu);
        m_controls->setChapters(film.chapters);
        m_controls->setDuration(duration());
        m_controls->setPlaying(false);
        m_controls->setMediaUsable(true);
    }
    m_captionLanguage = QStringLiteral("-"); // force the update below
    applyCaptionLanguage(m_settings->captionsEnabled() ? chosen : QString());
    m_describer->load(film, m_position);

    if (!QFileInfo::exists(film.videoPath)) {
        m_player->setSource(QUrl());
        showError(FilmErrorPanel::Cause::MissingFile, {});
    } else {
        m_player->setSource(QUrl::fromLocalFile(film.videoPath));
        m_player->setPlaybackRate(m_rate);
        m_failures->watchOpening();
    }
    updateForPosition(m_position);
}

FilmPlayer::FrameStats FilmPlayer::frameStats() const
{
    FrameStats stats;
    stats.delivered = m_canvas->framesReceived();
    stats.painted = m_canvas->framesPainted();
    stats.frameRate = m_player->metaData().value(QMediaMetaData::VideoFrameRate).toDouble();
    stats.direct = m_canvas->lastFrameDirect();
    return stats;
}

QStringList FilmPlayer::captionLanguages() const
{
    return m_tracks.languages();
}

QString FilmPlayer::captionText() const
{
    return m_canvas->caption();
}

double FilmPlayer::duration() const
{
    return m_duration > 0 ? m_duration : std::max(0.0, m_film.durationHint);
}

bool FilmPlayer::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

bool FilmPlayer::isMuted() const
{
    return m_audio->isMuted();
}

bool FilmPlayer::isTranscriptVisible() const
{
    return m_transcript && m_transcript->isVisibleTo(this);
}

void FilmPlayer::play()
{
    if (hasError() || m_player->source().isEmpty())
        return;
    if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia)
        seek(0);
    m_player->play();
    applyPendingSeek();
}

QImage FilmPlayer::currentFrame() const
{
    return m_canvas->frameImage();
}

void FilmPlayer::pause()
{
    if (isPlaying())
        m_player->pause();
}

void FilmPlayer::playFrom(double seconds)
{
    // Before the first frame the seek waits in m_pendingSeek, and play() lets it through. After
    // the end, the seek moves the backend off EndOfMedia, so play() goes on from the line asked
    // for: the user never sees the first frame and caption flash by first.
    seek(seconds);
    if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia) {
        // A backend that stays at the end would start again from the beginning: go back to the
        // place asked for once it plays.
        m_player->play();
        seek(seconds);
        return;
    }
    play();
}

void FilmPlayer::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void FilmPlayer::seek(double seconds)
{
    if (!std::isfinite(seconds))
        return;
    seconds = std::max(0.0, seconds);
    if (duration() > 0)
        seconds = std::min(seconds, duration());
    flushWatched();
    m_frameClock = false; // until a frame from the new place arrives, the caption goes by the seek
    if (m_pendingSeek >= 0)
        m_pendingSeek = seconds; // still waiting for the backend to accept a seek
    else
        m_player->setPosition(static_cast<qint64>(std::llround(seconds * 1000)));
    m_describer->seek(seconds);
    updateForPosition(seconds);
    if (isPlaying())
        m_watched.start(seconds);
}

void FilmPlayer::stop()
{
    flushWatched();
    m_player->stop();
    m_describer->halt();
    m_frameClock = false;
    updateForPosition(0);
}

void FilmPlayer::setRate(double rate)
{
    if (!std::isfinite(rate))
        return;
    m_rate = std::clamp(rate, 0.5, 2.0);
    m_player->setPlaybackRate(m_rate);
    m_settings->setPlaybackRate(m_rate);
    if (m_controls)
        m_controls->setRate(m_rate);
}

void FilmPlayer::setCaptionLanguage(const QString& language)
{
    if (!language.isEmpty() && !m_tracks.track(language))
        return;
    applyCaptionLanguage(language);
    m_settings->setCaptionsEnabled(!language.isEmpty());
    if (!language.isEmpty())
        m_settings->setCaptionLanguage(language);
}

void FilmPlayer::toggleCaptions()
{
    setCaptionLanguage(m_captionLanguage.isEmpty() ? m_lastCaptionLanguage : QString());
}

void FilmPlayer::applyCaptionLanguage(const QString& language)
{
    if (language == m_captionLanguage)
        return;
    m_captionLanguage = language;
    if (!language.isEmpty())
        m_lastCaptionLanguage = language;
    if (m_controls) {
        const CaptionTracks::Track* track = m_tracks.track(language);
        m_controls->setCaptionLanguage(language, track ? track->source.label : QString());
    }
    if (m_transcript) {
        // The transcript shows the chosen track, or the last one used while captions are off.
        const CaptionTracks::Track* track = m_tracks.track(m_lastCaptionLanguage);
        m_transcript->model()->setCues(track ? track->cues : std::vector<Cue>{});
        m_transcript->setLanguageLabel(track ? track->source.label : QString());
    }
    updateForPosition(m_position);
}

void FilmPlayer::setVolume(int volume)
{
    m_volume = std::clamp(volume, 0, 100);
    m_audio->setVolume(static_cast<float>(m_volume) / 100.0f);
    m_settings->setVolume(m_volume);
    if (m_controls)
        m_controls->setVolume(m_volume);
}

void FilmPlayer::setMuted(bool muted)
{
    m_audio->setMuted(muted);
    if (m_controls)
        m_controls->setMuted(muted);
}

void FilmPlayer::setTranscriptVisible(bool visible)
{
    if (!m_transcript)
        return;
    m_reopenTranscript = false; // the user's own choice wins over the one full screen made
    m_transcript->setVisible(visible);
    m_controls->setTranscriptChecked(visible);
    if (visible && m_splitter->width() > 0) {
        const int side = std::clamp(m_splitter->width() / 3, m_transcript->minimumWidth(), 420);
        m_splitter->setSizes({m_splitter->width() - side, side});
    }
    if (visible)
        m_transcript->setPosition(m_position);
}

void FilmPlayer::setFullScreen(bool fullScreen)
{
    if (fullScreen == m_fullScreen)
        return;
    // Full screen is for the picture: an open transcript would keep a bright panel over a third of
    // it. It comes back when the player returns to its window, unless toggled in the meantime.
    if (fullScreen && isTranscriptVisible()) {
        setTranscriptVisible(false);
        m_reopenTranscript = true;
    }
    m_fullScreen = fullScreen;
    // As QVideoWidget does it: become a top-level window for the time being, then return to the
    // parent's layout where the widget never left.
    if (fullScreen) {
        m_savedFlags = windowFlags() & (Qt::Window | Qt::SubWindow);
        setWindowFlags((windowFlags() | Qt::Window) & ~Qt::SubWindow);
        showFullScreen();
        activateWindow();
        setFocus();
    } else {
        setWindowFlags((windowFlags() & ~(Qt::Window | Qt::SubWindow)) | m_savedFlags);
        showNormal();
        if (m_reopenTranscript)
            setTranscriptVisible(true);
        setFocus();
    }
    if (m_controls)
        m_controls->setFullScreen(fullScreen);
}

void FilmPlayer::showCaption()
{
    m_canvas->setCaption(m_captionLanguage.isEmpty() ? CaptionCue()
                                                     : m_tracks.cueAt(m_captionLanguage, m_captionTime));
}

void FilmPlayer::updateForPosition(double seconds)
{
    m_position = seconds;
    if (!m_frameClock)
        m_captionTime = seconds;
    showCaption();
    if (m_transcript && m_transcript->isVisibleTo(this))
        m_transcript->setPosition(seconds);
    if (m_controls)
        m_controls->setPosition(seconds);
    Q_EMIT positionChanged(seconds);
}

void FilmPlayer::onPlayerPosition(qint64 ms)
{
    if (m_pendingSeek >= 0)
        return; // the backend still reports the old place
    const double seconds = static_cast<double>(ms) / 1000.0;
    if (isPlaying())
        emitWatched(m_watched.report(seconds, m_rate));
    updateForPosition(seconds);
}

void FilmPlayer::onMediaStatus(QMediaPlayer::MediaStatus status)
{
    if (m_failures->recoveredOn(status)) {
        // Slow after all, not broken: the picture takes the error's place again.
        m_errorText.clear();
        m_stack->setCurrentWidget(m_canvas);
        if (m_controls)
            m_controls->setMediaUsable(true);
    }
    switch (status) {
    case QMediaPlayer::LoadedMedia:
        // Qt 6.4's GStreamer backend ignores a seek until the pipeline has prerolled, and shows no
        // frame before it is paused or played: pausing now prerolls, and the first frame that
        // arrives (see the sink) lets the resume seek through and shows the picture there.
        if (m_pendingSeek >= 0 && !isPlaying())
            m_player->pause();
        break;
    case QMediaPlayer::BufferedMedia:
        applyPendingSeek();
        break;
    case QMediaPlayer::EndOfMedia:
        emitWatched(m_watched.finishAtEnd(duration(), m_rate));
        break;
    // InvalidMedia is not handled here: the backend reports it for a moment after some good seeks;
    // real failures come with errorOccurred and its reason.
    default:
        break;
    }
}

void FilmPlayer::onPlaybackState(QMediaPlayer::PlaybackState state)
{
    const bool playing = state == QMediaPlayer::PlayingState;
    if (playing)
        m_watched.start(m_position);
    else
        flushWatched();
    if (m_controls)
        m_controls->setPlaying(playing);
    Q_EMIT playingChanged(playing);
}

void FilmPlayer::applyPendingSeek()
{
    if (m_pendingSeek < 0)
        return;
    const auto status = m_player->mediaStatus();
    if (status == QMediaPlayer::NoMedia || status == QMediaPlayer::LoadingMedia)
        return;
    const double target = m_pendingSeek;
    m_pendingSeek = -1;
    if (target > 0)
        m_player->setPosition(static_cast<qint64>(std::llround(target * 1000)));
}

void FilmPlayer::showError(FilmErrorPanel::Cause cause, const QString& backendMessage)
{
    flushWatched();
    m_failures->markFailed();
    m_errorText = m_errorPanel->present(cause, m_film.videoPath, backendMessage);
    m_stack->setCurrentWidget(m_errorPanel);
    if (m_controls) {
        m_controls->setMediaUsable(false);
        m_controls->setPlaying(false);
    }
    Q_EMIT errorOccurred(m_errorText);
}

void FilmPlayer::emitWatched(const std::optional<WatchedInterval>& stretch)
{
    if (stretch)
        Q_EMIT watched(stretch->from, stretch->to);
}

void FilmPlayer::flushWatched()
{
    emitWatched(m_watched.flush());
}

void FilmPlayer::applyCaptionStyle()
{
    // The wall keeps the facilitator's colours, font and position at the room's own size.
    m_canvas->overlay().setStyle(m_mode == Mode::Presentation ? CaptionStyle::loadForWall(*m_settings)
                                                              : CaptionStyle::load(*m_settings));
    m_canvas->update();
}

void FilmPlayer::showCaptionStyleDialog()
{
    CaptionStyleDialog dialog(this);
    dialog.exec();
    setFocus();
}

void FilmPlayer::changeCaptionSize(int direction)
{
    CaptionStyle style = CaptionStyle::load(*m_settings);
    style.sizePercent =
        direction == 0 ? CaptionStyle::kNormalSize : CaptionStyle::steppedSize(style.sizePercent, direction);
    style.save(*m_settings);
    CaptionStyleNotifier::notifyChanged();
}

bool FilmPlayer::event(QEvent* event)
{
    // Claim the caption size keys before the window's Larger/Smaller text shortcuts see them.
    if (event->type() == QEvent::ShortcutOverride && m_keys->claimsShortcut(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void FilmPlayer::keyPressEvent(QKeyEvent* event)
{
    if (m_keys->handle(event))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void FilmPlayer::closeEvent(QCloseEvent* event)
{
    if (m_fullScreen) {
        // Closing the full-screen window returns the player to its place instead of losing it.
        setFullScreen(false);
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace reflekt
