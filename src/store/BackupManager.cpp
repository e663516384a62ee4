#include "store/BackupManager.h"

#include "store/Database.h"
#include "store/FileSystemProbe.h"
#include "store/TimeFormat.h"

#include <algorithm>
#include <set>
#include <system_error>

namespace reflekt {

namespace {

constexpr const char* kDailyPrefix = "reflekt-";
constexpr const char* kMigrationPrefix = "reflekt-before-v";
constexpr const char* kPartialSuffix = ".partial";

// 1970-01-01 was a Thursday; shifting by 3 makes weeks run Monday to Sunday.
std::int64_t weekOf(std::int64_t day)
{
    const std::int64_t shifted = day + 3;
    return shifted >= 0 ? shifted / 7 : -((-shifted + 6) / 7);
}

std::optional<std::int64_t> dailyDay(const std::filesystem::path& file)
{
    const std::string name = file.filename().string();
    const std::string prefix = kDailyPrefix;
    // reflekt-YYYY-MM-DD.db
    if (name.size() != prefix.size() + 10 + 3 || name.rfind(prefix, 0) != 0 || file.extension() != ".db")
        return std::nullopt;
    return parseUtcDate(name.substr(prefix.size(), 10));
}

} // namespace

BackupManager::BackupManager(std::filesystem::path folder, Clock clock)
    : m_folder(std::move(folder)), m_clock(std::move(clock))
{
}

std::vector<BackupFile> BackupManager::dailyBackups() const
{
    std::vector<BackupFile> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(m_folder, ec)) {
        if (!entry.is_regular_file(ec))
            continue;
        if (auto day = dailyDay(entry.path()))
            out.push_back({entry.path(), *day});
    }
    std::sort(out.begin(), out.end(), [](const BackupFile& a, const BackupFile& b) { return a.day > b.day; });
    return out;
}

std::vector<std::filesystem::path> BackupManager::migrationBackups() const
{
    std::vector<std::filesystem::path> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(m_folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file(ec) && name.rfind(kMigrationPrefix, 0) == 0 &&
            entry.path().extension() == ".db")
            out.push_back(entry.path());
    }
    // The name ends in a sortable UTC stamp.
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.filename().string().substr(a.filename().string().size() - 18) >
               b.filename().string().substr(b.filename().string().size() - 18);
    });
    return out;
}

bool BackupManager::hasBackupToday() const
{
    const std::int64_t today = utcDay(m_clock());
    const auto backups = dailyBackups();
    return std::any_of(backups.begin(), backups.end(), [&](const BackupFile& b) { return b.day == today; });
}

StoreResult<std::optional<std::filesystem::path>> BackupManager::takeDailyBackup(Database& db)
{
    using Result = StoreResult<std::optional<std::filesystem::path>>;
    if (hasBackupToday())
        return Result::success(std::nullopt);
    const auto target = m_folder / (kDailyPrefix + utcDate(m_clock()) + ".db");
    if (auto status = vacuumInto(db, target); !status.ok())
        return Result::failure(status.error);
    rotate();
    return Result::success(target);
}

StoreResult<std::filesystem::path> BackupManager::takeMigrationBackup(Database& db, int fromVersion,
                                                                      int toVersion)
{
    const auto target = m_folder / (kMigrationPrefix + std::to_string(toVersion) + "-from-v" +
                                    std::to_string(fromVersion) + "-" + utcStamp(m_clock()) + ".db");
    if (auto status = vacuumInto(db, target); !status.ok())
        return StoreResult<std::filesystem::path>::failure(status.error);
    return StoreResult<std::filesystem::path>::success(target);
}

std::vector<std::filesystem::path> BackupManager::rotate()
{
    std::vector<std::filesystem::path> removed;
    const auto backups = dailyBackups();
    std::vector<std::int64_t> days;
    for (const auto& b : backups)
        days.push_back(b.day);
    const auto keep = selectDaysToKeep(days, kKeepDaily, kKeepWeekly);
    const std::set<std::int64_t> keepSet(keep.begin(), keep.end());
    std::error_code ec;
    for (const auto& b : backups) {
        if (!keepSet.count(b.day) && std::filesystem::remove(b.path, ec))
            removed.push_back(b.path);
    }
    for (const auto& entry : std::filesystem::directory_iterator(m_folder, ec)) {
        if (entry.path().extension() == kPartialSuffix && std::filesystem::remove(entry.path(), ec))
            removed.push_back(entry.path());
    }
    return removed;
}

std::vector<std::int64_t> BackupManager::selectDaysToKeep(std::vector<std::int64_t> days, int keepDaily,
                                                          int keepWeekly)
{
    std::sort(days.begin(), days.end(), std::greater<>());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    std::vector<std::int64_t> keep;
    std::set<std::int64_t> weeksCovered;
    int weekly = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        const std::int64_t week = weekOf(days[i]);
        if (static_cast<int>(i) < keepDaily) {
            keep.push_back(days[i]);
            weeksCovered.insert(week);
        } else if (weekly < keepWeekly && !weeksCovered.count(week)) {
            // Days are newest first, so the first one met in a week is that week's newest.
            keep.push_back(days[i]);
            weeksCovered.insert(week);
            ++weekly;
        }
    }
    return keep;
}

bool BackupManager::restoreCopy(const std::filesystem::path& backup, const std::filesystem::path& target,
                                std::string& error)
{
    std::error_code ec;
    const auto temp = target.parent_path() / (target.filename().string() + ".restoring");
    std::filesystem::copy_file(backup, temp, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec || !syncFile(temp)) {
        error = "could not copy the backup " + backup.string() + ": " + (ec ? ec.message() : "sync failed");
        std::filesystem::remove(temp, ec);
        return false;
    }
    std::filesystem::rename(temp, target, ec);
    if (ec) {
        error = "could not put the backup in place at " + target.string() + ": " + ec.message();
        return false;
    }
    syncFolder(target.parent_path());
    return true;
}

StoreStatus BackupManager::vacuumInto(Database& db, const std::filesystem::path& target)
{
    std::error_code ec;
    std::filesystem::create_directories(m_folder, ec);
    const auto partial = target.parent_path() / (target.filename().string() + kPartialSuffix);
    std::filesystem::remove(partial, ec);
    Statement st = db.prepare("VACUUM INTO ?1");
    st.bind(1, partial.string());
    if (!st.run()) {
        auto message = db.describeError("write the backup " + target.filename().string(), st.resultCode());
        std::filesystem::remove(partial, ec);
        return StoreStatus::failure(message);
    }
    // VACUUM INTO does not sync its output; do it before the rename makes the backup count.
    if (!syncFile(partial)) {
        std::filesystem::remove(partial, ec);
        return StoreStatus::failure("could not write the backup " + target.string() + ": sync failed");
    }
    std::filesystem::rename(partial, target, ec);
    if (ec)
        return StoreStatus::failure("could not write the backup " + target.string() + ": " + ec.message());
    syncFolder(m_folder);
    return StoreStatus::success();
}

} // namespace reflekt
