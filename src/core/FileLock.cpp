#include "core/FileLock.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>
#include <utility>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace reflekt {

namespace {

std::string because(const std::filesystem::path& path, int errorNumber)
{
    return "cannot lock " + path.string() + ": " + std::strerror(errorNumber);
}

/**
 * flock(2) the open file, waiting as asked. POSIX only: a Windows build would open the file with
 * CreateFileW (sharing read, write and delete) and take LockFileEx(LOCKFILE_EXCLUSIVE_LOCK), adding
 * LOCKFILE_FAIL_IMMEDIATELY when polling. 0 or the errno.
 */
int lockOpenFile(int fd, const std::function<bool()>& keepWaiting)
{
    using namespace std::chrono_literals;
    for (;;) {
        if (::flock(fd, keepWaiting ? LOCK_EX | LOCK_NB : LOCK_EX) == 0)
            return 0;
        const int error = errno;
        if (error == EINTR)
            continue;
        if (error != EWOULDBLOCK)
            return error;
        if (!keepWaiting())
            return ECANCELED;
        std::this_thread::sleep_for(20ms);
    }
}

/** True if `fd` is still the file at `path` (nobody removed or replaced it while we waited). */
bool stillThere(int fd, const std::filesystem::path& path)
{
    struct stat held {};
    struct stat named {};
    return ::fstat(fd, &held) == 0 && ::stat(path.c_str(), &named) == 0 && held.st_dev == named.st_dev &&
           held.st_ino == named.st_ino;
}

} // namespace

FileLock::~FileLock()
{
    unlock();
}

FileLock::FileLock(FileLock&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_path(std::move(other.m_path))
{
}

FileLock& FileLock::operator=(FileLock&& other) noexcept
{
    if (this != &other) {
        unlock();
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
    }
    return *this;
}

std::string FileLock::lock(const std::filesystem::path& path, const std::function<bool()>& keepWaiting)
{
    unlock();
    for (;;) {
        const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (fd < 0)
            return because(path, errno);
        if (const int error = lockOpenFile(fd, keepWaiting); error != 0) {
            ::close(fd);
            return error == ECANCELED ? "cancelled while waiting for " + path.string() : because(path, error);
        }
        if (stillThere(fd, path)) {
            m_fd = fd;
            m_path = path;
            return {};
        }
        ::close(fd); // the holder removed the file before letting go: lock the one there now
    }
}

void FileLock::unlock()
{
    if (m_fd < 0)
        return;
    ::close(m_fd); // closing the last descriptor releases the flock
    m_fd = -1;
    m_path.clear();
}

void FileLock::removeFile()
{
    if (m_fd >= 0)
        ::unlink(m_path.c_str());
}

} // namespace reflekt
