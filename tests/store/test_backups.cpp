// Rotating backups: at most one a day, the last 7 days and one for each of 4 weeks before.

#include "store/BackupManager.h"
#include "store/Database.h"
#include "store/TimeFormat.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <set>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

std::set<std::string> backupNames(const std::filesystem::path& folder)
{
    std::set<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(folder))
        names.insert(e.path().filename().string());
    return names;
}

std::string nameFor(std::chrono::sys_days day)
{
    const TimeMs ms = std::chrono::duration_cast<std::chrono::milliseconds>(day.time_since_epoch()).count();
    return "reflekt-" + utcDate(ms) + ".db";
}

} // namespace

TEST_CASE("two months of daily use leave 7 daily and 4 weekly backups", "[backups]")
{
    using namespace std::chrono;
    StoreTempDir dir;
    const sys_days first = sys_days(year(2024) / March / 1);
    const TimeMs firstMorning = duration_cast<milliseconds>(first.time_since_epoch()).count() + 9 * kHour;
    FakeClock clock(firstMorning);
    std::int64_t anna = 0;
    for (int day = 0; day < 60; ++day) {
        clock.set(firstMorning + day * kDay);
        // Opened twice a day for the first days: still one backup a day.
        for (int session = 0; session < (day < 3 ? 2 : 1); ++session) {
            auto store = openOrFail(dir.path(), optionsWith(clock));
            if (day == 0 && session == 0)
                anna = createParticipant(*store, "Anna");
            REQUIRE(store->notes().save(anna, "b", "1", "q1", "day " + std::to_string(day)).ok());
            clock.advance(4 * kHour);
        }
    }
    const sys_days last = first + days(59); // 2024-04-29, a Monday
    std::set<std::string> expected;
    for (int i = 0; i < 7; ++i)
        expected.insert(nameFor(last - days(i)));
    // The oldest daily one is Tuesday 04-23; the weekly ones are the Sundays of the 4 weeks before.
    sys_days sunday = last - days(6);
    while (weekday(sunday) != Sunday)
        sunday -= days(1);
    for (int i = 0; i < 4; ++i)
        expected.insert(nameFor(sunday - days(7 * i)));
    CHECK(backupNames(dir.path() / "backups") == expected);

    // A kept backup is a real database holding that day's state (taken at the day's first open).
    std::string error;
    auto newest = Database::open(dir.path() / "backups" / nameFor(last), true, {}, error);
    REQUIRE(newest);
    CHECK(newest->queryText("SELECT text FROM note") == "day 58");
}

TEST_CASE("the rotation rule on day numbers", "[backups]")
{
    // Days 0..99 with a gap: the 7 newest, then the newest of each earlier week.
    std::vector<std::int64_t> days;
    for (std::int64_t d = 0; d < 100; ++d)
        if (d < 60 || d > 80)
            days.push_back(d);
    const auto keep = BackupManager::selectDaysToKeep(days, 7, 4);
    REQUIRE(keep.size() == 11);
    CHECK(keep[0] == 99);
    CHECK(keep[6] == 93);
    // Day 0 is a Thursday and weeks run Monday..Sunday, so day 88 is a Monday and 93 sits in the
    // week 88..94. Earlier weeks' newest days: 87; the gap 60..80 has none; then 59, 52, 45.
    CHECK(std::vector<std::int64_t>(keep.begin() + 7, keep.end()) ==
          std::vector<std::int64_t>{87, 59, 52, 45});
}

TEST_CASE("a backup cut short by a crash never counts as the day's backup", "[backups]")
{
    StoreTempDir dir;
    FakeClock clock;
    std::filesystem::create_directories(dir.path() / "backups");
    const auto partial = dir.path() / "backups" / ("reflekt-" + utcDate(clock.now()) + ".db.partial");
    std::ofstream(partial) << "half a backup";
    auto store = openOrFail(dir.path(), optionsWith(clock));
    const auto names = backupNames(dir.path() / "backups");
    CHECK(names.count("reflekt-" + utcDate(clock.now()) + ".db") == 1);
    CHECK(names.count(partial.filename().string()) == 0);
}
