#pragma once

#include "core/WatchedRanges.h"
#include "store/StoreResult.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace reflekt {

class Database;
class OutboxWriter;

/** A step, by the bundle's stable string ids. */
struct StepRef {
    std::string bundleId;
    std::string moduleId;
    std::string stepId;

    bool operator==(const StepRef&) const = default;
};

/** How a step was completed: on one's own, or in a group session. */
enum class CompletionHow { Alone, Group };

/** Everything stored about one participant and one step. */
struct StepProgress {
    StepRef step;
    bool completed = false;
    std::optional<TimeMs> firstOpenedMs;
    std::optional<TimeMs> lastOpenedMs;
    std::optional<double> filmPositionSeconds; ///< where to resume the film
    std::optional<double> filmDurationSeconds;
    WatchedRanges watched; ///< distinct seconds really played
    double watchedShare = 0.0;
    std::optional<TimeMs> completedMs;
    std::optional<CompletionHow> completedHow;
    std::optional<std::int64_t> completedSessionId;
};

/** Result of recording film progress. */
struct FilmProgress {
    double share = 0.0; ///< share of distinct seconds watched, 0..1
    WatchedRanges watched;
    bool completed = false;    ///< the step is completed (now or before)
    bool completedNow = false; ///< this call completed it
};

/** "3 of 5 steps done". */
struct ProgressSummary {
    int stepsDone = 0;
    int stepsTotal = 0;
};

/** Where each participant is. Every call takes the participant id and touches only their rows. */
class ProgressRepository {
public:
    ProgressRepository(Database& db, OutboxWriter& outbox);

    /** Records that the participant opened a step now (first and last opened); xAPI "launched" the
     *  module when this starts a new sitting with it. */
    StoreStatus openStep(std::int64_t participantId, const StepRef& step);

    /** The step of `moduleId` the participant opened last ("continue where you left off"). */
    StoreResult<std::optional<std::string>>
    lastOpenedStep(std::int64_t participantId, const std::string& bundleId, const std::string& moduleId);
    /** The step (and so the module) of a bundle the participant opened last. */
    StoreResult<std::optional<StepRef>> lastOpenedInBundle(std::int64_t participantId,
                                                           const std::string& bundleId);
    /** The step the participant opened last in any bundle. */
    StoreResult<std::optional<StepRef>> lastOpened(std::int64_t participantId);

    /**
     * Called every few seconds while a film plays: stores the position and merges the interval
     * really played since the last call. Seeking is not watching: report only played intervals.
     * When the watched share reaches `requiredShare` the step is completed (alone), in the same
     * transaction. Returns the share of distinct seconds watched.
     */
    StoreResult<FilmProgress> recordFilmProgress(std::int64_t participantId, const StepRef& step,
                                                 double positionSeconds, WatchedInterval played,
                                                 double durationSeconds, double requiredShare);

    /** Marks a step completed (keeps the first completion if it already was). `when` defaults to now. */
    StoreStatus markCompleted(std::int64_t participantId, const StepRef& step, CompletionHow how,
                              std::optional<TimeMs> when = std::nullopt);

    /** Stored progress of one step, or nullopt if never opened. */
    StoreResult<std::optional<StepProgress>> stepProgress(std::int64_t participantId, const StepRef& step);

    /** All stored steps of one module for the participant. */
    StoreResult<std::vector<StepProgress>>
    moduleProgress(std::int64_t participantId, const std::string& bundleId, const std::string& moduleId);

    /** Steps done of the given step ids of a module (ids not in the bundle any more do not count). */
    StoreResult<ProgressSummary> moduleSummary(std::int64_t participantId, const std::string& bundleId,
                                               const std::string& moduleId,
                                               const std::vector<std::string>& stepIds);

    /** Per-module summaries of a bundle, for module id -> its step ids, in one query. */
    StoreResult<std::map<std::string, ProgressSummary>>
    bundleSummary(std::int64_t participantId, const std::string& bundleId,
                  const std::map<std::string, std::vector<std::string>>& stepIdsByModule);

    /**
     * Completion inside the caller's transaction. Keeps an earlier completion. False on an SQLite
     * error. Queues no xAPI statement (OutboxWriter::completeStep does both).
     */
    static bool markCompletedWithin(Database& db, std::int64_t participantId, const StepRef& step,
                                    CompletionHow how, TimeMs when, std::optional<std::int64_t> sessionId);

private:
    Database& m_db;
    OutboxWriter& m_outbox;
};

std::string toString(CompletionHow how);

} // namespace reflekt
