#pragma once

// Helpers shared by the archive, pack and import tests: temporary folders and hand-made zips,
// including hostile ones that no well-behaved packer would write.

#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace reflekt::testing {

/** A fresh folder under the system temp folder, removed again at scope exit. */
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

enum class EntryKind { File, Folder, Symlink, Fifo };

struct ZipEntry {
    std::string name;
    std::string data; ///< file contents, or the link target for a symlink
    EntryKind kind = EntryKind::File;
    bool store = false; ///< store instead of deflate
    int level = 0;      ///< deflate level, 0 for libzip's default
};

/** Writes a zip with exactly these entries, in this order; names are taken as given. */
void writeZip(const std::filesystem::path& file, const std::vector<ZipEntry>& entries);

/** Every file below `dir` as zip entries named `prefix` + relative path, sorted. */
std::vector<ZipEntry> entriesOf(const std::filesystem::path& dir, const std::string& prefix = {});

/** Replaces every occurrence of `from` by `to` (same length) in a file's bytes. */
void patchBytes(const std::filesystem::path& file, const std::string& from, const std::string& to);

/** Sets the uncompressed size of the first entry, in its local and central headers. */
void setFirstEntrySize(const std::filesystem::path& file, std::uint32_t size);

std::string readFile(const std::filesystem::path& file);
void writeFile(const std::filesystem::path& file, const std::string& bytes);

/** Every path below `root` (relative, generic form), symlinks not followed. */
std::set<std::string> listTree(const std::filesystem::path& root);

/** Messages of all problems, joined by newlines, for CHECK_THAT(..., Contains(...)). */
template <typename Problems> std::string messages(const Problems& problems)
{
    std::string out;
    for (const auto& p : problems)
        out += p.toString() + '\n';
    return out;
}

} // namespace reflekt::testing
