#include "core/WatchedStretchTracker.h"

#include <algorithm>

namespace reflekt {

void WatchedStretchTracker::start(double seconds)
{
    m_start = seconds;
    m_end = seconds;
}

std::optional<WatchedInterval> WatchedStretchTracker::report(double seconds, double rate)
{
    const double maxStep = kMaxContinuousStep * std::max(1.0, rate);
    if (m_start < 0 || seconds < m_end || seconds - m_end > maxStep) {
        auto done = flush();
        start(seconds);
        return done;
    }
    m_end = seconds;
    if (m_end - m_start >= kChunkSeconds) {
        auto done = flush();
        start(seconds);
        return done;
    }
    return std::nullopt;
}

std::optional<WatchedInterval> WatchedStretchTracker::finishAtEnd(double durationSeconds, double rate)
{
    if (m_start >= 0 && durationSeconds > 0 && durationSeconds - m_end <= kMaxContinuousStep * rate)
        m_end = durationSeconds;
    return flush();
}

std::optional<WatchedInterval> WatchedStretchTracker::flush()
{
    std::optional<WatchedInterval> done;
    if (m_start >= 0 && m_end > m_start)
        done = WatchedInterval{m_start, m_end};
    m_start = -1;
    m_end = -1;
    return done;
}

} // namespace reflekt
