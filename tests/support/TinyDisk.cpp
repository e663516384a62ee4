#include "TinyDisk.h"

#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace reflekt::testing {

namespace {

constexpr const char* kFiller = "filler";

} // namespace

TinyDisk::TinyDisk(std::size_t bytes)
{
    std::string pattern = (std::filesystem::temp_directory_path() / "reflekt-tinydisk-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        m_whyNot = std::string("mkdtemp: ") + std::strerror(errno);
        return;
    }
    m_path = pattern;
    const std::string options = "size=" + std::to_string(bytes) + ",mode=0755";
    if (::mount("tmpfs", m_path.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, options.c_str()) != 0) {
        m_whyNot = std::string("mount -t tmpfs: ") + std::strerror(errno);
        return;
    }
    m_mounted = true;
}

TinyDisk::~TinyDisk()
{
    if (m_mounted)
        ::umount2(m_path.c_str(), MNT_DETACH);
    if (!m_path.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
}

bool TinyDisk::fill()
{
    const int fd = ::open((m_path / kFiller).c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return errno == ENOSPC;
    const std::vector<char> block(4096, 'f');
    bool full = false;
    for (;;) {
        const ssize_t n = ::write(fd, block.data(), block.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            full = errno == ENOSPC;
            break;
        }
    }
    ::close(fd);
    return full;
}

void TinyDisk::unfill()
{
    std::error_code ec;
    std::filesystem::remove(m_path / kFiller, ec);
}

bool TinyDisk::makeReadOnly()
{
    return ::mount("tmpfs", m_path.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV,
                   nullptr) == 0;
}

} // namespace reflekt::testing
