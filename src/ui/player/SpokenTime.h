#pragma once

#include <QCoreApplication>
#include <QString>

namespace reflekt {

// Film times as a screen reader should say them: "1 minute 5 seconds of 1 minute 38 seconds"
// where the screen shows "1:05 / 1:38". Whole seconds, rounded down as formatFilmTime does, so
// what is heard matches what is seen.
class SpokenTime {
    Q_DECLARE_TR_FUNCTIONS(reflekt::SpokenTime)
public:
    /** "1 hour 2 minutes 5 seconds", "1 minute", "0 seconds". */
    static QString duration(double seconds);
    /** "1 minute 5 seconds of 1 minute 38 seconds"; the position alone while the length is unknown. */
    static QString positionOf(double position, double length);
    /** The whole seconds shown for a time (never negative). */
    static int wholeSeconds(double seconds);
};

} // namespace reflekt
