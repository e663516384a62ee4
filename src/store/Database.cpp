#include "store/Database.h"

#include <sqlite3.h>

#include <cerrno>

namespace reflekt {

namespace {

/** `file` for an SQLite URI: '%', '?' and '#' would end or escape the path, so they are escaped. */
std::string uriPath(const std::filesystem::path& file)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : file.string()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '%' || c == '?' || c == '#' || byte < 0x20) {
            out += '%';
            out += kHex[byte >> 4];
            out += kHex[byte & 0xf];
        } else {
            out += c;
        }
    }
    return out;
}

bool isDiskFull(int resultCode, int systemErrno)
{
    if ((resultCode & 0xff) == SQLITE_FULL)
        return true;
    // SQLite reports a -shm or -wal that cannot grow as an I/O error; errno says the disk was full.
    return (resultCode & 0xff) == SQLITE_IOERR && (systemErrno == ENOSPC || systemErrno == EDQUOT);
}

/** reasonFor(), naming the folder when the disk holding it is full. */
std::string reasonWith(int resultCode, int systemErrno, const std::filesystem::path& folder)
{
    if (isDiskFull(resultCode, systemErrno))
        return "the disk holding " + folder.string() + " is full";
    return Database::reasonFor(resultCode);
}

} // namespace

std::unique_ptr<Database> Database::open(const std::filesystem::path& file, bool readOnly, Clock clock,
                                         std::string& error, bool immutable)
{
    sqlite3* db = nullptr;
    int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    std::string name = file.string();
    if (readOnly && immutable) {
        flags |= SQLITE_OPEN_URI;
        name = "file:" + uriPath(file) + "?immutable=1";
    }
    const int rc = sqlite3_open_v2(name.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int systemErrno = db ? sqlite3_system_errno(db) : 0;
        error = "could not open the database: " + reasonWith(rc, systemErrno, file.parent_path()) + " (" +
                file.string() + ")";
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
    return "could not " + std::string(action) + ": " + reason(resultCode) + " (" +
           m_file.filename().string() + " in " + m_file.parent_path().string() + ")";
}

std::string Database::reason(int resultCode) const
{
    return reasonWith(resultCode, sqlite3_system_errno(m_db), m_file.parent_path());
}

std::string Database::reasonFor(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return "the disk is full";
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
