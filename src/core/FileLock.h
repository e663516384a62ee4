#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace reflekt {

/**
 * An advisory, exclusive lock on a file, shared by threads and processes alike: every party that
 * takes the lock on the same path waits for the one holding it. The lock is released by unlock(),
 * by the destructor, or by the system when the process ends (so a crash never leaves it taken).
 *
 * The lock file itself holds nothing and is normally left in place; removeFile() deletes it for a
 * holder that wants its folder gone, and a waiter that then wins the lock on the deleted file
 * notices and takes the lock on the path anew.
 */
class FileLock {
public:
    FileLock() = default;
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;

    /**
     * Takes the lock on `path` (created if missing; its folder must exist), waiting while another
     * holds it. While waiting, `keepWaiting` (if set) is called every few milliseconds; when it
     * returns false the wait is given up. Returns "" once the lock is held, else why not, in plain
     * words. Never throws.
     */
    std::string lock(const std::filesystem::path& path, const std::function<bool()>& keepWaiting = {});

    bool isLocked() const { return m_fd >= 0; }

    /** Releases the lock (if held). */
    void unlock();

    /** Deletes the lock file while still holding the lock (released by unlock() as usual). */
    void removeFile();

private:
    int m_fd = -1;
    std::filesystem::path m_path;
};

} // namespace reflekt
