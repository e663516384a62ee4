// Opening the database: newer schemas refused untouched, damage repaired from a backup,
// network folders fall back to a rollback journal, old schemas migrated with their data.

#include "store/Database.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <random>
#include <thread>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

void overwrite(const std::filesystem::path& file, std::size_t from, std::size_t count)
{
    std::mt19937 rng(42);
    std::string garbage(count, '\0');
    for (auto& c : garbage)
        c = static_cast<char>(rng());
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(from));
    f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
}

bool anyContains(const std::vector<std::string>& lines, const std::string& part)
{
    for (const auto& l : lines)
        if (l.find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("a database from a newer Reflekt is refused with a message and left untouched", "[open]")
{
    StoreTempDir dir;
    {
        auto store = openOrFail(dir.path());
        createParticipant(*store, "Anna");
    }
    const auto file = dir.path() / "reflekt.db";
    rawExec(file, "PRAGMA user_version = 7");
    const std::string before = readAll(file);
    const auto mtime = std::filesystem::last_write_time(file);

    auto result = Store::open(dir.path());
    CHECK_FALSE(result.ok());
    CHECK_THAT(result.error, Catch::Contains("newer Reflekt (schema 7, this version knows " +
                                                   std::to_string(currentSchemaVersion()) + ")"));
    CHECK_THAT(result.error, Catch::Contains(file.string()));
    CHECK(readAll(file) == before);
    CHECK(std::filesystem::last_write_time(file) == mtime);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "damaged"));
}

TEST_CASE("a damaged database is moved aside and the newest backup restored", "[open][recovery]")
{
    StoreTempDir dir;
    FakeClock clock; // 2024-05-03
    std::int64_t anna = 0;
    {
        auto store = openOrFail(dir.path(), optionsWith(clock));
        anna = createParticipant(*store, "Anna");
        REQUIRE(store->notes().save(anna, "b", "1", "q1", "written on the first day").ok());
    }
    clock.advance(kDay); // 2024-05-04: opening takes that day's backup, with the first note in it
    {
        auto store = openOrFail(dir.path(), optionsWith(clock));
        REQUIRE(store->notes().save(anna, "b", "1", "q2", "written after the backup").ok());
        // Enough text that the file has many pages to damage.
        for (int i = 0; i < 20; ++i)
            REQUIRE(
                store->notes().save(anna, "b", "1", "bulk" + std::to_string(i), std::string(3000, 'x')).ok());
    }
    const auto file = dir.path() / "reflekt.db";
    const auto size = std::filesystem::file_size(file);
    REQUIRE(size > 8 * 4096);
    const bool headerToo = GENERATE(false, true);
    overwrite(file, headerToo ? 0 : 4096, static_cast<std::size_t>(size) - (headerToo ? 0 : 4096));
    const std::string damagedBytes = readAll(file);

    std::vector<std::string> log;
    auto result = Store::open(dir.path(), optionsWith(clock, &log));
    INFO(result.error);
    REQUIRE(result.ok());
    REQUIRE(result.messages.size() == 1);
    const std::string& message = result.messages.front();
    INFO(message);
    CHECK_THAT(message, Catch::Contains("The database " + file.string() + " was damaged"));
    CHECK_THAT(message, Catch::Contains("the backup from 2024-05-04 was restored"));

    // The damaged file is kept where the message says, byte for byte.
    std::vector<std::filesystem::path> moved;
    for (const auto& e : std::filesystem::directory_iterator(dir.path() / "damaged"))
        if (e.path().extension() == ".db")
            moved.push_back(e.path());
    REQUIRE(moved.size() == 1);
    CHECK_THAT(message, Catch::Contains("moved to " + moved.front().string()));
    CHECK(readAll(moved.front()) == damagedBytes);

    auto& store = *result.store;
    CHECK(store.integrityCheck().value == "ok");
    auto notes = store.notes().loadForBundle(anna, "b");
    REQUIRE(notes.ok());
    REQUIRE(notes.value->size() == 1);
    CHECK(notes.value->front().text == "written on the first day");
}

TEST_CASE("a damaged database with no backup is moved aside and a fresh one started", "[open][recovery]")
{
    StoreTempDir dir;
    StoreOptions options;
    options.dailyBackups = false;
    {
        auto store = openOrFail(dir.path(), options);
        for (int i = 0; i < 10; ++i)
            REQUIRE(store->participants().create("P" + std::to_string(i), std::string(2000, 'a')).ok());
    }
    const auto file = dir.path() / "reflekt.db";
    overwrite(file, 0, static_cast<std::size_t>(std::filesystem::file_size(file)));
    auto result = Store::open(dir.path(), options);
    REQUIRE(result.ok());
    REQUIRE(result.messages.size() == 1);
    CHECK_THAT(result.messages.front(), Catch::Contains("No usable backup was found"));
    CHECK_THAT(result.messages.front(), Catch::Contains((dir.path() / "damaged").string()));
    CHECK(result.store->participants().list().value->empty());
}

TEST_CASE("a folder on a network filesystem uses a rollback journal and says so", "[open]")
{
    StoreTempDir dir;
    std::vector<std::string> log;
    StoreOptions options;
    options.assumeNetworkFilesystem = true;
    options.log = [&log](const std::string& line) { log.push_back(line); };
    {
        auto store = openOrFail(dir.path(), options);
        CHECK(store->journalMode() == "delete");
        createParticipant(*store, "Anna");
        CHECK_FALSE(std::filesystem::exists(dir.path() / "reflekt.db-wal"));
    }
    CHECK(anyContains(log, "rollback journal"));
    CHECK(anyContains(log, dir.path().string()));

    options.assumeNetworkFilesystem = false;
    auto store = openOrFail(dir.path(), options);
    CHECK(store->journalMode() == "wal");
    CHECK(store->participants().list().value->size() == 1);
}

TEST_CASE("a database that is not Reflekt's is not opened", "[open]")
{
    StoreTempDir dir;
    rawExec(dir.path() / "reflekt.db",
            "CREATE TABLE something_else (x); INSERT INTO something_else VALUES (1)");
    const std::string before = readAll(dir.path() / "reflekt.db");
    auto result = Store::open(dir.path());
    CHECK_FALSE(result.ok());
    CHECK_THAT(result.error, Catch::Contains("not a Reflekt database"));
    CHECK(readAll(dir.path() / "reflekt.db") == before);
}

TEST_CASE("a second writer waits for the write lock instead of failing", "[open]")
{
    StoreTempDir dir;
    auto store = openOrFail(dir.path());
    const auto anna = createParticipant(*store, "Anna");
    const auto file = dir.path() / "reflekt.db";

    SECTION("with the busy timeout the save goes through once the lock is free")
    {
        std::atomic<bool> locked{false};
        std::thread other([&] {
            sqlite3* db = nullptr;
            sqlite3_open(file.c_str(), &db);
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            locked = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        });
        while (!locked)
            std::this_thread::yield();
        auto saved = store->notes().save(anna, "b", "1", "q1", "saved while another held the lock");
        other.join();
        INFO(saved.error);
        CHECK(saved.ok());
    }
    SECTION("without it the user gets a message naming the database")
    {
        StoreOptions options;
        options.busyTimeoutMs = 0;
        auto impatient = openOrFail(dir.path(), options);
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
        auto failed = impatient->notes().save(anna, "b", "1", "q1", "blocked");
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        CHECK_FALSE(failed.ok());
        CHECK_THAT(failed.error, Catch::Contains("could not save your note: the database is busy"));
        CHECK_THAT(failed.error, Catch::Contains("(reflekt.db in " + dir.path().string() + ")"));
    }
}
