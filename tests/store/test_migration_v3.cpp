// Schema 3 (issue 13): watched ranges that Reflekt wrote with a decimal comma under sv_SE/nb_NO
// are repaired when the database is opened, and the solo film completions they alone made are
// withdrawn, with a record of everything changed. The rows are written at schema 2 through the
// real API, then their ranges are set to texts exactly as the defect wrote them ("%.3f" with a
// comma, trailing zeros trimmed); the store then opens the file the normal way.

#include "store/WatchedRangesRepair.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <optional>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

constexpr double kDuration = 600.0;

StepRef film(const std::string& id)
{
    return {"b", "m1", id};
}

/** Overwrites a row's ranges and share as the defect left them (and the duration, if given). */
void writeAsDefect(const std::filesystem::path& file, std::int64_t pid, const std::string& step,
                   const std::string& ranges, double share, bool durationKnown = true)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "UPDATE step_progress SET watched_ranges = ?1, watched_share = ?2, "
                               "film_duration_s = CASE WHEN ?3 THEN film_duration_s END "
                               "WHERE participant_id = ?4 AND step_id = ?5",
                               -1, &st, nullptr) == SQLITE_OK);
    sqlite3_bind_text(st, 1, ranges.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_double(st, 2, share);
    sqlite3_bind_int(st, 3, durationKnown ? 1 : 0);
    sqlite3_bind_int64(st, 4, pid);
    sqlite3_bind_text(st, 5, step.c_str(), -1, SQLITE_TRANSIENT);
    REQUIRE(sqlite3_step(st) == SQLITE_DONE);
    REQUIRE(sqlite3_changes(db) == 1);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

void watch(Store& store, std::int64_t pid, const std::string& step, double from, double to)
{
    auto r = store.progress().recordFilmProgress(pid, film(step), to, {from, to}, kDuration, 0.9);
    INFO(r.error);
    REQUIRE(r.ok());
}

StepProgress progressOf(Store& store, std::int64_t pid, const std::string& step)
{
    auto p = store.progress().stepProgress(pid, film(step));
    INFO(p.error);
    REQUIRE(p.ok());
    REQUIRE(p.value->has_value());
    return **p.value;
}

std::string logged(const std::filesystem::path& file, std::int64_t pid, const std::string& step,
                   const std::string& column)
{
    return rawText(file, "SELECT " + column + " FROM watched_ranges_repair WHERE participant_id = " +
                             std::to_string(pid) + " AND step_id = '" + step + "'");
}

} // namespace

TEST_CASE("decimal-comma repair reads exactly the defect's form, and nothing else", "[migrations][repair]")
{
    using Ranges = std::vector<WatchedInterval>;
    CHECK(WatchedRangesRepair::decodeDecimalComma("6,133-8,092") == Ranges{{6.133, 8.092}});
    CHECK(WatchedRangesRepair::decodeDecimalComma("0,-12,5,30,-45,") == Ranges{{0, 12.5}, {30, 45}});
    CHECK(WatchedRangesRepair::decodeDecimalComma("16,548-20,000") == Ranges{{16.548, 20}});
    CHECK(WatchedRangesRepair::decodeDecimalComma("0,000-12,500,30,000-45,000") == Ranges{{0, 12.5}, {30, 45}});
    CHECK(WatchedRangesRepair::decodeDecimalComma("100,05-105,2,300,-301,999") ==
          Ranges{{100.05, 105.2}, {300, 301.999}});
    // A whole number ends in its comma, so the range separator after it doubles it.
    CHECK(WatchedRangesRepair::decodeDecimalComma("1,-2,,3,-4,") == Ranges{{1, 2}, {3, 4}});
    for (const char* notTheDefect : {"", "0-12.5,30-45", "12,5000-13,", "1,5-", "5,-3,", "1,-5,,",
                                     "3,-9,1,2,-4,", "a,1-2,", "1,-2,3;", "1,-2,,,3,-4,"}) {
        INFO(notTheDefect);
        CHECK_FALSE(WatchedRangesRepair::decodeDecimalComma(notTheDefect));
    }

    using Kind = RangesRepair::Kind;
    CHECK(WatchedRangesRepair::repair("", kDuration).kind == Kind::Untouched);
    CHECK(WatchedRangesRepair::repair("0-12.5,30-45", kDuration).kind == Kind::Untouched);
    CHECK(WatchedRangesRepair::repair("0,-12;5", kDuration).kind == Kind::Unreadable);

    // Ranges the old parser made up run from whole second to whole second ("10,-937,"); a range
    // with a whole-second end other than the film's start or end may hold some and is dropped.
    const RangesRepair mixed = WatchedRangesRepair::repair("0,-12,5,30,-45,,100,9-110,3,200,-205,7", kDuration);
    CHECK(mixed.kind == Kind::Repaired);
    CHECK(mixed.ranges.serialize() == "0-12.5,100.9-110.3");
    CHECK(mixed.droppedSeconds == Approx(15 + 5.7));
    CHECK(WatchedRangesRepair::repair("590,3-600,", kDuration).ranges.serialize() == "590.3-600");
    CHECK(WatchedRangesRepair::repair("10,-937,", kDuration).ranges.serialize().empty());
}

TEST_CASE("schema 3 repairs decimal-comma watched ranges and withdraws the completions they made up",
          "[migrations][repair]")
{
    StoreTempDir dir;
    FakeClock clock;
    const auto file = dir.path() / "reflekt.db";
    const TimeMs completedAt = clock.now();
    std::int64_t anna = 0;
    std::int64_t bo = 0;
    int pendingBefore = 0;
    {
        auto options = optionsWith(clock);
        options.maxSchemaVersionForTests = 2;
        auto store = openOrFail(dir.path(), options);
        REQUIRE(store->schemaVersion() == 2);
        anna = createParticipant(*store, "Anna");
        bo = createParticipant(*store, "Bo");
        for (const char* step : {"f1", "f2", "f6"})
            watch(*store, anna, step, 0, 5);
        for (const char* step : {"f3", "f4", "f5"})
            watch(*store, anna, step, 0, kDuration); // completed alone; the ranges are set below
        watch(*store, anna, "f7", 0, 12.5);
        watch(*store, anna, "f7", 30, 45);
        // Credited in a group session, as schema 2 recorded it.
        const auto session = writePreSeriesSession(file, anna, clock.now(), true);
        rawExec(file, "UPDATE step_progress SET state = 'completed', completed_how = 'group', completed_ms = " +
                          std::to_string(clock.now()) + ", completed_session_id = " + std::to_string(session) +
                          " WHERE participant_id = " + std::to_string(anna) + " AND step_id = 'f6'");
        watch(*store, bo, "f1", 0, 5);
        watch(*store, bo, "f2", 0, 5);
        pendingBefore = store->outbox().counts().value->pending;
    }
    // Texts as the defect wrote them; each share is what it computed from them.
    writeAsDefect(file, anna, "f1", "6,133-8,092", 1.959 / kDuration);
    writeAsDefect(file, anna, "f2", "0,-12,5,30,-45,", 27.5 / kDuration);
    writeAsDefect(file, anna, "f3", "10,-937,", 590.0 / kDuration); // "seen" after 15 s
    writeAsDefect(file, anna, "f4", "0,-540,512", 540.512 / kDuration);
    writeAsDefect(file, anna, "f5", "x7,-", 0.95);
    writeAsDefect(file, anna, "f6", "9,-600,", 591.0 / kDuration);
    writeAsDefect(file, bo, "f1", "0,000-12,500,30,000-45,000", 27.5 / kDuration);
    writeAsDefect(file, bo, "f2", "16,548-20,1", 0.0, false);
    CHECK(rawText(file, "PRAGMA user_version") == "2");

    clock.advance(kDay);
    std::vector<std::string> log;
    auto opened = Store::open(dir.path(), optionsWith(clock, &log));
    INFO(opened.error);
    REQUIRE(opened.ok());
    Store& store = *opened.store;
    CHECK(store.schemaVersion() == currentSchemaVersion());

    // Repaired: the real intervals kept, the share recomputed from them.
    auto f1 = progressOf(store, anna, "f1");
    CHECK(f1.watched.serialize() == "6.133-8.092");
    CHECK(f1.watchedShare == Approx(1.959 / kDuration));
    CHECK_FALSE(f1.completed);
    auto f2 = progressOf(store, anna, "f2");
    CHECK(f2.watched.serialize() == "0-12.5"); // 30-45 runs whole second to whole second
    CHECK(f2.watchedShare == Approx(12.5 / kDuration));
    CHECK(progressOf(store, bo, "f1").watched.serialize() == "0-12.5");
    auto boF2 = progressOf(store, bo, "f2");
    CHECK(boF2.watched.serialize() == "16.548-20.1");
    CHECK(boF2.watchedShare == 0.0); // the film's duration was never known

    // Made up entirely, so the completion it caused is withdrawn; the step stays opened.
    auto f3 = progressOf(store, anna, "f3");
    CHECK(f3.watched.serialize().empty());
    CHECK(f3.watchedShare == 0.0);
    CHECK_FALSE(f3.completed);
    CHECK_FALSE(f3.completedMs);
    CHECK(f3.filmPositionSeconds == Approx(kDuration)); // resume point kept
    CHECK(f3.firstOpenedMs == completedAt);

    // Real watching (from the start, on milliseconds) still above 90%: the completion stays.
    auto f4 = progressOf(store, anna, "f4");
    CHECK(f4.watched.serialize() == "0-540.512");
    CHECK(f4.completed);
    CHECK(f4.completedMs == completedAt);

    // Unreadable: ranges dropped, progress kept, completion withdrawn.
    auto f5 = progressOf(store, anna, "f5");
    CHECK(f5.watched.serialize().empty());
    CHECK(f5.watchedShare == 0.0);
    CHECK_FALSE(f5.completed);

    // A group session's completion did not come from the ranges: it stays.
    auto f6 = progressOf(store, anna, "f6");
    CHECK(f6.watched.serialize().empty());
    CHECK(f6.completed);
    CHECK(f6.completedHow == CompletionHow::Group);

    // Written with a decimal point: not touched, not logged.
    auto f7 = progressOf(store, anna, "f7");
    CHECK(f7.watched.serialize() == "0-12.5,30-45");
    CHECK(f7.watchedShare == Approx(27.5 / kDuration));
    CHECK(logged(file, anna, "f7", "count(*)") == "0");

    // Nothing is lost: the log keeps the old text, share and completion of each repaired row ...
    CHECK(rawText(file, "SELECT count(*) FROM watched_ranges_repair") == "8");
    CHECK(logged(file, anna, "f3", "old_ranges") == "10,-937,");
    CHECK(logged(file, anna, "f3", "completion") == "withdrawn");
    CHECK(logged(file, anna, "f3", "old_completed_how") == "alone");
    CHECK(logged(file, anna, "f3", "old_completed_ms") == std::to_string(completedAt));
    CHECK(logged(file, anna, "f3", "dropped_s") == "927.0");
    CHECK(logged(file, anna, "f5", "outcome") == "unreadable");
    CHECK(logged(file, anna, "f4", "completion") == "kept");
    CHECK(logged(file, anna, "f6", "completion") == "kept");
    CHECK(logged(file, anna, "f1", "completion").empty());
    // ... the backup before the migration holds the file as it was, and the user is told.
    bool backedUp = false;
    for (const auto& e : std::filesystem::directory_iterator(dir.path() / "backups"))
        if (e.path().filename().string().rfind("reflekt-before-v3-from-v2-", 0) == 0)
            backedUp = rawText(e.path(), "SELECT watched_ranges FROM step_progress WHERE step_id = 'f3'") ==
                       "10,-937,";
    CHECK(backedUp);
    REQUIRE(opened.messages.size() == 1);
    CHECK_THAT(opened.messages.front(), Catch::StartsWith("2 films were marked as seen by mistake"));
    CHECK(std::count(log.begin(), log.end(), opened.messages.front()) == 1);
    CHECK(store.outbox().counts().value->pending == pendingBefore); // the repair reports nothing

    // From now on the film counts what is watched: a few seconds are a few seconds.
    watch(store, anna, "f3", 100, 105.5);
    auto again = progressOf(store, anna, "f3");
    CHECK(again.watchedShare == Approx(5.5 / kDuration));
    CHECK_FALSE(again.completed);
    auto summary = store.progress().moduleSummary(anna, "b", "m1", {"f1", "f2", "f3", "f4", "f5", "f6", "f7"});
    CHECK(summary.value->stepsDone == 2); // f4 (watched) and f6 (group)
}

TEST_CASE("schema 3 on a database without decimal-comma ranges changes nothing and says nothing",
          "[migrations][repair]")
{
    StoreTempDir dir;
    FakeClock clock;
    std::int64_t anna = 0;
    {
        auto options = optionsWith(clock);
        options.maxSchemaVersionForTests = 2;
        auto store = openOrFail(dir.path(), options);
        anna = createParticipant(*store, "Anna");
        watch(*store, anna, "f1", 0, 540.25);
    }
    auto opened = Store::open(dir.path(), optionsWith(clock));
    REQUIRE(opened.ok());
    CHECK(opened.messages.empty());
    auto f1 = progressOf(*opened.store, anna, "f1");
    CHECK(f1.watched.serialize() == "0-540.25");
    CHECK(f1.completed);
    CHECK(rawText(dir.path() / "reflekt.db", "SELECT count(*) FROM watched_ranges_repair") == "0");
}
