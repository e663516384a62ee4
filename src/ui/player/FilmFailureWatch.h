#pragma once

#include "ui/player/FilmErrorPanel.h"

#include <QMediaPlayer>
#include <QObject>

#include <functional>

namespace reflekt {

// Decides when what Qt 6.4's GStreamer backend reports means the film cannot play. The backend is
// unreliable both ways: a truncated MP4 may never report its error and stay "loading", and a good
// film sometimes reports an error around a seek and plays on. Kept apart from the player so that
// knowledge sits in one place; the player shows what `failed` says and calls markFailed().
class FilmFailureWatch : public QObject {
    Q_OBJECT
public:
    // `framesShown` counts the frames the player's sink delivered since the film was loaded.
    FilmFailureWatch(QMediaPlayer* player, std::function<int()> framesShown, QObject* parent);

    bool hasFailed() const { return m_failed; }
    // A new film: the last one's error, open timeout and pending checks no longer count.
    void reset();
    // The film is opening: it counts as unplayable if it is still loading after the timeout.
    void watchOpening();
    // The player now shows an error (from `failed`, or one it found itself).
    void markFailed();
    // The backend's errorOccurred; `framesFlowing` once the first frame has been shown.
    void report(QMediaPlayer::Error error, const QString& backendMessage, bool framesFlowing);
    // True when a film that timed out has opened after all, so the error shown must go.
    bool recoveredOn(QMediaPlayer::MediaStatus status);

Q_SIGNALS:
    void failed(FilmErrorPanel::Cause cause, const QString& backendMessage);

private:
    QMediaPlayer* m_player;
    std::function<int()> m_framesShown;
    int m_loadCount = 0;
    bool m_failed = false;
    bool m_openTimedOut = false; // the error shown is the open timeout, not the backend's
};

} // namespace reflekt
