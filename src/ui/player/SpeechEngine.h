#pragma once

#include <QObject>
#include <QString>

namespace reflekt {

// What audio description speaks with: one utterance at a time, in a language. The player uses
// QtSpeechEngine (speech-dispatcher); tests give it a fake that records what was said.
class SpeechEngine : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Empty when the engine can speak `language` (a BCP 47 tag such as "sv"); else why not, in words
    // for the player's status ("No voice for Swedish is installed.").
    virtual QString problem(const QString& language) = 0;
    // Starts speaking `text`, replacing anything being spoken.
    virtual void say(const QString& text, const QString& language) = 0;
    // Stops at once; no finished() follows for the utterance stopped.
    virtual void stop() = 0;
    virtual bool isSpeaking() const = 0;

Q_SIGNALS:
    // The utterance started with say() has ended by itself (or could not be spoken: see failed()).
    void finished();
    // Speech stopped working; `why` is for the player's status.
    void failed(const QString& why);
};

} // namespace reflekt
