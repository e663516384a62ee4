#pragma once

#include <QObject>
#include <QStringList>

class QTextToSpeech;

namespace reflekt {

// The Qt TextToSpeech engine on a thread of its own, for QtSpeechEngine: opening speech-dispatcher
// and speaking can block (a speech service whose audio output is broken does not answer), and the
// film player's thread must never wait for it.
class SpeechWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

public Q_SLOTS:
    void open();
    void say(const QString& text, const QString& language);
    void stop();

Q_SIGNALS:
    // The engine is open; `locales` are the names ("sv_SE", "nb_NO") it has voices for.
    void opened(const QStringList& locales);
    // It could not be opened, or speaking failed; `why` is for the player's status.
    void failed(const QString& why);
    // It began speaking (true), or is ready again after an utterance (false).
    void speaking(bool speaking);

private:
    QTextToSpeech* m_tts = nullptr;
    QString m_language;
};

} // namespace reflekt
