#pragma once

#include <QObject>
#include <QString>

class QAudioOutput;
class QMediaPlayer;

namespace reflekt {

// A film's described soundtrack (its sound with the description mixed in), played in step with the
// film instead of the film's own sound: play, pause, stop, seeks and speed follow the film, and the
// sound is moved back into place when it drifts more than 200 ms. Volume and mute follow the
// film's audio output, which keeps the user's settings while the film itself plays silently.
class DescribedAudio : public QObject {
    Q_OBJECT
public:
    DescribedAudio(QMediaPlayer* film, QAudioOutput* filmAudio, QObject* parent = nullptr);
    ~DescribedAudio() override;

    // Plays `path` (empty: none) in place of the film's sound; the film's own sound returns on clear().
    void setSource(const QString& path);
    void clear() { setSource(QString()); }
    bool isActive() const { return m_active; }
    QMediaPlayer* player() const { return m_player; }

private:
    void followState();
    void followPosition(qint64 filmMs);

    QMediaPlayer* m_film;
    QAudioOutput* m_filmAudio;
    QAudioOutput* m_silent; // the film's output while the described sound plays
    QMediaPlayer* m_player;
    QAudioOutput* m_output;
    bool m_active = false;
};

} // namespace reflekt
