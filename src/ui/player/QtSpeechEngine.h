#pragma once

#include "ui/player/SpeechEngine.h"

#include <QStringList>

class QThread;
class QTimer;

namespace reflekt {

class SpeechWorker;

// SpeechEngine over Qt TextToSpeech: speech-dispatcher on Linux, with a voice for each utterance's
// language. The engine runs on its own thread (SpeechWorker) and is opened on first use, so a
// player without description never starts speech-dispatcher, and a speech service that hangs
// cannot freeze the player: a watchdog ends an utterance that never starts or never ends, so the
// film never waits for speech that is not coming.
class QtSpeechEngine : public SpeechEngine {
    Q_OBJECT
public:
    explicit QtSpeechEngine(QObject* parent = nullptr);
    ~QtSpeechEngine() override;

    // What is known so far: empty until the engine has answered, then why it cannot speak, if so.
    QString problem(const QString& language) override;
    void say(const QString& text, const QString& language) override;
    void stop() override;
    bool isSpeaking() const override { return m_active; }

Q_SIGNALS:
    void openRequested();
    void sayRequested(const QString& text, const QString& language);
    void stopRequested();

private:
    QString voiceProblem(const QString& language) const;
    void onOpened(const QStringList& locales);
    void onFailed(const QString& why);
    void onSpeaking(bool speaking);
    void endUtterance();

    QThread* m_thread;
    SpeechWorker* m_worker;
    QTimer* m_watchdog;
    bool m_openRequested = false;
    bool m_opened = false;
    QString m_openProblem;
    QStringList m_locales;
    QString m_language; // of the last problem() or say()
    int m_speakingTimeoutMs = 0;
    bool m_active = false;  // an utterance from say() has not ended yet
    bool m_started = false; // ... and the engine has begun speaking it
};

} // namespace reflekt
