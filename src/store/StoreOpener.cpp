#include "store/StoreOpener.h"

#include "store/Database.h"
#include "store/FileSystemProbe.h"
#include "store/TimeFormat.h"

#include <sqlite3.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <system_error>

namespace reflekt {

namespace {

bool isDamageCode(int rc)
{
    return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB;
}

std::uintmax_t sizeOrZero(const std::filesystem::path& file)
{
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    return ec ? 0 : size;
}

bool existsNoThrow(const std::filesystem::path& file)
{
    std::error_code ec;
    return std::filesystem::exists(std::filesystem::symlink_status(file, ec));
}

/**
 * user_version from the SQLite header (4 bytes, big-endian, at offset 60), read with a plain read
 * so that nothing is created beside the file; nullopt if it is no SQLite file. The header is the
 * whole truth only while no -wal or -journal lies beside it.
 */
std::optional<std::int32_t> headerUserVersion(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::array<char, 100> header{};
    if (!in.read(header.data(), static_cast<std::streamsize>(header.size())))
        return std::nullopt;
    static constexpr char kMagic[] = "SQLite format 3"; // 16 bytes with its NUL
    if (std::memcmp(header.data(), kMagic, sizeof kMagic) != 0)
        return std::nullopt;
    std::uint32_t version = 0;
    for (std::size_t i = 60; i < 64; ++i)
        version = (version << 8) | static_cast<unsigned char>(header[i]);
    return static_cast<std::int32_t>(version);
}

} // namespace

StoreOpener::StoreOpener(std::filesystem::path dataDir, StoreOptions options)
    : m_dataDir(std::move(dataDir)), m_file(m_dataDir / Store::kFileName), m_options(std::move(options)),
      m_backups(m_dataDir / "backups", m_options.clock ? m_options.clock : Clock(systemNowMs))
{
    if (!m_options.clock)
        m_options.clock = systemNowMs;
    m_migrations = builtInMigrations();
    m_migrations.insert(m_migrations.end(), m_options.extraMigrations.begin(),
                        m_options.extraMigrations.end());
    if (m_options.maxSchemaVersionForTests)
        std::erase_if(m_migrations,
                      [this](const Migration& m) { return m.version > *m_options.maxSchemaVersionForTests; });
    m_targetVersion = m_migrations.back().version;
}

void StoreOpener::log(const std::string& line) const
{
    if (m_options.log)
        m_options.log(line);
}

std::string StoreOpener::refusalForNewer(int version) const
{
    return "database was written by a newer Reflekt (schema " + std::to_string(version) +
           ", this version knows " + std::to_string(m_targetVersion) + "); not opened: " + m_file.string();
}

std::string StoreOpener::foreignDatabase() const
{
    return "not a Reflekt database (it has tables but no schema version); not opened: " + m_file.string();
}

OpenResult StoreOpener::run()
{
    OpenResult result;
    std::error_code ec;
    std::filesystem::create_directories(m_dataDir, ec);
    if (ec) {
        result.error = "could not create the data folder " + m_dataDir.string() + ": " + ec.message();
        return result;
    }

    m_readOnly = readOnlyReason();
    const Probe first = probe(m_file);
    if (first.state == FileState::Failed) {
        result.error = first.error;
        return result;
    }
    if (first.state == FileState::Readable && first.version > m_targetVersion) {
        result.error = refusalForNewer(first.version);
        return result;
    }
    if (!m_readOnly.empty())
        return openReadOnlyStore(first);
    if (first.state == FileState::Damaged && !recover(first.error, first.empty, result))
        return result;

    std::string error;
    auto db = openConfigured(error);
    bool damaged = false;
    std::string problem = db ? quickCheck(*db, damaged) : error;
    if (damaged) {
        db.reset();
        if (!recover(problem, false, result))
            return result;
        db = openConfigured(error);
        problem = db ? quickCheck(*db, damaged) : error;
    }
    if (!problem.empty()) {
        db.reset();
        if (first.state == FileState::Missing)
            removeUnwrittenFile();
        result.error = "could not open the database " + m_file.string() + ": " + problem;
        return result;
    }
    if (!migrate(*db, result))
        return result;

    if (m_options.dailyBackups) {
        auto backup = m_backups.takeDailyBackup(*db);
        if (!backup.ok())
            log("daily backup failed: " + backup.error);
        else if (*backup.value)
            log("daily backup written: " + (*backup.value)->string());
    }
    const int version = static_cast<int>(db->queryInt("PRAGMA user_version").value_or(0));
    result.store.reset(new Store(std::move(db), m_dataDir, m_journalMode, version));
    return result;
}

StoreOpener::Probe StoreOpener::probe(const std::filesystem::path& file) const
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return {FileState::Missing, 0, {}, false};
    const std::filesystem::path wal = file.string() + "-wal";
    // SQLite takes an empty file for a new database, but a new install has no file at all: an
    // emptied one lost the user's data, and the backups may still hold it. (Unless the -wal holds
    // the data: then SQLite reads it below.)
    if (std::filesystem::file_size(file, ec) == 0 && !ec && sizeOrZero(wal) == 0)
        return {FileState::Damaged, 0, "0 bytes", true};
    // The header says "newer" without SQLite, which would leave a -wal and -shm beside a file it then
    // refuses. With a -wal or -journal beside it the header may be behind, so SQLite decides.
    if (!existsNoThrow(wal) && !existsNoThrow(file.string() + "-journal")) {
        if (const auto version = headerUserVersion(file); version && *version > m_targetVersion)
            return {FileState::Readable, *version, {}, false};
    }
    // Read-only, so a file we refuse is left exactly as it was.
    std::string error;
    auto db = openReadOnly(file, error);
    if (!db)
        return {FileState::Failed, 0, error, false};
    Statement st = db->prepare("PRAGMA user_version");
    if (st.step()) {
        const int version = st.int32(0);
        st = Statement();
        if (version == 0) {
            const auto tables = db->queryInt("SELECT count(*) FROM sqlite_schema").value_or(0);
            if (tables > 0)
                return {FileState::Failed, 0, foreignDatabase(), false};
            // A database SQLite made but nothing was written to: a start cut short, or the data lost.
            // With backups there, the user had data: restore it rather than start again.
            if (!m_backups.dailyBackups().empty() || !m_backups.migrationBackups().empty())
                return {FileState::Damaged, 0, "no tables", true};
        }
        return {FileState::Readable, version, {}, false};
    }
    if (isDamageCode(st.resultCode()))
        return {FileState::Damaged, 0, db->reason(st.resultCode()), false};
    return {FileState::Failed, 0, db->describeError("open the database", st.resultCode()), false};
}

std::unique_ptr<Database> StoreOpener::openConfigured(std::string& error)
{
    auto db = Database::open(m_file, false, m_options.clock, error);
    if (!db)
        return nullptr;
    sqlite3_busy_timeout(db->handle(), m_options.busyTimeoutMs);

    std::optional<std::string> network;
    if (m_options.assumeNetworkFilesystem)
        network = *m_options.assumeNetworkFilesystem ? std::optional<std::string>("network (assumed)")
                                                     : std::nullopt;
    else
        network = networkFilesystemName(m_dataDir);
    // WAL keeps its index in shared memory, which network filesystems do not share between
    // machines; a rollback journal only needs file locks.
    const char* wanted = network ? "PRAGMA journal_mode=DELETE" : "PRAGMA journal_mode=WAL";
    Statement mode = db->prepare(wanted);
    if (!mode.step()) {
        if (isDamageCode(mode.resultCode()))
            return db; // quick_check reports the damage and recovery takes over
        error = db->describeError("open the database", mode.resultCode());
        return nullptr;
    }
    m_journalMode = mode.text(0);
    mode = Statement();
    if (network)
        log("the data folder " + m_dataDir.string() + " is on " + *network +
            "; using a rollback journal (journal_mode=" + m_journalMode + ") because WAL is unsafe there");
    else
        log("journal_mode=" + m_journalMode + " for " + m_file.string());
    // FULL: a commit is on the disk before the save returns, also in WAL mode (NORMAL could lose
    // the last transactions on power loss, which is exactly what a note save must never do).
    if (!db->exec("PRAGMA synchronous=FULL") || !db->exec("PRAGMA foreign_keys=ON")) {
        error = db->describeError("open the database");
        return nullptr;
    }
    return db;
}

std::string StoreOpener::quickCheck(Database& db, bool& damaged) const
{
    damaged = false;
    Statement st = db.prepare("PRAGMA quick_check");
    std::string problems;
    while (st.step()) {
        const std::string line = st.text(0);
        if (line != "ok")
            problems += (problems.empty() ? "" : "; ") + line;
    }
    if (st.failed()) {
        damaged = isDamageCode(st.resultCode());
        return db.reason(st.resultCode());
    }
    damaged = !problems.empty();
    return problems;
}

void StoreOpener::removeUnwrittenFile() const
{
    // Only what this start created and could not write a byte to (a full disk): otherwise the next
    // start would find an emptied database and report damage where there was none.
    const std::filesystem::path wal = m_file.string() + "-wal";
    if (!existsNoThrow(m_file) || sizeOrZero(m_file) != 0 || sizeOrZero(wal) != 0)
        return;
    std::error_code ec;
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        std::filesystem::remove(m_file.string() + suffix, ec);
    std::filesystem::remove(m_file, ec);
}

std::string StoreOpener::readOnlyReason() const
{
    // POSIX access(); a Windows build would check FILE_ATTRIBUTE_READONLY (GetFileAttributesW) and
    // the folder's ACL (AccessCheck), and GetVolumeInformationW's FILE_READ_ONLY_VOLUME.
    auto why = [this](const std::filesystem::path& path, const std::string& what) -> std::string {
        if (::access(path.c_str(), W_OK) == 0 || errno == ENOENT)
            return {};
        if (errno == EROFS)
            return "the disk holding " + m_dataDir.string() + " is read-only";
        return "you have no permission to change " + what + " " + path.string();
    };
    // SQLite also writes beside the file (-wal, -shm, -journal), so a read-only folder is enough.
    std::string reason = existsNoThrow(m_file) ? why(m_file, "the file") : std::string();
    return reason.empty() ? why(m_dataDir, "the folder") : reason;
}

std::unique_ptr<Database> StoreOpener::openReadOnly(const std::filesystem::path& file,
                                                    std::string& error) const
{
    auto db = Database::open(file, true, m_options.clock, error);
    if (!db || m_readOnly.empty() || db->queryInt("PRAGMA user_version") ||
        (db->lastErrorCode() & 0xff) != SQLITE_CANTOPEN)
        return db;
    // A WAL file whose -shm cannot be created (a read-only disk) does not open even read-only. As
    // nobody can change the file there, reading it without locks and -shm (immutable) is safe.
    return Database::open(file, true, m_options.clock, error, true);
}

OpenResult StoreOpener::openReadOnlyStore(const Probe& first)
{
    OpenResult result;
    if (first.state == FileState::Missing) {
        result.error = "could not create the database " + m_file.string() + ": " + m_readOnly;
        return result;
    }
    std::string error;
    auto db = first.state == FileState::Readable ? openReadOnly(m_file, error) : nullptr;
    bool damaged = first.state == FileState::Damaged;
    const std::string problem = db ? quickCheck(*db, damaged) : (damaged ? first.error : error);
    if (damaged) {
        result.error = "The database " + m_file.string() + " is " + (first.empty ? "empty (" : "damaged (") +
                       problem + ") and cannot be replaced by a backup, because " + m_readOnly +
                       ". Nothing was changed.";
        return result;
    }
    if (!problem.empty()) {
        result.error = "could not open the database " + m_file.string() + ": " + problem;
        return result;
    }
    const int version = static_cast<int>(db->queryInt("PRAGMA user_version").value_or(0));
    if (version < m_targetVersion) {
        result.error = "The database " + m_file.string() +
                       " needs an update to this version of Reflekt (schema " + std::to_string(version) +
                       " to " + std::to_string(m_targetVersion) + "), but " + m_readOnly +
                       ". Nothing was changed.";
        return result;
    }
    m_journalMode = db->queryText("PRAGMA journal_mode").value_or("delete");
    log("opened " + m_file.string() + " read-only: " + m_readOnly);
    if (m_options.dailyBackups) {
        auto backup = m_backups.takeDailyBackup(*db); // VACUUM INTO reads; the backups may be elsewhere
        if (!backup.ok())
            log("daily backup failed: " + backup.error);
    }
    result.readOnly = true;
    result.messages.push_back("The database " + m_file.string() + " is read-only: " + m_readOnly +
                              ". Reflekt shows your progress and notes, but cannot save anything until "
                              "it can write there again.");
    result.store.reset(new Store(std::move(db), m_dataDir, m_journalMode, version));
    return result;
}

bool StoreOpener::backupIsUsable(const std::filesystem::path& backup) const
{
    std::string error;
    auto db = Database::open(backup, true, m_options.clock, error);
    if (!db)
        return false;
    const auto version = db->queryInt("PRAGMA user_version");
    if (!version || *version > m_targetVersion)
        return false;
    return db->queryText("PRAGMA quick_check").value_or("") == "ok";
}

bool StoreOpener::recover(const std::string& why, bool empty, OpenResult& result)
{
    // "was damaged" / "was empty (0 bytes)": what the user is told happened to the file.
    const std::string state = empty ? "empty (" + why + ")" : "damaged";
    std::error_code ec;
    const auto damagedDir = m_dataDir / "damaged";
    std::filesystem::create_directories(damagedDir, ec);
    auto moved = damagedDir / ("reflekt-" + utcStamp(m_options.clock()) + ".db");
    for (int i = 2; std::filesystem::exists(moved, ec); ++i)
        moved = damagedDir / ("reflekt-" + utcStamp(m_options.clock()) + "-" + std::to_string(i) + ".db");
    log("database " + state + " (" + why + "): moving " + m_file.string() + " to " + moved.string());
    std::filesystem::rename(m_file, moved, ec);
    if (ec) {
        result.error = "The database " + m_file.string() + " is " +
                       (empty ? state : state + " (" + why + ")") +
                       " and could not be moved aside: " + ec.message() + ". Nothing was changed.";
        return false;
    }
    // The WAL belongs to the damaged file; keep it with it (never deleted).
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const auto side = std::filesystem::path(m_file.string() + suffix);
        if (std::filesystem::exists(side, ec))
            std::filesystem::rename(side, moved.string() + suffix, ec);
    }
    syncFolder(m_dataDir);

    std::vector<std::pair<std::filesystem::path, std::string>> candidates;
    for (const auto& b : m_backups.dailyBackups())
        candidates.emplace_back(b.path, b.path.stem().string().substr(8));
    for (const auto& b : m_backups.migrationBackups())
        candidates.emplace_back(b, b.stem().string().substr(b.stem().string().size() - 15));
    for (const auto& [backup, label] : candidates) {
        std::string error;
        if (!backupIsUsable(backup) || !BackupManager::restoreCopy(backup, m_file, error)) {
            log("backup not usable: " + backup.string() + (error.empty() ? "" : " (" + error + ")"));
            continue;
        }
        result.messages.push_back(
            "The database " + m_file.string() + " was " + state + "; it was moved to " + moved.string() +
            " and the backup from " + label + " was restored (" + backup.string() + ")." +
            (empty ? std::string()
                   : std::string(" Work saved after that backup is only in the damaged file.")));
        return true;
    }
    result.messages.push_back("The database " + m_file.string() + " was " + state + "; it was moved to " +
                              moved.string() +
                              ". No usable backup was found, so Reflekt starts with an empty database.");
    return true;
}

bool StoreOpener::migrate(Database& db, OpenResult& result)
{
    const auto current = db.queryInt("PRAGMA user_version");
    if (!current) {
        result.error = db.describeError("read the database version");
        return false;
    }
    int version = static_cast<int>(*current);
    if (version > m_targetVersion) {
        result.error = refusalForNewer(version); // written by a newer Reflekt between probe and open
        return false;
    }
    if (version == 0 && db.queryInt("SELECT count(*) FROM sqlite_schema").value_or(0) > 0) {
        result.error = foreignDatabase();
        return false;
    }
    // A file that started empty has nothing worth a backup, even between its own first steps.
    const bool hadData = version > 0;
    for (const auto& migration : m_migrations) {
        if (migration.version <= version)
            continue;
        std::string backupNote;
        if (hadData) {
            auto backup = m_backups.takeMigrationBackup(db, version, migration.version);
            if (!backup.ok()) {
                result.error = "could not update the database " + m_file.string() + " to schema " +
                               std::to_string(migration.version) +
                               ": the backup before it failed: " + backup.error;
                return false;
            }
            backupNote = " (backup: " + backup.value->string() + ")";
        }
        std::string error;
        if (!applyMigration(db, migration, error)) {
            result.error = "could not update the database " + m_file.string() + " from schema " +
                           std::to_string(version) + " to " + std::to_string(migration.version) + ": " +
                           error + "; it was left unchanged" + backupNote;
            return false;
        }
        log("migrated " + m_file.string() + " from schema " + std::to_string(version) + " to " +
            std::to_string(migration.version) + ": " + migration.description + backupNote);
        if (migration.notice) {
            if (std::string notice = migration.notice(db); !notice.empty()) {
                log(notice);
                result.messages.push_back(std::move(notice));
            }
        }
        version = migration.version;
    }
    return true;
}

bool StoreOpener::applyMigration(Database& db, const Migration& migration, std::string& error)
{
    // Foreign keys off while tables may be rebuilt (SQLite's documented procedure); checked before commit.
    db.exec("PRAGMA foreign_keys=OFF");
    bool ok = db.exec("BEGIN IMMEDIATE");
    if (!ok) {
        error = db.reason(db.lastErrorCode());
        db.exec("PRAGMA foreign_keys=ON");
        return false;
    }
    ok = migration.apply && migration.apply(db);
    if (!ok)
        error = db.reason(db.lastErrorCode()) + " in step \"" + migration.description + "\"";
    // PRAGMA takes no bound values; the version is an integer from this program, not outside input.
    if (ok && !db.exec("PRAGMA user_version=" + std::to_string(migration.version))) {
        ok = false;
        error = db.reason(db.lastErrorCode());
    }
    if (ok && db.queryText("PRAGMA foreign_key_check")) {
        ok = false;
        error = "the migrated data breaks a foreign key";
    }
    if (ok && !db.exec("COMMIT")) {
        ok = false;
        error = db.reason(db.lastErrorCode());
    }
    if (!ok)
        db.exec("ROLLBACK");
    db.exec("PRAGMA foreign_keys=ON");
    return ok;
}

} // namespace reflekt
