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

} // namespace reflekt::testing
