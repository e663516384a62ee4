#include "ui/player/SpokenTime.h"

#include <QStringList>

#include <cmath>
#include <limits>

namespace reflekt {

int SpokenTime::wholeSeconds(double seconds)
{
    if (!std::isfinite(seconds) || seconds <= 0)
        return 0;
    const double capped = std::min(seconds, static_cast<double>(std::numeric_limits<int>::max()));
    return static_cast<int>(std::floor(capped));
}

QString SpokenTime::duration(double seconds)
{
    const int total = wholeSeconds(seconds);
    const int h = total / 3600;
    const int m = (total / 60) % 60;
    const int s = total % 60;
    QStringList parts;
    if (h > 0)
        parts << tr("%n hour(s)", nullptr, h);
    if (m > 0)
        parts << tr("%n minute(s)", nullptr, m);
    if (s > 0 || parts.isEmpty())
        parts << tr("%n second(s)", nullptr, s);
    return parts.join(QLatin1Char(' '));
}

QString SpokenTime::positionOf(double position, double length)
{
    if (wholeSeconds(length) <= 0)
        return duration(position);
    //: A film position and the film's length, both spoken: "1 minute 5 seconds of 1 minute 38 seconds"
    return tr("%1 of %2").arg(duration(position), duration(length));
}

} // namespace reflekt
