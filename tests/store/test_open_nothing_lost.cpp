// Opening the database when something outside Reflekt went wrong (issue 14, "Nothing lost"): an
// emptied file is damage, not a new install; a refusal leaves the folder as it was; a read-only
// database is said to be read-only at start, not at the first failed save.

#include "TinyDisk.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>
#include <set>

using namespace reflekt;
using namespace reflekt::testing;
namespace fs = std::filesystem;

namespace {

std::set<std::string> namesIn(const fs::path& dir)
{
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir))
        names.insert(e.path().filename().string());
    return names;
}

std::vector<fs::path> damagedFiles(const fs::path& dataDir)
{
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dataDir / "damaged", ec))
        if (e.path().extension() == ".db")
            out.push_back(e.path());
    return out;
}

/** Day 1: Anna's first note. Day 2: opening takes that day's backup (with the note); closed cleanly. */
std::int64_t writeNoteAndBackup(const fs::path& dir, FakeClock& clock)
{
    std::int64_t anna = 0;
    {
        auto store = openOrFail(dir, optionsWith(clock));
        anna = createParticipant(*store, "Anna");
        REQUIRE(store->notes().save(anna, "b", "1", "q1", "written on the first day").ok());
    }
    clock.advance(kDay);
    openOrFail(dir, optionsWith(clock));
    REQUIRE(fs::exists(dir / "backups" / "reflekt-2024-05-04.db"));
    REQUIRE_FALSE(fs::exists(dir / "reflekt.db-wal"));
    return anna;
}

} // namespace

TEST_CASE("an emptied database is restored from the newest backup and the empty file kept",
          "[open][recovery]")
{
    StoreTempDir dir;
    FakeClock clock; // 2024-05-03
    const std::int64_t anna = writeNoteAndBackup(dir.path(), clock);
    const fs::path file = dir.path() / "reflekt.db";
    fs::resize_file(file, 0); // as a sync tool or a full disk can leave it

    auto result = Store::open(dir.path(), optionsWith(clock));
    INFO(result.error);
    REQUIRE(result.ok());
    CHECK_FALSE(result.readOnly);
    REQUIRE(result.messages.size() == 1);
    const std::string& message = result.messages.front();
    INFO(message);
    CHECK_THAT(message, Catch::Contains("The database " + file.string() + " was empty (0 bytes)"));
    CHECK_THAT(message, Catch::Contains("the backup from 2024-05-04 was restored"));
    const auto moved = damagedFiles(dir.path());
    REQUIRE(moved.size() == 1);
    CHECK_THAT(message, Catch::Contains("moved to " + moved.front().string()));
    CHECK(fs::file_size(moved.front()) == 0);

    auto notes = result.store->notes().loadForBundle(anna, "b");
    REQUIRE(notes.ok());
    REQUIRE(notes.value->size() == 1);
    CHECK(notes.value->front().text == "written on the first day");
}

TEST_CASE("a database that lost its tables is restored from a backup too", "[open][recovery]")
{
    StoreTempDir dir;
    FakeClock clock;
    const std::int64_t anna = writeNoteAndBackup(dir.path(), clock);
    const fs::path file = dir.path() / "reflekt.db";
    fs::remove(file);
    sqlite3* db = nullptr; // what SQLite leaves when a file is recreated and nothing written to it
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);

    auto result = Store::open(dir.path(), optionsWith(clock));
    REQUIRE(result.ok());
    REQUIRE(result.messages.size() == 1);
    CHECK_THAT(result.messages.front(), Catch::Contains("was empty (no tables)"));
    CHECK_THAT(result.messages.front(), Catch::Contains("the backup from 2024-05-04 was restored"));
    CHECK(result.store->notes().loadForBundle(anna, "b").value->size() == 1);
}

TEST_CASE("an emptied database with no backup is moved aside and the user told", "[open][recovery]")
{
    StoreTempDir dir;
    const fs::path file = dir.path() / "reflekt.db";
    {
        std::ofstream(file).flush();
    } // 0 bytes, and no backups folder

    auto result = Store::open(dir.path());
    INFO(result.error);
    REQUIRE(result.ok());
    REQUIRE(result.messages.size() == 1);
    const std::string& message = result.messages.front();
    CHECK_THAT(message, Catch::Contains("The database " + file.string() + " was empty (0 bytes)"));
    CHECK_THAT(message, Catch::Contains("No usable backup was found"));
    const auto moved = damagedFiles(dir.path());
    REQUIRE(moved.size() == 1);
    CHECK_THAT(message, Catch::Contains(moved.front().string()));
    CHECK(result.store->participants().create("Anna").ok());
}

TEST_CASE("a new data folder starts with a new database and no notice", "[open]")
{
    StoreTempDir dir;
    auto result = Store::open(dir.path() / "new");
    REQUIRE(result.ok());
    CHECK(result.messages.empty());
    CHECK_FALSE(result.readOnly);
    CHECK_FALSE(fs::exists(dir.path() / "new" / "damaged"));
    CHECK(result.store->participants().create("Anna").ok());
}

TEST_CASE("refusing a database from a newer Reflekt leaves nothing beside it", "[open]")
{
    StoreTempDir dir;
    {
        auto store = openOrFail(dir.path());
        createParticipant(*store, "Anna");
    }
    const fs::path file = dir.path() / "reflekt.db";
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 9", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const auto before = namesIn(dir.path());
    REQUIRE(before.count("reflekt.db-wal") == 0);
    const std::string bytes = readAll(file);

    for (int attempt = 0; attempt < 2; ++attempt) { // the user tries again
        auto result = Store::open(dir.path());
        CHECK_FALSE(result.ok());
        CHECK_THAT(result.error, Catch::Contains("newer Reflekt (schema 9"));
    }
    CHECK(namesIn(dir.path()) == before); // no reflekt.db-wal, reflekt.db-shm or damaged/
    CHECK(readAll(file) == bytes);
}

TEST_CASE("a read-only database is opened for reading and said so at start", "[open][readonly]")
{
    TinyDisk disk(4 * 1024 * 1024);
    REFLEKT_REQUIRE_TINY_DISK(disk);
    const fs::path dataDir = disk.path() / "data";
    std::int64_t anna = 0;
    {
        auto store = openOrFail(dataDir);
        anna = createParticipant(*store, "Anna");
        REQUIRE(store->notes().save(anna, "b", "1", "q1", "my answer").ok());
    }
    REQUIRE_FALSE(fs::exists(dataDir / "reflekt.db-shm"));
    REQUIRE(disk.makeReadOnly());
    const auto before = namesIn(dataDir);

    auto result = Store::open(dataDir);
    INFO(result.error);
    REQUIRE(result.ok());
    CHECK(result.readOnly);
    REQUIRE(result.messages.size() == 1);
    CHECK_THAT(result.messages.front(),
               Catch::Contains("The database " + (dataDir / "reflekt.db").string() +
                               " is read-only: the disk holding " + dataDir.string() + " is read-only"));
    CHECK_THAT(result.messages.front(), Catch::Contains("cannot save"));

    auto note = result.store->notes().load(anna, "b", "q1");
    REQUIRE(note.ok());
    REQUIRE(note.value->has_value());
    CHECK((*note.value)->text == "my answer");
    auto saved = result.store->notes().save(anna, "b", "1", "q1", "changed");
    CHECK_FALSE(saved.ok());
    CHECK_THAT(saved.error, Catch::Contains("read-only"));
    result.store.reset();
    CHECK(namesIn(dataDir) == before);
}
