#include "core/ArchiveExtractor.h"

#include "core/PathGuard.h"
#include "core/UnicodeText.h"

#include <zip.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <system_error>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

constexpr std::size_t kMaxReportedProblems = 50;
constexpr std::size_t kChunkBytes = 64 * 1024;

struct ZipCloser {
    void operator()(zip_t* za) const { zip_discard(za); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

struct ZipFileCloser {
    void operator()(zip_file_t* zf) const { zip_fclose(zf); }
};
using ZipFilePtr = std::unique_ptr<zip_file_t, ZipFileCloser>;

/** A file descriptor closed on scope exit. */
class Fd {
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    Fd(Fd&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    Fd& operator=(Fd&& other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd;
};

struct Entry {
    zip_uint64_t index = 0;
    std::string name; ///< as stored, for messages
    std::string path; ///< without a trailing '/'
    bool isDir = false;
    std::uint64_t size = 0;     ///< declared uncompressed size
    std::uint64_t compSize = 0; ///< declared compressed size
    bool isManifest = false;
};

std::string inQuotes(const std::string& name)
{
    return '"' + name + '"';
}

std::string zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

/** Collects problems for one archive, capping how many a hostile archive can produce. */
class Reporter {
public:
    explicit Reporter(std::string archiveName) : m_archive(std::move(archiveName)) {}

    void error(const std::string& message)
    {
        ++m_count;
        if (m_count <= kMaxReportedProblems)
            m_problems.push_back(Problem{Severity::Error, m_archive, {}, message, 0, 0});
    }
    bool any() const { return m_count > 0; }
    std::vector<Problem> take()
    {
        if (m_count > kMaxReportedProblems) {
            m_problems.push_back(Problem{Severity::Error,
                                         m_archive,
                                         {},
                                         std::to_string(m_count - kMaxReportedProblems) +
                                             " more problems in this archive are not listed",
                                         0,
                                         0});
        }
        return std::move(m_problems);
    }

private:
    std::string m_archive;
    std::vector<Problem> m_problems;
    std::size_t m_count = 0;
};

/** "" if the entry name is acceptable, else why not (the name is quoted in the message). */
std::string checkEntryName(const std::string& name, const std::string& path)
{
    if (path.empty())
        return "an entry has an empty name";
    const std::string why = checkRelativePath(path);
    if (why.empty())
        return {};
    const std::string q = "entry " + inQuotes(name);
    if (path.front() == '/' || (path.size() >= 2 && path[1] == ':'))
        return q + " has an absolute path, which would be written outside the target folder";
    if (path.find('\\') != std::string::npos)
        return q + " contains a backslash; archives must use '/' between folders";
    if (path == ".." || path.starts_with("../") || path.ends_with("/..") ||
        path.find("/../") != std::string::npos)
        return q + " uses '..', which would be written outside the target folder";
    return q + " has an unsafe name: " + why;
}

/**
 * Records every path (and each folder it implies) by its folded form (NFC and full case folding,
 * see foldedName()), so that two names a case-insensitive file system would merge, or a file and a
 * folder of one name, are caught.
 */
class NameTable {
public:
    /** "" if `path` fits with the names seen so far, else why not. */
    std::string add(const std::string& path, bool isDir, const std::string& name)
    {
        if (!m_explicit.insert(path + (isDir ? "/" : "")).second)
            return "entry " + inQuotes(name) + " appears more than once";
        std::size_t slash = path.find('/');
        while (slash != std::string::npos) {
            if (std::string why = addOne(path.substr(0, slash), true, name); !why.empty())
                return why;
            slash = path.find('/', slash + 1);
        }
        return addOne(path, isDir, name);
    }

private:
    std::string addOne(const std::string& path, bool isDir, const std::string& name)
    {
        const auto [it, inserted] = m_seen.try_emplace(foldedName(path), path, isDir);
        if (inserted)
            return {};
        const auto& [seenPath, seenDir] = it->second;
        if (seenPath != path) {
            return "entry " + inQuotes(name) + " collides with " + inQuotes(seenPath) +
                   " when letter case and Unicode normalisation are ignored (as on Windows and macOS)";
        }
        if (seenDir != isDir)
            return inQuotes(path) + " is used both as a file and as a folder (entry " + inQuotes(name) + ")";
        return {};
    }

    std::map<std::string, std::pair<std::string, bool>> m_seen;
    std::set<std::string> m_explicit;
};

/** Reads the central directory and checks every entry; fills `entries` when all are fine. */
void planEntries(zip_t* za, const ExtractLimits& limits, Reporter& report, std::vector<Entry>& entries)
{
    const zip_int64_t count = zip_get_num_entries(za, 0);
    if (count < 0) {
        report.error("the list of entries cannot be read: " + std::string(zip_strerror(za)));
        return;
    }
    if (static_cast<std::uint64_t>(count) > limits.maxEntries) {
        report.error("the archive has " + std::to_string(count) + " entries; too many (at most " +
                     std::to_string(limits.maxEntries) + " are allowed)");
        return;
    }
    NameTable names;
    std::uint64_t declaredTotal = 0;
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(za, i, 0, &st) != 0 || (st.valid & ZIP_STAT_NAME) == 0 || st.name == nullptr) {
            report.error("entry " + std::to_string(i) + " cannot be read: " + zip_strerror(za));
            continue;
        }
        Entry e;
        e.index = i;
        e.name = st.name;
        e.path = e.name;
        e.isDir = !e.path.empty() && e.path.back() == '/';
        if (e.isDir)
            e.path.pop_back();
        e.size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
        e.compSize = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
        const std::string q = "entry " + inQuotes(e.name);

        if (std::string why = checkEntryName(e.name, e.path); !why.empty()) {
            report.error(why);
            continue;
        }
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(za, i, 0, &opsys, &attributes) == 0 && opsys == ZIP_OPSYS_UNIX) {
            const auto type = static_cast<mode_t>((attributes >> 16) & S_IFMT);
            if (type == S_IFLNK) {
                report.error(q +
                             " is a symlink (symbolic link); archives may contain only files and folders");
                continue;
            }
            if (type == S_IFDIR) {
                e.isDir = true;
            } else if (type != 0 && type != S_IFREG) {
                report.error(q + " is a special file (device, pipe or socket); archives may contain "
                                 "only files and folders");
                continue;
            }
        }
        if (std::string why = names.add(e.path, e.isDir, e.name); !why.empty()) {
            report.error(why);
            continue;
        }
        if (e.isDir)
            continue; // a folder's data, if any, is ignored
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
            report.error(q + " is encrypted; encrypted archives are not supported");
            continue;
        }
        if ((st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method != ZIP_CM_STORE &&
            st.comp_method != ZIP_CM_DEFLATE) {
            report.error(q + " uses an unsupported compression method (" + std::to_string(st.comp_method) +
                         "); only store and deflate are accepted");
            continue;
        }
        const std::size_t slash = e.path.rfind('/');
        e.isManifest = e.path.substr(slash == std::string::npos ? 0 : slash + 1) == "bundle.json";
        if (e.isManifest && e.size > limits.maxManifestBytes) {
            report.error(q + " is too large for a manifest (" + std::to_string(e.size) + " bytes; at most " +
                         std::to_string(limits.maxManifestBytes) + ")");
            continue;
        }
        if (e.size > limits.maxEntryBytes) {
            report.error(q + " is too large (" + std::to_string(e.size) + " bytes; at most " +
                         std::to_string(limits.maxEntryBytes) + " per file)");
            continue;
        }
        if (e.size > limits.ratioFloorBytes &&
            static_cast<double>(e.size) > limits.maxRatio * static_cast<double>(e.compSize)) {
            report.error(q + " is compressed suspiciously well (" + std::to_string(e.compSize) + " to " +
                         std::to_string(e.size) + " bytes), like a zip bomb");
            continue;
        }
        declaredTotal += e.size;
        entries.push_back(std::move(e));
    }
    if (declaredTotal > limits.maxTotalBytes) {
        report.error("the archive is too large: its files add up to " + std::to_string(declaredTotal) +
                     " bytes; at most " + std::to_string(limits.maxTotalBytes) + " are allowed");
    }
}

/** Opens (creating where missing) the folder `relative` below `root`, never following a link. */
Fd openFolder(int rootFd, const std::string& relative, std::string& error)
{
    Fd current(::dup(rootFd));
    if (relative.empty())
        return current;
    std::size_t start = 0;
    while (start <= relative.size()) {
        const std::size_t end = relative.find('/', start);
        const std::string part = relative.substr(start, end == std::string::npos ? end : end - start);
        if (::mkdirat(current.get(), part.c_str(), 0755) != 0 && errno != EEXIST) {
            error = "folder " + inQuotes(relative) + " cannot be created: " + std::strerror(errno);
            return Fd();
        }
        Fd next(::openat(current.get(), part.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next.valid()) {
            error =
                errno == ELOOP || errno == ENOTDIR
                    ? "folder " + inQuotes(relative) + " leads through a symlink or a file; refusing to write"
                    : "folder " + inQuotes(relative) + " cannot be opened: " + std::strerror(errno);
            return Fd();
        }
        current = std::move(next);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return current;
}

bool writeAll(int fd, const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

struct WriteState {
    const ExtractLimits& limits;
    const ProgressCallback& progress;
    std::uint64_t declaredTotal = 0;
    std::uint64_t written = 0;
    std::size_t files = 0;
};

/** Decompresses one entry into a new file, counting what actually comes out. "" or why it failed. */
std::string writeEntry(zip_t* za, int rootFd, const Entry& e, WriteState& state)
{
    const std::string q = "entry " + inQuotes(e.name);
    std::string error;
    if (e.isDir)
        return openFolder(rootFd, e.path, error).valid() ? std::string() : error;

    const std::size_t slash = e.path.rfind('/');
    const Fd folder = openFolder(rootFd, slash == std::string::npos ? "" : e.path.substr(0, slash), error);
    if (!folder.valid())
        return error;
    const std::string leaf = slash == std::string::npos ? e.path : e.path.substr(slash + 1);

    ZipFilePtr zf(zip_fopen_index(za, e.index, 0));
    if (!zf)
        return q + " cannot be read: " + zip_strerror(za);
    const Fd out(
        ::openat(folder.get(), leaf.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644));
    if (!out.valid())
        return q + " cannot be created: " + std::strerror(errno);
    ++state.files;

    std::vector<char> buffer(kChunkBytes);
    std::uint64_t produced = 0;
    for (;;) {
        const zip_int64_t n = zip_fread(zf.get(), buffer.data(), buffer.size());
        if (n < 0)
            return q + " is damaged: " + zip_file_strerror(zf.get());
        if (n == 0)
            break;
        produced += static_cast<std::uint64_t>(n);
        state.written += static_cast<std::uint64_t>(n);
        if (produced > e.size)
            return q + " is too large: it decompresses to more than the " + std::to_string(e.size) +
                   " bytes its header declares";
        if (e.isManifest && produced > state.limits.maxManifestBytes)
            return q + " is too large for a manifest";
        if (produced > state.limits.maxEntryBytes)
            return q + " is too large (over " + std::to_string(state.limits.maxEntryBytes) + " bytes)";
        if (state.written > state.limits.maxTotalBytes)
            return "the archive is too large: over " + std::to_string(state.limits.maxTotalBytes) +
                   " bytes in all";
        if (produced > state.limits.ratioFloorBytes &&
            static_cast<double>(produced) > state.limits.maxRatio * static_cast<double>(e.compSize))
            return q + " is compressed suspiciously well, like a zip bomb";
        if (!writeAll(out.get(), buffer.data(), static_cast<std::size_t>(n)))
            return q + " cannot be written: " + std::strerror(errno);
        if (state.progress && !state.progress(state.written, state.declaredTotal))
            return "cancelled by the user";
    }
    if (produced != e.size)
        return q + " is truncated: " + std::to_string(produced) + " of " + std::to_string(e.size) + " bytes";
    return {};
}

} // namespace

ExtractResult extractArchive(const fs::path& archive, const fs::path& target, const ExtractLimits& limits,
                             const ProgressCallback& progress)
{
    ExtractResult result;
    Reporter report(archive.filename().string());

    std::error_code ec;
    if (fs::symlink_status(target, ec).type() != fs::file_type::not_found) {
        report.error("the target folder " + target.string() + " already exists");
        result.problems = report.take();
        return result;
    }

    int zipError = 0;
    ZipPtr za(zip_open(archive.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &zipError));
    if (!za && (zipError == ZIP_ER_INCONS || zipError == ZIP_ER_EXISTS)) {
        // Often duplicate names, which libzip only tolerates without ZIP_CHECKCONS: look closer
        // so the message can say which entry; if the names are fine the archive stays refused.
        const int strictError = zipError;
        ZipPtr loose(zip_open(archive.c_str(), ZIP_RDONLY, &zipError));
        if (loose) {
            std::vector<Entry> ignored;
            planEntries(loose.get(), limits, report, ignored);
        }
        if (!report.any())
            report.error("the archive is damaged: " + zipErrorText(strictError));
        result.problems = report.take();
        return result;
    }
    if (!za) {
        const std::string reason = zipErrorText(zipError);
        if (zipError == ZIP_ER_NOENT || zipError == ZIP_ER_OPEN || zipError == ZIP_ER_READ)
            report.error("the archive cannot be opened: " + reason);
        else
            report.error("the archive is damaged or truncated: " + reason);
        result.problems = report.take();
        return result;
    }

    std::vector<Entry> entries;
    planEntries(za.get(), limits, report, entries);
    if (report.any()) {
        result.problems = report.take();
        return result;
    }

    if (::mkdir(target.c_str(), 0755) != 0) {
        report.error("the target folder " + target.string() + " cannot be created: " + std::strerror(errno));
        result.problems = report.take();
        return result;
    }
    std::string failure;
    {
        const Fd root(::open(target.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!root.valid()) {
            failure = "the target folder cannot be opened: " + std::string(std::strerror(errno));
        } else {
            WriteState state{limits, progress};
            for (const Entry& e : entries)
                state.declaredTotal += e.size;
            for (const Entry& e : entries) {
                failure = writeEntry(za.get(), root.get(), e, state);
                if (!failure.empty())
                    break;
            }
            result.files = state.files;
            result.bytes = state.written;
        }
    }
    if (!failure.empty()) {
        fs::remove_all(target, ec);
        report.error(failure);
        result.problems = report.take();
        result.files = 0;
        result.bytes = 0;
    }
    return result;
}

} // namespace reflekt
