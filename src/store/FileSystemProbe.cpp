#include "store/FileSystemProbe.h"

#include <fcntl.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace reflekt {

namespace {

struct KnownFs {
    unsigned long magic;
    const char* name;
};

// Magic numbers from linux/magic.h and the kernel sources of each filesystem.
constexpr KnownFs kNetworkFilesystems[] = {
    {0x6969UL, "NFS"},
    {0x517BUL, "SMB"},
    {0xFF534D42UL, "CIFS"},
    {0xFE534D42UL, "SMB2"},
    {0x65735546UL, "FUSE (e.g. sshfs)"},
    {0x01021997UL, "9P"},
    {0x5346414FUL, "AFS"},
    {0x00C36400UL, "Ceph"},
    {0x73757245UL, "Coda"},
    {0x564CUL, "NCP"},
    {0x0BD00BD0UL, "Lustre"},
};

// POSIX open() + fsync(); a Windows build would open with CreateFileW and call FlushFileBuffers
// (folders need FILE_FLAG_BACKUP_SEMANTICS there, and NTFS makes a rename durable without it).
bool syncPath(const std::filesystem::path& path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

// Linux statfs() and its f_type magic; a Windows build would use GetDriveTypeW (DRIVE_REMOTE).
std::optional<std::string> networkFilesystemName(const std::filesystem::path& folder)
{
    struct statfs info {};
    if (::statfs(folder.c_str(), &info) != 0)
        return std::nullopt;
    const auto magic = static_cast<unsigned long>(info.f_type) & 0xFFFFFFFFUL;
    for (const auto& fs : kNetworkFilesystems)
        if (fs.magic == magic)
            return std::string(fs.name);
    return std::nullopt;
}

bool syncFile(const std::filesystem::path& file)
{
    return syncPath(file, O_RDONLY);
}

bool syncFolder(const std::filesystem::path& folder)
{
    return syncPath(folder, O_RDONLY | O_DIRECTORY);
}

} // namespace reflekt
