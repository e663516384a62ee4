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
