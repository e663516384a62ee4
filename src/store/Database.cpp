#include "store/Database.h"

#include <sqlite3.h>

namespace reflekt {

std::unique_ptr<Database> Database::open(const std::filesystem::path& file, bool readOnly, Clock clock,
                                         std::string& error)
{
    sqlite3* db = nullptr;
    const int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(file.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        error = "could not open the database: " + reasonFor(rc) + " (" + file.string() + ")";
        sqlite3_close_v2(db);
        return nullptr;
    }
    sqlite3_extended_result_codes(db, 1);
    if (!clock)
        clock = systemNowMs;
    return std::unique_ptr<Database>(new Database(db, file, std::move(clock)));
}

Database::Database(sqlite3* db, std::filesystem::path file, Clock clock)
    : m_db(db), m_file(std::move(file)), m_clock(std::move(clock))
{
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Statement Database::prepare(std::string_view sql) const
{
    return Statement(m_db, sql);
}

bool Database::exec(std::string_view sql)
{
    const std::string s(sql);
    return sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

std::optional<std::string> Database::queryText(std::string_view sql)
{
    Statement st = prepare(sql);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

std::optional<std::int64_t> Database::queryInt(std::string_view sql)
{
    Statement st = prepare(sql);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::lastErrorCode() const
{
    return sqlite3_extended_errcode(m_db);
}

std::string Database::describeError(std::string_view action) const
{
    return describeError(action, lastErrorCode());
}

std::string Database::describeError(std::string_view action, int resultCode) const
{
    return "could not " + std::string(action) + ": " + reasonFor(resultCode) + " (" +
           m_file.filename().string() + " in " + m_file.parent_path().string() + ")";
}

std::string Database::reasonFor(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return "disk is full";
    case SQLITE_READONLY:
        return "the database is read-only";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the database is busy in another Reflekt window";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "the database file is damaged";
    case SQLITE_IOERR:
        return "the disk reported a read or write error";
    case SQLITE_CANTOPEN:
        return "the file cannot be opened (missing folder or no permission)";
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return "permission denied";
    case SQLITE_NOMEM:
        return "out of memory";
    case SQLITE_CONSTRAINT:
        return "the change conflicts with existing data";
    case SQLITE_OK:
    case SQLITE_DONE:
    case SQLITE_ROW:
        return "an unexpected internal state";
    default:
        return sqlite3_errstr(resultCode);
    }
}

} // namespace reflekt
