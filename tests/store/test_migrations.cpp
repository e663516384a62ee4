// Migrations by PRAGMA user_version. Released schemas: 1 (the first), 2 (the xAPI outbox) and 3
// (the repair of decimal-comma watched ranges, tested in test_migration_v3.cpp). 0 is no file, an
// empty file, or a database SQLite created without tables. Schema-1 data is written through the
// real API by a store held at schema 1 (maxSchemaVersionForTests), then the real migrations run
// over it. The mechanism for later versions is tested with test-only migrations (schema 4 and 5);
// each later real migration gets a fixture.

#include "store/Database.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

long long rawInt(const std::filesystem::path& file, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    const long long v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

/** A schema-1 database with a profile, notes with history, film progress and a group session. */
std::int64_t writeV1Data(const std::filesystem::path& dir, const FakeClock& clock)
{
    auto options = optionsWith(clock);
    options.maxSchemaVersionForTests = 1;
    auto store = openOrFail(dir, options);
    REQUIRE(store->schemaVersion() == 1);
    const auto anna = createParticipant(*store, "Anna");
    REQUIRE(store->notes().save(anna, "b", "1.0", "q1", "old text").ok());
    REQUIRE(store->notes().save(anna, "b", "1.0", "q1", "Min reflektion, åäö").ok());
    REQUIRE(store->progress().recordFilmProgress(anna, {"b", "m1", "f"}, 30, {0, 30}, 60, 0.9).ok());
    writePreSeriesSession(dir / "reflekt.db", anna, clock.now(), false);
    REQUIRE(store->bundles().recordSeen("b", "1.0", "h", {{"m1", "q1"}}).ok());
    return anna;
}

void checkV1DataIntact(Store& store, std::int64_t anna)
{
    auto note = store.notes().load(anna, "b", "q1");
    REQUIRE(note.ok());
    REQUIRE(note.value->has_value());
    CHECK((*note.value)->text == "Min reflektion, åäö");
    CHECK(store.notes().history(anna, "b", "q1").value->size() == 2);
    auto film = store.progress().stepProgress(anna, {"b", "m1", "f"});
    REQUIRE(film.value->has_value());
    CHECK((*film.value)->watchedShare == Approx(0.5));
    // The session kept open before schema 4 is one meeting, attended by its roster, ended at its
    // last saved note; its group note is there.
    const auto sessions = store.sessions().listForParticipant(anna);
    REQUIRE(sessions.value->size() == 1);
    const GroupSession& s = sessions.value->front();
    CHECK_FALSE(s.endedMs);
    REQUIRE(s.meetings.size() == 1);
    CHECK(s.meetings[0].attendees.size() == 2);
    CHECK(s.meetings[0].endedMs == s.startedMs + 20 * kMinute);
    CHECK(s.openMeeting() == nullptr);
    REQUIRE(store.sessions().groupNotes(s.id).value->size() == 1);
    CHECK(store.sessions().groupNotes(s.id).value->front().text == "gruppens text");
    CHECK(store.integrityCheck().value == "ok");
}

Migration addColour()
{
    return {currentSchemaVersion() + 1, "add a profile colour", [](Database& db) {
                return db.exec("ALTER TABLE participant ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue'");
            }};
}

} // namespace

TEST_CASE("migration 0 -> 1 from each kind of empty start", "[migrations]")
{
    StoreTempDir dir;
    const auto file = dir.path() / "reflekt.db";
    const int start = GENERATE(0, 1, 2);
    if (start == 1)
        std::ofstream(file).flush(); // an empty file
    if (start == 2) {
        sqlite3* db = nullptr; // a database SQLite made, user_version 0, no tables
        REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    auto store = openOrFail(dir.path());
    CHECK(store->schemaVersion() == currentSchemaVersion());
    CHECK(store->participants().create("Anna").ok());
}

TEST_CASE("migration 1 -> 2 (the xAPI outbox) keeps every kind of data and takes a backup first",
          "[migrations]")
{
    StoreTempDir dir;
    FakeClock clock;
    const auto anna = writeV1Data(dir.path(), clock);

    std::vector<std::string> log;
    auto store = openOrFail(dir.path(), optionsWith(clock, &log));
    CHECK(store->schemaVersion() == currentSchemaVersion());
    checkV1DataIntact(*store, anna);
    // Progress made before the outbox existed is not reported after the fact; new progress is.
    CHECK(store->outbox().counts().value->pending == 0);
    REQUIRE(store->notes().save(anna, "b", "1.0", "q2", "nytt svar").ok());
    CHECK(store->outbox().counts().value->pending == 1);
    auto session = store->sessions().listForParticipant(anna).value->front();
    REQUIRE(store->sessions().finish(session.id, {"f"}).ok());
    CHECK(store->outbox().counts().value->pending == 3); // attended, completed f, nothing more known

    // The backup taken before the migration is a schema-1 database with the data in it.
    std::vector<std::filesystem::path> backups;
    for (const auto& e : std::filesystem::directory_iterator(dir.path() / "backups"))
        if (e.path().filename().string().rfind("reflekt-before-v2-from-v1-", 0) == 0)
            backups.push_back(e.path());
    REQUIRE(backups.size() == 1);
    CHECK(rawInt(backups.front(), "PRAGMA user_version") == 1);
    CHECK(rawInt(backups.front(), "SELECT count(*) FROM note WHERE text = 'Min reflektion, åäö'") == 1);
}

TEST_CASE("migrations chain: every real migration and two more in one open, each its own step", "[migrations]")
{
    StoreTempDir dir;
    FakeClock clock;
    const auto anna = writeV1Data(dir.path(), clock);
    auto options = optionsWith(clock);
    options.extraMigrations = {addColour(),
                               {currentSchemaVersion() + 2, "rename a column", [](Database& db) {
                                    return db.exec("ALTER TABLE participant RENAME COLUMN colour "
                                                   "TO profile_colour");
                                }}};
    auto store = openOrFail(dir.path(), options);
    CHECK(store->schemaVersion() == currentSchemaVersion() + 2);
    checkV1DataIntact(*store, anna);
    CHECK(rawInt(dir.path() / "reflekt.db",
                 "SELECT count(*) FROM participant WHERE profile_colour = 'blue'") == 1);
    int before = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path() / "backups"))
        before += e.path().filename().string().rfind("reflekt-before-v", 0) == 0;
    CHECK(before == currentSchemaVersion() + 1); // one backup before each step from schema 1
}

TEST_CASE("a failing migration changes nothing and says why", "[migrations]")
{
    StoreTempDir dir;
    FakeClock clock;
    const auto anna = writeV1Data(dir.path(), clock);
    auto options = optionsWith(clock);
    options.extraMigrations = {{currentSchemaVersion() + 1, "half a migration", [](Database& db) {
                                    db.exec("ALTER TABLE participant ADD COLUMN colour TEXT");
                                    db.exec("DELETE FROM note");
                                    return db.exec("INSERT INTO no_such_table VALUES (1)");
                                }}};
    auto failed = Store::open(dir.path(), options);
    CHECK_FALSE(failed.ok());
    CHECK_THAT(failed.error, Catch::Contains("from schema " + std::to_string(currentSchemaVersion()) + " to " +
                                             std::to_string(currentSchemaVersion() + 1)));
    CHECK_THAT(failed.error, Catch::Contains("left unchanged"));
    CHECK_THAT(failed.error, Catch::Contains((dir.path() / "reflekt.db").string()));

    // Opened by this version again: its own schema (the real steps committed), every note there, no
    // half-added column.
    auto store = openOrFail(dir.path(), optionsWith(clock));
    CHECK(store->schemaVersion() == currentSchemaVersion());
    checkV1DataIntact(*store, anna);
}

TEST_CASE("after a test migration past this version's schema, this version refuses the file", "[migrations]")
{
    StoreTempDir dir;
    FakeClock clock;
    writeV1Data(dir.path(), clock);
    auto options = optionsWith(clock);
    options.extraMigrations = {addColour()};
    openOrFail(dir.path(), options);
    auto refused = Store::open(dir.path(), optionsWith(clock));
    CHECK_FALSE(refused.ok());
    CHECK_THAT(refused.error, Catch::Contains("schema " + std::to_string(currentSchemaVersion() + 1) +
                                              ", this version knows " + std::to_string(currentSchemaVersion())));
}
