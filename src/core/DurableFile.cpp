#include "core/DurableFile.h"

// POSIX calls, kept in this one file. A Windows build would use CreateFileW (CREATE_NEW) for the
// temporary file, WriteFile (checking the bytes written), FlushFileBuffers for fsync,
// ReplaceFileW or MoveFileExW(MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) for the rename,
// and no folder sync (NTFS makes the rename durable with MOVEFILE_WRITE_THROUGH); ERROR_DISK_FULL
// and ERROR_HANDLE_DISK_FULL would map to "the disk is full".
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <vector>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

/** A file descriptor closed on scope exit (close errors are checked by closeChecked()). */
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    /** close(), reporting its error: NFS and some others report a failed write only here. */
    bool closeChecked()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }

private:
    int m_fd;
};

fs::path folderOf(const fs::path& target)
{
    const fs::path parent = target.parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

/** The cause of an errno in plain words; a full disk names the folder, so the user knows which. */
std::string causeFor(int error, const fs::path& folder)
{
    switch (error) {
    case ENOSPC:
        return "the disk holding " + folder.string() + " is full";
    case EDQUOT:
        return "your disk quota on " + folder.string() + " is used up";
    case EIO:
        return "the disk reported a read or write error";
    case EROFS:
        return "the disk holding " + folder.string() + " is read-only";
    case EACCES:
    case EPERM:
        return "you have no permission to write in " + folder.string();
    case ENOENT:
        return "the folder " + folder.string() + " does not exist";
    case ENOTDIR:
        return folder.string() + " is not a folder";
    case EISDIR:
        return "a folder of that name is in the way";
    case EFBIG:
        return "the file is too large for the disk";
    default:
        return std::strerror(error);
    }
}

WriteResult failure(const fs::path& target, int error)
{
    WriteResult result;
    result.errorNumber = error;
    result.cause = causeFor(error, folderOf(target));
    result.error = "could not write " + target.string() + ": " + result.cause;
    return result;
}

std::string randomSuffix()
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::random_device random;
    std::string out;
    for (int i = 0; i < 2; ++i) {
        auto value = random();
        for (int j = 0; j < 8; ++j, value >>= 4)
            out += kHex[value & 0xf];
    }
    return out;
}

/** Writes all of `bytes`; 0, or the errno of the write that failed (ENOSPC for a short one that stalls). */
int writeAll(int fd, std::string_view bytes)
{
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return ENOSPC; // a write that makes no progress: the disk took nothing more
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    return 0;
}

void syncFolder(const fs::path& folder)
{
    const Fd dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.valid())
        ::fsync(dir.get());
}

} // namespace

WriteResult writeFileDurably(const fs::path& target, std::string_view bytes)
{
    const fs::path folder = folderOf(target);
    const fs::path temp = folder / ("." + target.filename().string() + ".tmp-" + randomSuffix());
    Fd out(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!out.valid())
        return failure(target, errno);

    // A file it replaces keeps its permissions, as an editor's save would.
    struct stat earlier {};
    if (::stat(target.c_str(), &earlier) == 0 && S_ISREG(earlier.st_mode))
        ::fchmod(out.get(), earlier.st_mode & 07777);

    int error = writeAll(out.get(), bytes);
    if (error == 0 && ::fsync(out.get()) != 0)
        error = errno; // delayed allocation: ext4 and XFS may report ENOSPC here, not at write()
    if (error == 0 && !out.closeChecked())
        error = errno;
    if (error == 0 && ::rename(temp.c_str(), target.c_str()) != 0)
        error = errno;
    if (error != 0) {
        ::unlink(temp.c_str());
        return failure(target, error);
    }
    // The new name is on the disk only once the folder is; the file itself already is. Some file
    // systems cannot sync a folder; the complete file is in place by now, so that does not fail it.
    syncFolder(folder);
    return {};
}

bool readBackEquals(const fs::path& path, std::string_view bytes)
{
    const Fd in(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!in.valid())
        return false;
    std::vector<char> buffer(64 * 1024);
    std::size_t offset = 0;
    for (;;) {
        const ssize_t n = ::read(in.get(), buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n == 0)
            return offset == bytes.size();
        const auto count = static_cast<std::size_t>(n);
        if (offset + count > bytes.size() || std::memcmp(buffer.data(), bytes.data() + offset, count) != 0)
            return false;
        offset += count;
    }
}

} // namespace reflekt
