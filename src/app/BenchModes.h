#pragma once

#include <QSize>
#include <QString>

class QElapsedTimer;

namespace reflekt {

// Measurement modes of the real player, for bench/ and docs/performance.md (figures, not tests).
class BenchModes {
public:
    /**
     * Opens `file` in the real film player and prints the time from process start to the first
     * frame shown; then plays on for `playSeconds` and prints the peak memory (max RSS) and the
     * frames delivered and drawn. By default the desktop player in a 1280x800 window (the picture
     * scaled to fit); with a `pictureSize`, only the picture, at exactly that size (as the wall
     * shows it), so it can be compared with players that show a film at its own size.
     * Returns the exit code after the event loop has run.
     */
    static int firstFrame(const QString& file, double playSeconds, const QSize& pictureSize,
                          const QElapsedTimer& sinceStart);

    /**
     * Milliseconds since the kernel started this process (10 ms resolution, from /proc), so a
     * figure includes loading the shared libraries before main(); -1 if /proc cannot tell.
     */
    static long long msSinceProcessStart();

    /** "NAME-ms P since-main-ms M": P from process start, M from `sinceMain`. */
    static void printFigure(const char* name, const QElapsedTimer& sinceMain);
};

} // namespace reflekt
