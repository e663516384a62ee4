// A full disk is named as such, with the folder, not as "a read or write error" (issue 14): SQLite
// reports a -shm that cannot grow as SQLITE_IOERR, and only errno says ENOSPC.

#include "TinyDisk.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>

using namespace reflekt;
using namespace reflekt::testing;
namespace fs = std::filesystem;

TEST_CASE("starting on a full disk says the disk is full and names the folder", "[open][diskfull]")
{
    TinyDisk disk(2 * 1024 * 1024);
    REFLEKT_REQUIRE_TINY_DISK(disk);
    const fs::path dataDir = disk.path() / "data";
    bool firstStart = false;
    SECTION("with a database from an earlier start")
    {
        openOrFail(dataDir);
        REQUIRE_FALSE(fs::exists(dataDir / "reflekt.db-shm"));
    }
    SECTION("on the first start")
    {
        fs::create_directories(dataDir);
        firstStart = true;
    }
    REQUIRE(disk.fill());

    auto result = Store::open(dataDir);
    INFO(result.error);
    REQUIRE_FALSE(result.ok());
    CHECK_THAT(result.error, Catch::Contains("the disk holding " + dataDir.string() + " is full"));
    CHECK_THAT(result.error, !Catch::Contains("read or write error"));
    if (firstStart) // no empty reflekt.db left for the next start to take for a damaged one
        CHECK_FALSE(fs::exists(dataDir / "reflekt.db"));

    disk.unfill(); // once the user frees space, Reflekt starts as before, with nothing to report
    auto again = Store::open(dataDir);
    INFO(again.error);
    REQUIRE(again.ok());
    CHECK(again.messages.empty());
}

TEST_CASE("a save on a full disk says the disk is full and names the folder", "[diskfull]")
{
    TinyDisk disk(2 * 1024 * 1024);
    REFLEKT_REQUIRE_TINY_DISK(disk);
    const fs::path dataDir = disk.path() / "data";
    auto store = openOrFail(dataDir);
    const auto anna = createParticipant(*store, "Anna");
    REQUIRE(disk.fill());
    StoreStatus failed;
    // The WAL may have room for a few pages left over; a long enough answer needs more.
    for (int i = 0; i < 50 && failed.ok(); ++i) {
        auto saved =
            store->notes().save(anna, "b", "1", "q" + std::to_string(i), std::string(64 * 1024, 'x'));
        failed.error = saved.error;
    }
    INFO(failed.error);
    REQUIRE_FALSE(failed.ok());
    CHECK_THAT(failed.error, Catch::Contains("could not save your note: the disk holding " +
                                             dataDir.string() + " is full"));
}

TEST_CASE("a group session on a full disk: where the group is fails with the folder, the meeting goes on",
          "[diskfull][series]")
{
    TinyDisk disk(2 * 1024 * 1024);
    REFLEKT_REQUIRE_TINY_DISK(disk);
    const fs::path dataDir = disk.path() / "data";
    auto store = openOrFail(dataDir);
    const auto anna = createParticipant(*store, "Anna");
    auto started = store->sessions().start("b", "1", "m1", "Fia", {anna}, {});
    REQUIRE(started.ok());
    const std::int64_t id = started.value->id;
    REQUIRE(store->sessions().recordShown(id, {"film", ""}).ok());
    REQUIRE(disk.fill());
    StoreStatus failed;
    // Question ids this long are not real; they fill what the WAL has left in few steps.
    for (int i = 0; i < 50 && failed.ok(); ++i)
        failed = store->sessions().recordShown(id, {"reflect", std::string(64 * 1024, 'q') + std::to_string(i)});
    INFO(failed.error);
    REQUIRE_FALSE(failed.ok());
    CHECK_THAT(failed.error, Catch::Contains("the disk holding " + dataDir.string() + " is full"));

    // Space again: the meeting is still running, and what was recorded before is there.
    disk.unfill();
    REQUIRE(store->sessions().recordShown(id, {"reflect", "q1"}).ok());
    REQUIRE(store->sessions().endMeeting(id).ok());
    const auto found = store->sessions().find(id);
    REQUIRE(found.ok());
    const SessionMeeting& meeting = (*found.value)->meetings.front();
    CHECK(meeting.endedMs.has_value());
    CHECK(meeting.shown.front() == SessionItemKey{"film", ""});
    CHECK(meeting.shown.back() == SessionItemKey{"reflect", "q1"});
}
