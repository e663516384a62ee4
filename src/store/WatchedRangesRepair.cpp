#include "store/WatchedRangesRepair.h"

#include "store/Database.h"

#include <charconv>
#include <cmath>

namespace reflekt {

namespace {

// The repair log: one row per repaired step, with everything the repair changed, so that no
// progress or completion is lost without a trace and an unfair withdrawal can be undone.
constexpr const char* kRepairLogTable = R"sql(
CREATE TABLE watched_ranges_repair (
    participant_id           INTEGER NOT NULL REFERENCES participant(id),
    bundle_id                TEXT NOT NULL,
    module_id                TEXT NOT NULL,
    step_id                  TEXT NOT NULL,
    repaired_ms              INTEGER NOT NULL,
    outcome                  TEXT NOT NULL CHECK (outcome IN ('repaired', 'unreadable')),
    old_ranges               TEXT NOT NULL,
    old_share                REAL NOT NULL,
    new_ranges               TEXT NOT NULL,
    new_share                REAL NOT NULL,
    dropped_s                REAL NOT NULL,
    completion               TEXT CHECK (completion IN ('kept', 'withdrawn')),
    old_completed_ms         INTEGER,
    old_completed_how        TEXT,
    old_completed_session_id INTEGER,
    PRIMARY KEY (participant_id, bundle_id, module_id, step_id)
) WITHOUT ROWID;
)sql";

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::optional<double> toDouble(std::string_view text)
{
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// True if every part reads as WatchedRanges::parse reads it: the fixed format, or data written
// under a decimal-point locale. Text in the defect's form never does: its first part is the
// whole seconds of the first number, with no '-'.
bool readsWithDecimalPoint(std::string_view text)
{
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        if (comma == std::string_view::npos)
            comma = text.size();
        const std::string_view part = text.substr(start, comma - start);
        const std::size_t dash = part.find('-');
        if (dash == std::string_view::npos || !toDouble(part.substr(0, dash)) ||
            !toDouble(part.substr(dash + 1)))
            return false;
        start = comma + 1;
    }
    return true;
}

// One number as "%.3f" wrote it under a decimal comma, after the trailing zeros were trimmed:
// "16,548", "12,5", "20," (and the untrimmed "20,000" too).
std::optional<double> readCommaNumber(std::string_view text, std::size_t& pos)
{
    const std::size_t start = pos;
    while (pos < text.size() && isDigit(text[pos]))
        ++pos;
    if (pos == start || pos == text.size() || text[pos] != ',')
        return std::nullopt;
    std::string number(text.substr(start, pos - start));
    const std::size_t fraction = ++pos;
    while (pos < text.size() && isDigit(text[pos]) && pos - fraction < 3)
        ++pos;
    if (pos > fraction)
        number += '.' + std::string(text.substr(fraction, pos - fraction));
    return toDouble(number);
}

bool isWhole(double seconds)
{
    return seconds == std::floor(seconds);
}

// The old parser split "100,9-105,2" at every ',' and read the piece "9-105" as a range: the
// fraction digits of one number up to the whole seconds of the next. Every range it made up
// has whole seconds at both ends; the next report merged it with the one interval really played,
// which ends on the player's milliseconds. So a range with a whole-second end, other than the
// film's start or its end, may hold made-up seconds, and no one can tell how many.
bool mayBeMadeUp(WatchedInterval range, double durationSeconds)
{
    const bool realFrom = !isWhole(range.from) || range.from == 0.0;
    const bool realTo =
        !isWhole(range.to) || (durationSeconds > 0.0 && std::abs(range.to - durationSeconds) < 0.0005);
    return !(realFrom && realTo);
}

struct StoredRow {
    std::int64_t participantId = 0;
    std::string bundleId;
    std::string moduleId;
    std::string stepId;
    std::string ranges;
    double share = 0.0;
    double duration = 0.0;
    bool completed = false;
    std::optional<std::int64_t> completedMs;
    std::optional<std::string> completedHow;
    std::optional<std::int64_t> completedSessionId;
};

} // namespace

std::optional<std::vector<WatchedInterval>> WatchedRangesRepair::decodeDecimalComma(std::string_view text)
{
    std::vector<WatchedInterval> out;
    std::size_t pos = 0;
    while (true) {
        const auto from = readCommaNumber(text, pos);
        if (!from || pos == text.size() || text[pos] != '-')
            return std::nullopt;
        ++pos;
        const auto to = readCommaNumber(text, pos);
        // The defect wrote sorted, non-overlapping ranges; anything else is not its text.
        if (!to || *to < *from || (!out.empty() && *from < out.back().to))
            return std::nullopt;
        out.push_back({*from, *to});
        if (pos == text.size())
            return out;
        if (text[pos] != ',')
            return std::nullopt;
        ++pos;
    }
}

RangesRepair WatchedRangesRepair::repair(std::string_view text, double durationSeconds)
{
    RangesRepair result;
    if (text.empty() || readsWithDecimalPoint(text))
        return result;
    const auto decoded = decodeDecimalComma(text);
    if (!decoded) {
        result.kind = RangesRepair::Kind::Unreadable;
        return result;
    }
    result.kind = RangesRepair::Kind::Repaired;
    for (const auto& range : *decoded) {
        if (mayBeMadeUp(range, durationSeconds))
            result.droppedSeconds += range.to - range.from;
        else
            result.ranges.add(range, durationSeconds);
    }
    return result;
}

bool WatchedRangesRepair::migrate(Database& db)
{
    if (!db.exec(kRepairLogTable))
        return false;
    Statement read = db.prepare(
        "SELECT participant_id, bundle_id, module_id, step_id, watched_ranges, watched_share, film_duration_s, "
        "state, completed_ms, completed_how, completed_session_id FROM step_progress WHERE watched_ranges <> ''");
    std::vector<StoredRow> rows;
    while (read.step()) {
        rows.push_back({read.int64(0), read.text(1), read.text(2), read.text(3), read.text(4), read.real(5),
                        read.optionalReal(6).value_or(0.0), read.text(7) == "completed", read.optionalInt64(8),
                        read.optionalText(9), read.optionalInt64(10)});
    }
    if (read.failed())
        return false;
    read = Statement();

    Statement update = db.prepare(R"sql(
        UPDATE step_progress
           SET watched_ranges = ?5, watched_share = ?6, state = ?7, completed_ms = ?8, completed_how = ?9,
               completed_session_id = ?10
         WHERE participant_id = ?1 AND bundle_id = ?2 AND module_id = ?3 AND step_id = ?4)sql");
    Statement log = db.prepare(R"sql(
        INSERT INTO watched_ranges_repair (participant_id, bundle_id, module_id, step_id, repaired_ms, outcome,
                                           old_ranges, old_share, new_ranges, new_share, dropped_s, completion,
                                           old_completed_ms, old_completed_how, old_completed_session_id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15))sql");
    const TimeMs now = db.now();
    for (const StoredRow& row : rows) {
        const RangesRepair fix = repair(row.ranges, row.duration);
        if (fix.kind == RangesRepair::Kind::Untouched)
            continue;
        const double share = fix.ranges.share(row.duration);
        // A group completion came from a facilitator's session, not from the ranges: it stays.
        // A solo film completion came from the ranges, so it stands only on what they still show.
        const bool solo = row.completedHow.value_or("alone") != "group";
        const bool withdraw =
            row.completed && solo && !fix.ranges.meetsRequiredShare(row.duration, kKeepCompletionShare);
        const bool completed = row.completed && !withdraw;

        update.reset();
        update.bind(1, row.participantId).bind(2, row.bundleId).bind(3, row.moduleId).bind(4, row.stepId);
        update.bind(5, fix.ranges.serialize()).bind(6, share).bind(7, completed ? "completed" : "opened");
        update.bind(8, completed ? row.completedMs : std::nullopt);
        update.bind(9, completed ? row.completedHow : std::nullopt);
        update.bind(10, completed ? row.completedSessionId : std::nullopt);
        if (!update.run())
            return false;

        log.reset();
        log.bind(1, row.participantId).bind(2, row.bundleId).bind(3, row.moduleId).bind(4, row.stepId);
        log.bind(5, now).bind(6, fix.kind == RangesRepair::Kind::Repaired ? "repaired" : "unreadable");
        log.bind(7, row.ranges).bind(8, row.share).bind(9, fix.ranges.serialize()).bind(10, share);
        log.bind(11, fix.droppedSeconds);
        if (row.completed)
            log.bind(12, withdraw ? "withdrawn" : "kept");
        log.bind(13, row.completedMs).bind(14, row.completedHow).bind(15, row.completedSessionId);
        if (!log.run())
            return false;
    }
    return true;
}

std::string WatchedRangesRepair::notice(Database& db)
{
    const auto withdrawn =
        db.queryInt("SELECT count(*) FROM watched_ranges_repair WHERE completion = 'withdrawn'").value_or(0);
    if (withdrawn == 0)
        return {};
    const bool one = withdrawn == 1;
    return std::to_string(withdrawn) + (one ? " film was" : " films were") +
           " marked as seen by mistake: Reflekt saved watched time wrongly under a Swedish or Norwegian "
           "number format (a decimal comma). " +
           (one ? "It is" : "They are") +
           " marked as not yet seen again, and watching completes a film as usual. The old records are kept "
           "in the database (watched_ranges_repair).";
}

} // namespace reflekt
