#include "ui/player/DescribedAudio.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QUrl>

#include <cstdlib>

namespace reflekt {

namespace {
constexpr qint64 kMaxDriftMs = 200;
} // namespace

DescribedAudio::DescribedAudio(QMediaPlayer* film, QAudioOutput* filmAudio, QObject* parent)
    : QObject(parent), m_film(film), m_filmAudio(filmAudio), m_silent(new QAudioOutput(this)),
      m_player(new QMediaPlayer(this)), m_output(new QAudioOutput(this))
{
    m_silent->setVolume(0);
    m_silent->setMuted(true);
    m_player->setAudioOutput(m_output);
    auto followOutput = [this] {
        m_output->setVolume(m_filmAudio->volume());
        m_output->setMuted(m_filmAudio->isMuted());
    };
    followOutput();
    connect(m_filmAudio, &QAudioOutput::volumeChanged, this, followOutput);
    connect(m_filmAudio, &QAudioOutput::mutedChanged, this, followOutput);
    connect(m_film, &QMediaPlayer::playbackStateChanged, this, &DescribedAudio::followState);
    connect(m_film, &QMediaPlayer::positionChanged, this, &DescribedAudio::followPosition);
    connect(m_film, &QMediaPlayer::playbackRateChanged, this, [this](qreal rate) {
        if (m_active)
            m_player->setPlaybackRate(rate);
    });
    // Once the sound has loaded it can be put in place: a seek before that is ignored by the backend.
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (m_active && (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia)) {
            m_player->setPosition(m_film->position());
            followState();
        }
    });
}

DescribedAudio::~DescribedAudio()
{
    m_film->disconnect(this);
    m_filmAudio->disconnect(this);
    m_player->stop();
    if (m_active)
        m_film->setAudioOutput(m_filmAudio); // m_silent goes with this object
}

void DescribedAudio::setSource(const QString& path)
{
    const bool active = !path.isEmpty();
    if (!active && !m_active)
        return;
    m_active = active;
    m_player->stop();
    m_player->setSource(active ? QUrl::fromLocalFile(path) : QUrl());
    m_film->setAudioOutput(active ? m_silent : m_filmAudio);
    if (active) {
        m_player->setPlaybackRate(m_film->playbackRate());
        followState();
    }
}

void DescribedAudio::followState()
{
    if (!m_active)
        return;
    switch (m_film->playbackState()) {
    case QMediaPlayer::PlayingState:
        m_player->setPosition(m_film->position());
        m_player->play();
        break;
    case QMediaPlayer::PausedState:
        m_player->pause();
        m_player->setPosition(m_film->position());
        break;
    case QMediaPlayer::StoppedState:
        m_player->stop();
        break;
    }
}

void DescribedAudio::followPosition(qint64 filmMs)
{
    if (!m_active)
        return;
    if (std::llabs(m_player->position() - filmMs) > kMaxDriftMs)
        m_player->setPosition(filmMs);
}

} // namespace reflekt
