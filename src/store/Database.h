#pragma once

#include "store/Statement.h"
#include "store/StoreResult.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;

namespace reflekt {

/**
 * One SQLite connection (RAII) with the file's path and the store's clock, so every error message
 * can name the database file. Repositories share one Database owned by Store.
 */
class Database {
public:
    /**
     * Opens (read-write, creating if missing, or read-only). Null and `error` set on failure.
     * `immutable` (read-only only) reads the file without locks and without its -wal and -shm, for a
     * file on a disk nobody can write to, where SQLite could not create the -shm a WAL file needs.
     */
    static std::unique_ptr<Database> open(const std::filesystem::path& file, bool readOnly, Clock clock,
                                          std::string& error, bool immutable = false);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    const std::filesystem::path& file() const { return m_file; }
    TimeMs now() const { return m_clock(); }

    /** Prepares a statement; check Statement::valid(). */
    Statement prepare(std::string_view sql) const;
    /** Runs constant SQL (DDL, PRAGMA, BEGIN) with no values in it. */
    bool exec(std::string_view sql);
    /** First column of the first row of constant SQL as text (e.g. a PRAGMA), or nullopt. */
    std::optional<std::string> queryText(std::string_view sql);
    /** First column of the first row of constant SQL as an integer, or nullopt. */
    std::optional<std::int64_t> queryInt(std::string_view sql);

    std::int64_t lastInsertId() const;
    int changes() const;

    /** The most recent SQLite result code of this connection (extended). */
    int lastErrorCode() const;

    /** "could not <action>: <reason> (reflekt.db in <dir>)" for the connection's last error. */
    std::string describeError(std::string_view action) const;
    /** Same, for a given SQLite result code. */
    std::string describeError(std::string_view action, int resultCode) const;

    /**
     * A short human reason for an SQLite result code ("the database is read-only"). A full disk,
     * whether SQLite says SQLITE_FULL or an I/O error whose cause was ENOSPC (as when the -shm file
     * cannot grow), is "the disk holding <folder of the database> is full".
     */
    std::string reason(int resultCode) const;

    /** As reason(), without a connection to ask: a full disk is "the disk is full". */
    static std::string reasonFor(int resultCode);

private:
    Database(sqlite3* db, std::filesystem::path file, Clock clock);

    sqlite3* m_db = nullptr;
    std::filesystem::path m_file;
    Clock m_clock;
};

} // namespace reflekt
