#include "ui/player/FilmFailureWatch.h"

#include <QCoreApplication>
#include <QTimer>

#include <utility>

namespace reflekt {

namespace {
// Opening a local film takes well under a second. Qt 6.4's GStreamer backend sometimes never
// reports the error of a truncated MP4 and stays "loading"; after this long the film counts as
// unplayable (and plays after all if the backend does open it later).
constexpr int kOpenTimeoutSeconds = 10;
} // namespace

FilmFailureWatch::FilmFailureWatch(QMediaPlayer* player, std::function<int()> framesShown, QObject* parent)
    : QObject(parent), m_player(player), m_framesShown(std::move(framesShown))
{
}

void FilmFailureWatch::reset()
{
    ++m_loadCount;
    m_failed = false;
    m_openTimedOut = false;
}

void FilmFailureWatch::markFailed()
{
    m_failed = true;
}

void FilmFailureWatch::watchOpening()
{
    const int load = m_loadCount;
    QTimer::singleShot(kOpenTimeoutSeconds * 1000, this, [this, load] {
        if (load != m_loadCount || m_failed || m_player->mediaStatus() != QMediaPlayer::LoadingMedia)
            return;
        m_openTimedOut = true;
        // In the player's translation context, where the message has always been.
        Q_EMIT failed(FilmErrorPanel::Cause::Unplayable,
                      QCoreApplication::translate("reflekt::FilmPlayer",
                                                  "The film did not open within %1 seconds.")
                          .arg(kOpenTimeoutSeconds));
    });
}

void FilmFailureWatch::report(QMediaPlayer::Error error, const QString& backendMessage, bool framesFlowing)
{
    if (m_failed) {
        // GStreamer follows the first, telling error with vaguer ones; only a late reason from the
        // backend replaces "did not open in time".
        if (!m_openTimedOut)
            return;
        m_openTimedOut = false;
        m_failed = false;
    }
    if (framesFlowing) {
        // Once frames have flowed, the backend sometimes reports an error around a seek and then
        // plays on. Only if no frame follows within a second is it real.
        const int framesBefore = m_framesShown();
        const int load = m_loadCount;
        QTimer::singleShot(1000, this, [this, framesBefore, load, error, backendMessage] {
            if (load != m_loadCount)
                return; // another film by now
            if (m_framesShown() == framesBefore && !m_failed)
                Q_EMIT failed(FilmErrorPanel::causeOf(error, backendMessage), backendMessage);
            else
                qWarning("Film player: the media backend reported \"%s\" but kept playing",
                         qPrintable(backendMessage));
        });
        return;
    }
    Q_EMIT failed(FilmErrorPanel::causeOf(error, backendMessage), backendMessage);
}

bool FilmFailureWatch::recoveredOn(QMediaPlayer::MediaStatus status)
{
    if (!m_openTimedOut || !m_failed ||
        (status != QMediaPlayer::LoadedMedia && status != QMediaPlayer::BufferedMedia))
        return false;
    // Slow after all, not broken.
    m_openTimedOut = false;
    m_failed = false;
    return true;
}

} // namespace reflekt
