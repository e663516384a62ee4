#pragma once

#include "core/WatchedRanges.h"

#include <optional>

namespace reflekt {

/**
 * Turns the position reports of a playing film into the stretches that were really watched.
 * A stretch never spans a seek or a jump (a report further ahead than a player advances between
 * two reports), and is handed out at least every kChunkSeconds so a crash loses little.
 * Pure bookkeeping: the player feeds it positions and emits what it returns.
 */
class WatchedStretchTracker {
public:
    /** Seconds of film between two reports that still count as continuous playing at rate 1. */
    static constexpr double kMaxContinuousStep = 1.5;
    /** Longest stretch kept before it is handed out. */
    static constexpr double kChunkSeconds = 2.0;

    /** Playing starts (or resumes) at `seconds`; any open stretch is dropped, not returned. */
    void start(double seconds);

    /**
     * The film is playing at `seconds` (at speed `rate`). Returns a finished stretch when this
     * report ends one: after a jump or a step back, or when the open stretch reached kChunkSeconds.
     */
    std::optional<WatchedInterval> report(double seconds, double rate);

    /**
     * The film ended: when the last report was within one step of `durationSeconds`, the open
     * stretch reaches the end (the backend's last report comes a little before it). Returns it.
     */
    std::optional<WatchedInterval> finishAtEnd(double durationSeconds, double rate);

    /** Playing stopped (pause, seek, error, a new film): returns the open stretch, if any. */
    std::optional<WatchedInterval> flush();

    bool isOpen() const { return m_start >= 0; }

private:
    double m_start = -1;
    double m_end = -1;
};

} // namespace reflekt
