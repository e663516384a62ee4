#include "ui/player/AudioDescriber.h"

#include "platform/Settings.h"
#include "platform/UiLanguage.h"
#include "ui/player/DescribedAudio.h"
#include "ui/player/FilmPlayer.h"
#include "ui/player/PlayerControls.h"
#include "ui/player/QtSpeechEngine.h"

#include <algorithm>

namespace reflekt {

namespace {

// The described soundtrack in `language`, or in the same primary language ("nb" for "nb-NO").
QString audioFor(const QList<CaptionSource>& sources, const QString& language)
{
    for (const CaptionSource& s : sources) {
        if (s.language == language)
            return s.path;
    }
    const QString primary = language.section(QLatin1Char('-'), 0, 0);
    for (const CaptionSource& s : sources) {
        if (s.language.section(QLatin1Char('-'), 0, 0) == primary)
            return s.path;
    }
    return {};
}

} // namespace

AudioDescriber::AudioDescriber(FilmPlayer& player, QMediaPlayer* film, QAudioOutput* filmAudio)
    : QObject(&player), m_player(player), m_describedAudio(new DescribedAudio(film, filmAudio, this))
{
    const Settings settings;
    m_on = player.mode() == FilmPlayer::Mode::Presentation ? settings.wallAudioDescriptionOn()
                                                           : settings.audioDescriptionOn();
    connect(&player, &FilmPlayer::positionChanged, this, &AudioDescriber::onPosition);
    connect(&player, &FilmPlayer::playingChanged, this, &AudioDescriber::onPlaying);
}

AudioDescriber::~AudioDescriber()
{
    if (m_engine)
        m_engine->stop();
}

void AudioDescriber::setSpeechEngine(SpeechEngine* engine)
{
    if (m_engine) {
        m_engine->stop();
        delete m_engine;
    }
    m_engine = engine;
    m_engine->setParent(this);
    connect(m_engine, &SpeechEngine::finished, this, &AudioDescriber::onSpeechFinished);
    connect(m_engine, &SpeechEngine::failed, this, [this](const QString& why) {
        m_status = why;
        updateControls();
    });
}

SpeechEngine* AudioDescriber::speechEngine()
{
    if (!m_engine)
        setSpeechEngine(new QtSpeechEngine(this));
    return m_engine;
}

void AudioDescriber::attachControls(PlayerControls* controls)
{
    m_controls = controls;
    connect(controls, &PlayerControls::audioDescriptionToggled, this, &AudioDescriber::setOn);
    updateControls();
}

void AudioDescriber::load(const FilmSource& film, double position)
{
    halt(position);
    m_tracks.load(film.descriptions);
    m_audioSources = film.describedAudio;
    const Settings settings;
    const QStringList preferences{UiLanguage::resolve(settings.uiLanguage()), settings.captionLanguage(),
                                  film.defaultLanguage};
    m_language = m_tracks.choose(preferences);
    for (auto it = preferences.begin(); m_language.isEmpty() && it != preferences.end(); ++it) {
        if (!it->isEmpty() && !audioFor(m_audioSources, *it).isEmpty())
            m_language = *it;
    }
    if (m_language.isEmpty() && !m_audioSources.isEmpty())
        m_language = m_audioSources.front().language;
    const CaptionTracks::Track* track = m_tracks.track(m_language);
    m_scheduler.reset(track ? track->cues : std::vector<Cue>{}, position); // halted: nothing to undo
    m_status.clear();
    activate();
}

bool AudioDescriber::isAvailable() const
{
    return !m_scheduler.cues().empty() || !audioFor(m_audioSources, m_language).isEmpty();
}

bool AudioDescriber::isDescribedAudioPlaying() const
{
    return m_describedAudio->isActive();
}

void AudioDescriber::setOn(bool on)
{
    if (on == m_on) {
        updateControls(); // a click on a disabled or stale button: show the truth again
        return;
    }
    m_on = on;
    Settings settings;
    if (m_player.mode() == FilmPlayer::Mode::Presentation)
        settings.setWallAudioDescriptionOn(on);
    else
        settings.setAudioDescriptionOn(on);
    if (!on)
        apply(m_scheduler.stop());
    else
        apply(m_scheduler.seek(m_player.position())); // from here on, not what was passed while off
    activate();
}

void AudioDescriber::toggle()
{
    if (isAvailable())
        setOn(!m_on);
}

// The described soundtrack replaces speech when the film has one in the language; else the track
// is spoken, and the engine is asked now whether it can, so the status says so before the first cue.
void AudioDescriber::activate()
{
    const QString audio = m_on ? audioFor(m_audioSources, m_language) : QString();
    m_describedAudio->setSource(audio);
    if (m_on && audio.isEmpty() && !m_scheduler.cues().empty())
        m_status = speechEngine()->problem(m_language);
    else if (!m_on)
        m_status.clear();
    updateControls();
    Q_EMIT changed();
}

void AudioDescriber::seek(double seconds)
{
    apply(m_scheduler.seek(seconds));
}

void AudioDescriber::halt(double seconds)
{
    if (m_engine && m_scheduler.speaking())
        m_engine->stop();
    m_scheduler.seek(seconds); // its ResumeFilm is left undone
}

void AudioDescriber::onPosition(double seconds)
{
    if (!m_on || m_describedAudio->isActive() || (!m_player.isPlaying() && !m_scheduler.isHolding()))
        return;
    apply(m_scheduler.advance(seconds));
}

void AudioDescriber::onPlaying(bool playing)
{
    // The user started the film while it waited: the description goes on over the film.
    if (playing && m_scheduler.isHolding() && !m_resuming)
        m_scheduler.releaseHold();
}

void AudioDescriber::onSpeechFinished()
{
    apply(m_scheduler.speechFinished());
}

void AudioDescriber::apply(const DescriptionScheduler::Actions& actions)
{
    for (const DescriptionAction& action : actions) {
        switch (action.kind) {
        case DescriptionAction::Kind::Speak:
            speechEngine()->say(QString::fromStdString(m_scheduler.cues()[action.cue].text), m_language);
            break;
        case DescriptionAction::Kind::StopSpeech:
            if (m_engine)
                m_engine->stop();
            break;
        case DescriptionAction::Kind::PauseFilm:
            m_player.pause();
            break;
        case DescriptionAction::Kind::ResumeFilm:
            // At the very end the film has stopped by itself: playing would start it over.
            if (m_player.duration() <= 0 || m_player.position() < m_player.duration() - 0.1) {
                m_resuming = true;
                m_player.play();
                m_resuming = false;
            }
            break;
        }
    }
}

void AudioDescriber::updateControls()
{
    if (!m_controls)
        return;
    m_controls->setAudioDescription(isAvailable(), m_on, m_status);
}

} // namespace reflekt
