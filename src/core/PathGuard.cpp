#include "core/PathGuard.h"

#include <sys/stat.h>

#include <climits>
#include <cstdlib>
#include <system_error>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

enum class EntryKind { Missing, Link, Folder, File, Other };

// What is at `path` without following a final symbolic link. POSIX lstat(); a Windows build would
// use GetFileAttributesW (FILE_ATTRIBUTE_REPARSE_POINT for links and junctions).
EntryKind entryKind(const fs::path& path)
{
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0)
        return EntryKind::Missing;
    if (S_ISLNK(st.st_mode))
        return EntryKind::Link;
    if (S_ISDIR(st.st_mode))
        return EntryKind::Folder;
    return S_ISREG(st.st_mode) ? EntryKind::File : EntryKind::Other;
}

} // namespace

std::string checkRelativePath(const std::string& relative)
{
    if (relative.empty())
        return "the path is empty";
    if (relative.size() > 1024)
        return "the path is longer than 1024 characters";
    if (relative.front() == '/')
        return "absolute paths are not allowed; give the path relative to the bundle folder";
    if (relative.size() >= 2 && relative[1] == ':')
        return "drive letters are not allowed; give the path relative to the bundle folder";
    for (unsigned char c : relative) {
        if (c == '\\')
            return "backslashes are not allowed; use '/' between folders";
        if (c < 0x20 || c == 0x7f)
            return "the path contains a control character";
    }
    std::size_t start = 0;
    while (start <= relative.size()) {
        const std::size_t end = relative.find('/', start);
        const std::string segment =
            relative.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (segment == "..")
            return "'..' is not allowed: the path must stay inside the bundle";
        if (segment.empty() || segment == ".")
            return "empty or '.' path segments are not allowed";
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return {};
}

std::optional<fs::path> resolveReal(const fs::path& path)
{
    // POSIX realpath() follows every symlink in one pass; much cheaper than fs::canonical(),
    // which resolves component by component in user space. A Windows build would use
    // GetFinalPathNameByHandleW on a handle opened with FILE_FLAG_BACKUP_SEMANTICS.
    char* resolved = ::realpath(path.c_str(), nullptr);
    if (!resolved)
        return std::nullopt;
    fs::path out(resolved);
    std::free(resolved);
    return out;
}

GuardedPath guardPath(const fs::path& root, const std::string& relative, bool mustExist)
{
    if (!mustExist)
        return guardPath(root, relative, false, root);
    const auto realRoot = resolveReal(root);
    if (!realRoot)
        return {std::nullopt, "the bundle folder cannot be resolved"};
    return guardPath(root, relative, true, *realRoot);
}

GuardedPath guardPath(const fs::path& root, const std::string& relative, bool mustExist,
                      const fs::path& realRoot)
{
    if (std::string why = checkRelativePath(relative); !why.empty())
        return {std::nullopt, why};
    const fs::path candidate = root / fs::path(relative);
    if (!mustExist)
        return {candidate, {}};

    const auto real = resolveReal(candidate);
    if (!real)
        return {std::nullopt, "file not found"};
    // Symlinks were followed; the result must still be below the bundle root.
    const std::string& r = realRoot.native();
    const std::string& p = real->native();
    const bool inside =
        p.size() > r.size() && p.compare(0, r.size(), r) == 0 && (r.back() == '/' || p[r.size()] == '/');
    if (!inside)
        return {std::nullopt, "the path leads outside the bundle (through a symbolic link)"};
    // realpath() followed every link, so what it names is no link.
    if (entryKind(*real) != EntryKind::File)
        return {std::nullopt, "not a regular file"};
    return {real, {}};
}

BundlePathResolver::BundlePathResolver(fs::path root)
    : m_root(std::move(root)), m_realRoot(resolveReal(m_root))
{
}

BundlePathResolver::Folder BundlePathResolver::folder(const std::string& relative)
{
    if (relative.empty())
        return Folder::Plain; // the resolved root itself
    if (auto it = m_folders.find(relative); it != m_folders.end())
        return it->second;
    const std::size_t slash = relative.rfind('/');
    Folder result = folder(slash == std::string::npos ? std::string() : relative.substr(0, slash));
    if (result == Folder::Plain) {
        switch (entryKind(*m_realRoot / relative)) {
        case EntryKind::Missing:
            result = Folder::Missing;
            break;
        case EntryKind::Link:
            result = Folder::Link;
            break;
        case EntryKind::Folder:
            break;
        case EntryKind::File:
        case EntryKind::Other:
            result = Folder::NotAFolder;
            break;
        }
    }
    m_folders.emplace(relative, result);
    return result;
}

GuardedPath BundlePathResolver::resolve(const std::string& relative)
{
    if (!m_realRoot)
        return {std::nullopt, "the bundle folder cannot be resolved"};
    if (std::string why = checkRelativePath(relative); !why.empty())
        return {std::nullopt, why};
    const std::size_t slash = relative.rfind('/');
    switch (folder(slash == std::string::npos ? std::string() : relative.substr(0, slash))) {
    case Folder::Plain:
        break;
    case Folder::Link:
        return guardPath(m_root, relative, true, *m_realRoot); // follow the link, then check
    case Folder::Missing:
    case Folder::NotAFolder:
        return {std::nullopt, "file not found"};
    }
    // Every folder on the way is a real folder below the resolved root, and the path has no
    // "..": unless the file itself is a link, it lies inside the bundle.
    fs::path path = *m_realRoot / relative;
    switch (entryKind(path)) {
    case EntryKind::Missing:
        return {std::nullopt, "file not found"};
    case EntryKind::Link:
        return guardPath(m_root, relative, true, *m_realRoot);
    case EntryKind::File:
        return {std::move(path), {}};
    case EntryKind::Folder:
    case EntryKind::Other:
        break;
    }
    return {std::nullopt, "not a regular file"};
}

} // namespace reflekt
