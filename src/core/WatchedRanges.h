#pragma once

#include <string>
#include <vector>

namespace reflekt {

/** One stretch of a film, in seconds from the start, that was actually played. */
struct WatchedInterval {
    double from = 0.0;
    double to = 0.0;

    bool operator==(const WatchedInterval&) const = default;
};

/**
 * The distinct seconds of one film a participant has really watched, as sorted, non-overlapping
 * ranges. Overlapping or touching intervals count once, so "watched 90%" means 90% of the film's
 * distinct seconds, never a seek to the end. Pure value type: the store persists it as text.
 */
class WatchedRanges {
public:
    /** Gaps this short (seconds) between two reports are closed, absorbing timer jitter. */
    static constexpr double kJoinGapSeconds = 0.25;

    WatchedRanges() = default;

    /**
     * Adds one played interval. Reversed intervals are turned round, negative and non-finite
     * values are ignored, and when `durationSeconds` > 0 the interval is clipped to the film.
     */
    void add(WatchedInterval interval, double durationSeconds = 0.0);

    /** Merges all ranges of `other` into this one. */
    void merge(const WatchedRanges& other);

    /** Sorted, non-overlapping ranges. */
    const std::vector<WatchedInterval>& ranges() const { return m_ranges; }

    /** Seconds covered by the ranges (each second counted once). */
    double watchedSeconds() const;

    /** Share of the film watched in [0, 1]; 0 when the duration is unknown (<= 0). */
    double share(double durationSeconds) const;

    /** The completion rule for films: the watched share reaches the required share. */
    bool meetsRequiredShare(double durationSeconds, double requiredShare) const;

    /**
     * Compact text "0-12.5,30-45" for storage (milliseconds at most); parse() reads it back.
     * Always a decimal point, whatever the C locale (Qt sets it from LC_ALL/LANG).
     */
    std::string serialize() const;

    /** Reads serialize() output, locale-independently; malformed parts are skipped, never fatal. */
    static WatchedRanges parse(const std::string& text);

    bool operator==(const WatchedRanges&) const = default;

private:
    std::vector<WatchedInterval> m_ranges;
};

} // namespace reflekt
