#include "FakeSpeechEngine.h"

#include "ui/player/FilmPlayer.h"

#include <QTimer>

namespace reflekt {

FakeSpeechEngine::FakeSpeechEngine(const FilmPlayer* player, QObject* parent)
    : SpeechEngine(parent), m_player(player), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &FakeSpeechEngine::finish);
}

QString FakeSpeechEngine::problem(const QString&)
{
    return m_problem;
}

void FakeSpeechEngine::say(const QString& text, const QString& language)
{
    said.append({text, language, m_player ? m_player->position() : 0.0});
    m_speaking = true;
    const int ms = speakingMs(text);
    if (ms >= 0)
        m_timer->start(ms);
    else
        m_timer->stop();
}

void FakeSpeechEngine::stop()
{
    ++stops;
    m_speaking = false;
    m_timer->stop();
}

void FakeSpeechEngine::finish()
{
    if (!m_speaking)
        return;
    m_speaking = false;
    m_timer->stop();
    Q_EMIT finished();
}

} // namespace reflekt
