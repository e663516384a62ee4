#include "store_test_support.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace reflekt::testing {

StoreTempDir::StoreTempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "reflekt-store-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        FAIL("mkdtemp failed");
    m_path = pattern;
}

StoreTempDir::~StoreTempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

FakeClock::FakeClock(TimeMs start) : m_now(std::make_shared<TimeMs>(start)) {}

Clock FakeClock::clock() const
{
    auto now = m_now;
    return [now] { return *now; };
}

std::unique_ptr<Store> openOrFail(const std::filesystem::path& dir, StoreOptions options)
{
    auto result = Store::open(dir, std::move(options));
    INFO(result.error);
    REQUIRE(result.ok());
    return std::move(result.store);
}

StoreOptions optionsWith(const FakeClock& clock, std::vector<std::string>* log)
{
    StoreOptions options;
    options.clock = clock.clock();
    if (log)
        options.log = [log](const std::string& line) { log->push_back(line); };
    return options;
}

std::string readAll(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string rawText(const std::filesystem::path& file, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    std::string out;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

std::int64_t createParticipant(Store& store, const std::string& name)
{
    auto p = store.participants().create(name);
    INFO(p.error);
    REQUIRE(p.ok());
    return p.value->id;
}

void rawExec(const std::filesystem::path& file, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    sqlite3_busy_timeout(db, 2000);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

std::int64_t writePreSeriesSession(const std::filesystem::path& file, std::int64_t pid, TimeMs at, bool ended)
{
    const std::string t = std::to_string(at);
    const std::string end = ended ? std::to_string(at + 45 * kMinute) : std::string("NULL");
    rawExec(file, "INSERT INTO group_session (bundle_id, bundle_version, module_id, facilitator, started_ms, "
                  "ended_ms) VALUES ('b', '1.0', 'm1', 'Fia', " + t + ", " + end + ");"
                  "INSERT INTO session_attendee (session_id, participant_id, guest_name) VALUES "
                  "(last_insert_rowid(), " + std::to_string(pid) + ", NULL);"
                  "INSERT INTO session_attendee (session_id, participant_id, guest_name) "
                  "SELECT session_id, NULL, 'Gun' FROM session_attendee WHERE id = last_insert_rowid();"
                  "INSERT INTO note (session_id, bundle_id, question_id, text, bundle_version, created_ms, "
                  "updated_ms) SELECT session_id, 'b', 'q1', 'gruppens text', '1.0', " + t + ", " +
                  std::to_string(at + 20 * kMinute) + " FROM session_attendee WHERE id = last_insert_rowid();");
    return std::stoll(rawText(file, "SELECT MAX(id) FROM group_session"));
}

} // namespace reflekt::testing
