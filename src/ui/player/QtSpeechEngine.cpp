#include "ui/player/QtSpeechEngine.h"

#include "ui/player/SpeechWorker.h"

#include <QLocale>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace reflekt {

namespace {

constexpr int kStartTimeoutMs = 5000;
constexpr int kStopWaitMs = 1000;

// Far longer than any description takes to say: about 15 characters a second at the slowest.
int speakingTimeoutMs(const QString& text)
{
    return 10000 + static_cast<int>(std::min<qsizetype>(text.size(), 5000)) * 70;
}

QLocale::Language languageOf(const QString& tag)
{
    const QString primary = tag.section(QLatin1Char('-'), 0, 0).toLower();
    if (primary == QLatin1String("no") || primary == QLatin1String("nb"))
        return QLocale::NorwegianBokmal;
    return QLocale(primary).language();
}

} // namespace

QtSpeechEngine::QtSpeechEngine(QObject* parent)
    : SpeechEngine(parent), m_thread(new QThread), m_worker(new SpeechWorker), m_watchdog(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("speech"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &QtSpeechEngine::openRequested, m_worker, &SpeechWorker::open);
    connect(this, &QtSpeechEngine::sayRequested, m_worker, &SpeechWorker::say);
    connect(this, &QtSpeechEngine::stopRequested, m_worker, &SpeechWorker::stop);
    connect(m_worker, &SpeechWorker::opened, this, &QtSpeechEngine::onOpened);
    connect(m_worker, &SpeechWorker::failed, this, &QtSpeechEngine::onFailed);
    connect(m_worker, &SpeechWorker::speaking, this, &QtSpeechEngine::onSpeaking);
    m_thread->start();

    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_active)
            return;
        const bool started = m_started;
        stop();
        if (!started && m_openProblem.isEmpty()) {
            const QString why = tr("The speech service did not answer.");
            if (!m_opened)
                m_openProblem = why; // still opening: the next descriptions need not wait for it too
            Q_EMIT failed(why);
        }
        Q_EMIT finished();
    });
}

QtSpeechEngine::~QtSpeechEngine()
{
    disconnect(m_worker, nullptr, this, nullptr);
    Q_EMIT stopRequested();
    m_thread->quit();
    if (m_thread->wait(kStopWaitMs)) {
        delete m_thread;
        return;
    }
    // The speech service holds the thread (an open that never returns): leave it to the end of the
    // process rather than block the player; destroying a running QThread would abort.
    qWarning("Reflekt: the speech service does not answer; leaving its thread behind");
}

QString QtSpeechEngine::voiceProblem(const QString& language) const
{
    const QLocale::Language wanted = languageOf(language);
    const bool has = std::any_of(m_locales.begin(), m_locales.end(),
                                 [&](const QString& name) { return QLocale(name).language() == wanted; });
    return has ? QString() : tr("No voice for %1 is installed.").arg(QLocale(wanted).nativeLanguageName());
}

QString QtSpeechEngine::problem(const QString& language)
{
    m_language = language;
    if (!m_openRequested) {
        m_openRequested = true;
        Q_EMIT openRequested();
    }
    if (!m_openProblem.isEmpty())
        return m_openProblem;
    return m_opened ? voiceProblem(language) : QString();
}

void QtSpeechEngine::say(const QString& text, const QString& language)
{
    if (!problem(language).isEmpty()) {
        // Nothing to wait for: the film goes on as if the description had been spoken.
        QTimer::singleShot(0, this, &SpeechEngine::finished);
        return;
    }
    m_active = true;
    m_started = false;
    m_speakingTimeoutMs = speakingTimeoutMs(text);
    m_watchdog->start(kStartTimeoutMs);
    Q_EMIT sayRequested(text, language);
}

void QtSpeechEngine::stop()
{
    m_active = false;
    m_started = false;
    m_watchdog->stop();
    Q_EMIT stopRequested();
}

void QtSpeechEngine::onOpened(const QStringList& locales)
{
    m_opened = true;
    m_locales = locales;
    if (!m_language.isEmpty()) {
        if (const QString why = voiceProblem(m_language); !why.isEmpty())
            onFailed(why);
    }
}

void QtSpeechEngine::onFailed(const QString& why)
{
    if (!m_opened)
        m_openProblem = why;
    Q_EMIT failed(why);
    endUtterance();
}

void QtSpeechEngine::onSpeaking(bool speaking)
{
    if (!m_active)
        return; // the end of an utterance that was stopped
    if (speaking) {
        m_started = true;
        m_watchdog->start(m_speakingTimeoutMs);
    } else if (m_started) {
        endUtterance();
    }
}

void QtSpeechEngine::endUtterance()
{
    if (!m_active)
        return;
    m_active = false;
    m_started = false;
    m_watchdog->stop();
    Q_EMIT finished();
}

} // namespace reflekt
