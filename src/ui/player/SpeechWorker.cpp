#include "ui/player/SpeechWorker.h"

#include <QLocale>
#include <QTextToSpeech>

#include <algorithm>

namespace reflekt {

void SpeechWorker::open()
{
    if (m_tts)
        return;
    if (QTextToSpeech::availableEngines().isEmpty()) {
        Q_EMIT failed(tr("No speech engine is installed (speech-dispatcher)."));
        return;
    }
    m_tts = new QTextToSpeech(this);
    if (m_tts->state() == QTextToSpeech::Error) {
        Q_EMIT failed(tr("The speech service cannot be used: %1").arg(m_tts->errorString()));
        return;
    }
    connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state != QTextToSpeech::Paused)
            Q_EMIT speaking(state == QTextToSpeech::Speaking);
    });
    connect(m_tts, &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString& why) {
                Q_EMIT failed(tr("Speech failed: %1").arg(why));
            });
    QStringList names;
    for (const QLocale& locale : m_tts->availableLocales())
        names << locale.name();
    Q_EMIT opened(names);
}

void SpeechWorker::say(const QString& text, const QString& language)
{
    open();
    if (!m_tts || m_tts->state() == QTextToSpeech::Error)
        return; // failed() has said why; the engine's watchdog ends the utterance
    if (language != m_language) {
        const QLocale::Language wanted = QLocale(language).language();
        const QList<QLocale> locales = m_tts->availableLocales();
        const auto it = std::find_if(locales.begin(), locales.end(),
                                     [&](const QLocale& l) { return l.language() == wanted; });
        if (it != locales.end())
            m_tts->setLocale(*it);
        m_language = language;
    }
    m_tts->say(text);
}

void SpeechWorker::stop()
{
    if (m_tts)
        m_tts->stop();
}

} // namespace reflekt
