#include "store/ProgressRepository.h"

#include "store/Database.h"
#include "store/OutboxWriter.h"
#include "store/Transaction.h"

#include <algorithm>
#include <set>

namespace reflekt {

namespace {

constexpr const char* kProgressColumns =
    "SELECT bundle_id, module_id, step_id, state, first_opened_ms, last_opened_ms, film_position_s, "
    "film_duration_s, watched_ranges, watched_share, completed_ms, completed_how, completed_session_id "
    "FROM step_progress ";

StepProgress readProgress(const Statement& st)
{
    StepProgress p;
    p.step = {st.text(0), st.text(1), st.text(2)};
    p.completed = st.text(3) == "completed";
    p.firstOpenedMs = st.optionalInt64(4);
    p.lastOpenedMs = st.optionalInt64(5);
    p.filmPositionSeconds = st.optionalReal(6);
    p.filmDurationSeconds = st.optionalReal(7);
    p.watched = WatchedRanges::parse(st.text(8));
    p.watchedShare = st.real(9);
    p.completedMs = st.optionalInt64(10);
    if (auto how = st.optionalText(11))
        p.completedHow = *how == "group" ? CompletionHow::Group : CompletionHow::Alone;
    p.completedSessionId = st.optionalInt64(12);
    return p;
}

} // namespace

std::string toString(CompletionHow how)
{
    return how == CompletionHow::Group ? "group" : "alone";
}

ProgressRepository::ProgressRepository(Database& db, OutboxWriter& outbox) : m_db(db), m_outbox(outbox) {}

StoreStatus ProgressRepository::openStep(std::int64_t participantId, const StepRef& step)
{
    const char* action = "remember where you are";
    Transaction tx(m_db);
    if (!tx.active() || !m_outbox.launchedIfNew(participantId, step))
        return StoreStatus::failure(m_db.describeError(action));
    Statement st = m_db.prepare(R"sql(
        INSERT INTO step_progress (participant_id, bundle_id, module_id, step_id, first_opened_ms, last_opened_ms)
        VALUES (?1, ?2, ?3, ?4, ?5, ?5)
        ON CONFLICT (participant_id, bundle_id, module_id, step_id) DO UPDATE
           SET last_opened_ms = excluded.last_opened_ms,
               first_opened_ms = coalesce(step_progress.first_opened_ms, excluded.first_opened_ms))sql");
    st.bind(1, participantId)
        .bind(2, step.bundleId)
        .bind(3, step.moduleId)
        .bind(4, step.stepId)
        .bind(5, m_db.now());
    if (!st.run() || !tx.commit())
        return StoreStatus::failure(m_db.describeError(action));
    return StoreStatus::success();
}

StoreResult<std::optional<std::string>> ProgressRepository::lastOpenedStep(std::int64_t participantId,
                                                                           const std::string& bundleId,
                                                                           const std::string& moduleId)
{
    using Result = StoreResult<std::optional<std::string>>;
    Statement st =
        m_db.prepare("SELECT step_id FROM step_progress WHERE participant_id = ?1 AND bundle_id = ?2 "
                     "AND module_id = ?3 AND last_opened_ms IS NOT NULL "
                     "ORDER BY last_opened_ms DESC LIMIT 1");
    st.bind(1, participantId).bind(2, bundleId).bind(3, moduleId);
    if (st.step())
        return Result::success(st.text(0));
    if (st.failed())
        return Result::failure(m_db.describeError("find where you left off"));
    return Result::success(std::nullopt);
}

StoreResult<std::optional<StepRef>> ProgressRepository::lastOpenedInBundle(std::int64_t participantId,
                                                                           const std::string& bundleId)
{
    using Result = StoreResult<std::optional<StepRef>>;
    Statement st =
        m_db.prepare("SELECT bundle_id, module_id, step_id FROM step_progress WHERE participant_id = ?1 "
                     "AND bundle_id = ?2 AND last_opened_ms IS NOT NULL "
                     "ORDER BY last_opened_ms DESC LIMIT 1");
    st.bind(1, participantId).bind(2, bundleId);
    if (st.step())
        return Result::success(StepRef{st.text(0), st.text(1), st.text(2)});
    if (st.failed())
        return Result::failure(m_db.describeError("find where you left off"));
    return Result::success(std::nullopt);
}

StoreResult<std::optional<StepRef>> ProgressRepository::lastOpened(std::int64_t participantId)
{
    using Result = StoreResult<std::optional<StepRef>>;
    Statement st =
        m_db.prepare("SELECT bundle_id, module_id, step_id FROM step_progress WHERE participant_id = ?1 "
                     "AND last_opened_ms IS NOT NULL ORDER BY last_opened_ms DESC LIMIT 1");
    st.bind(1, participantId);
    if (st.step())
        return Result::success(StepRef{st.text(0), st.text(1), st.text(2)});
    if (st.failed())
        return Result::failure(m_db.describeError("find where you left off"));
    return Result::success(std::nullopt);
}

StoreResult<FilmProgress> ProgressRepository::recordFilmProgress(std::int64_t participantId,
                                                                 const StepRef& step, double positionSeconds,
                                                                 WatchedInterval played,
                                                                 double durationSeconds, double requiredShare)
{
    using Result = StoreResult<FilmProgress>;
    const char* action = "save how much of the film you have watched";
    Transaction tx(m_db);
    if (!tx.active())
        return Result::failure(m_db.describeError(action));
    const TimeMs now = m_db.now();

    Statement read = m_db.prepare("SELECT watched_ranges, state, watched_share FROM step_progress WHERE participant_id = ?1 "
                                  "AND bundle_id = ?2 AND module_id = ?3 AND step_id = ?4");
    read.bind(1, participantId).bind(2, step.bundleId).bind(3, step.moduleId).bind(4, step.stepId);
    FilmProgress progress;
    bool wasCompleted = false;
    double shareBefore = 0.0;
    if (read.step()) {
        progress.watched = WatchedRanges::parse(read.text(0));
        wasCompleted = read.text(1) == "completed";
        shareBefore = read.real(2);
    } else if (read.failed()) {
        return Result::failure(m_db.describeError(action));
    }
    read = Statement();

    progress.watched.add(played, durationSeconds);
    progress.share = progress.watched.share(durationSeconds);
    progress.completedNow =
        !wasCompleted && progress.watched.meetsRequiredShare(durationSeconds, requiredShare);
    progress.completed = wasCompleted || progress.completedNow;

    Statement write = m_db.prepare(R"sql(
        INSERT INTO step_progress (participant_id, bundle_id, module_id, step_id, first_opened_ms, last_opened_ms,
                                   film_position_s, film_duration_s, watched_ranges, watched_share)
        VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, ?8, ?9)
        ON CONFLICT (participant_id, bundle_id, module_id, step_id) DO UPDATE
           SET film_position_s = excluded.film_position_s, film_duration_s = excluded.film_duration_s,
               watched_ranges = excluded.watched_ranges, watched_share = excluded.watched_share)sql");
    write.bind(1, participantId).bind(2, step.bundleId).bind(3, step.moduleId).bind(4, step.stepId);
    write.bind(5, now).bind(6, positionSeconds).bind(7, durationSeconds);
    write.bind(8, progress.watched.serialize()).bind(9, progress.share);
    if (!write.run() || !m_outbox.filmProgressed(participantId, step, shareBefore, progress.share))
        return Result::failure(m_db.describeError(action));
    if (progress.completedNow && !m_outbox.completeStep(participantId, step, CompletionHow::Alone, now,
                                                        std::nullopt, progress.share))
        return Result::failure(m_db.describeError(action));
    if (!tx.commit())
        return Result::failure(m_db.describeError(action));
    return Result::success(std::move(progress));
}

bool ProgressRepository::markCompletedWithin(Database& db, std::int64_t participantId, const StepRef& step,
                                             CompletionHow how, TimeMs when,
                                             std::optional<std::int64_t> sessionId)
{
    Statement st = db.prepare(R"sql(
        INSERT INTO step_progress (participant_id, bundle_id, module_id, step_id, state,
                                   completed_ms, completed_how, completed_session_id)
        VALUES (?1, ?2, ?3, ?4, 'completed', ?5, ?6, ?7)
        ON CONFLICT (participant_id, bundle_id, module_id, step_id) DO UPDATE
           SET state = 'completed', completed_ms = excluded.completed_ms,
               completed_how = excluded.completed_how, completed_session_id = excluded.completed_session_id
         WHERE step_progress.state <> 'completed')sql");
    st.bind(1, participantId).bind(2, step.bundleId).bind(3, step.moduleId).bind(4, step.stepId);
    st.bind(5, when).bind(6, toString(how)).bind(7, sessionId);
    return st.run();
}

StoreStatus ProgressRepository::markCompleted(std::int64_t participantId, const StepRef& step,
                                              CompletionHow how, std::optional<TimeMs> when)
{
    const char* action = "mark the step as done";
    Transaction tx(m_db);
    if (!tx.active() ||
        !m_outbox.completeStep(participantId, step, how, when.value_or(m_db.now()), std::nullopt) ||
        !tx.commit())
        return StoreStatus::failure(m_db.describeError(action));
    return StoreStatus::success();
}

StoreResult<std::optional<StepProgress>> ProgressRepository::stepProgress(std::int64_t participantId,
                                                                          const StepRef& step)
{
    using Result = StoreResult<std::optional<StepProgress>>;
    Statement st =
        m_db.prepare(std::string(kProgressColumns) +
                     "WHERE participant_id = ?1 AND bundle_id = ?2 AND module_id = ?3 AND step_id = ?4");
    st.bind(1, participantId).bind(2, step.bundleId).bind(3, step.moduleId).bind(4, step.stepId);
    if (st.step())
        return Result::success(readProgress(st));
    if (st.failed())
        return Result::failure(m_db.describeError("load your progress"));
    return Result::success(std::nullopt);
}

StoreResult<std::vector<StepProgress>> ProgressRepository::moduleProgress(std::int64_t participantId,
                                                                          const std::string& bundleId,
                                                                          const std::string& moduleId)
{
    using Result = StoreResult<std::vector<StepProgress>>;
    Statement st =
        m_db.prepare(std::string(kProgressColumns) +
                     "WHERE participant_id = ?1 AND bundle_id = ?2 AND module_id = ?3 ORDER BY step_id");
    st.bind(1, participantId).bind(2, bundleId).bind(3, moduleId);
    std::vector<StepProgress> out;
    while (st.step())
        out.push_back(readProgress(st));
    if (st.failed())
        return Result::failure(m_db.describeError("load your progress"));
    return Result::success(std::move(out));
}

StoreResult<ProgressSummary> ProgressRepository::moduleSummary(std::int64_t participantId,
                                                               const std::string& bundleId,
                                                               const std::string& moduleId,
                                                               const std::vector<std::string>& stepIds)
{
    auto all = bundleSummary(participantId, bundleId, {{moduleId, stepIds}});
    if (!all.ok())
        return StoreResult<ProgressSummary>::failure(all.error);
    return StoreResult<ProgressSummary>::success(all.value->at(moduleId));
}

StoreResult<std::map<std::string, ProgressSummary>>
ProgressRepository::bundleSummary(std::int64_t participantId, const std::string& bundleId,
                                  const std::map<std::string, std::vector<std::string>>& stepIdsByModule)
{
    using Result = StoreResult<std::map<std::string, ProgressSummary>>;
    std::map<std::string, ProgressSummary> out;
    for (const auto& [module, steps] : stepIdsByModule)
        out[module].stepsTotal = static_cast<int>(std::set<std::string>(steps.begin(), steps.end()).size());
    Statement st =
        m_db.prepare(stepIdsByModule.size() == 1
                         ? "SELECT module_id, step_id FROM step_progress WHERE participant_id = ?1 "
                           "AND bundle_id = ?2 AND module_id = ?3 AND state = 'completed'"
                         : "SELECT module_id, step_id FROM step_progress WHERE participant_id = ?1 "
                           "AND bundle_id = ?2 AND state = 'completed'");
    st.bind(1, participantId).bind(2, bundleId);
    if (stepIdsByModule.size() == 1)
        st.bind(3, stepIdsByModule.begin()->first);
    while (st.step()) {
        const auto it = stepIdsByModule.find(st.text(0));
        if (it != stepIdsByModule.end() &&
            std::find(it->second.begin(), it->second.end(), st.text(1)) != it->second.end())
            ++out[it->first].stepsDone;
    }
    if (st.failed())
        return Result::failure(m_db.describeError("load your progress"));
    return Result::success(std::move(out));
}

} // namespace reflekt
