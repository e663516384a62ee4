#pragma once

#include "ui/player/SpeechEngine.h"

#include <QList>
#include <QString>

#include <functional>

class QTimer;

namespace reflekt {

class FilmPlayer;

// A speech engine for tests: records each say() with the film's position at that moment, and
// finishes an utterance after the time `speakingMs` gives for its text (or, for -1, only when the
// test calls finish()).
class FakeSpeechEngine : public SpeechEngine {
    Q_OBJECT
public:
    struct Said {
        QString text;
        QString language;
        double position = 0; // the film's position when it was said
    };

    explicit FakeSpeechEngine(const FilmPlayer* player, QObject* parent = nullptr);

    QString problem(const QString& language) override;
    void say(const QString& text, const QString& language) override;
    void stop() override;
    bool isSpeaking() const override { return m_speaking; }

    void finish();
    void setProblem(const QString& problem) { m_problem = problem; }

    std::function<int(const QString&)> speakingMs = [](const QString&) { return 200; };
    QList<Said> said;
    int stops = 0;

private:
    const FilmPlayer* m_player;
    QTimer* m_timer;
    QString m_problem;
    bool m_speaking = false;
};

} // namespace reflekt
