#include "test_archive_support.h"

#include <zip.h>

#include <sys/stat.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace reflekt::testing {

TempDir::TempDir()
{
    std::random_device rd;
    const auto name = "reflekt-test-" + std::to_string(rd()) + std::to_string(rd());
    m_path = fs::temp_directory_path() / name;
    fs::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

void writeZip(const fs::path& file, const std::vector<ZipEntry>& entries)
{
    int error = 0;
    zip_t* za = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(za != nullptr);
    // Plain checks inside the loop: ten thousand Catch assertions would dominate the test time.
    for (const ZipEntry& e : entries) {
        zip_int64_t index = -1;
        if (e.kind == EntryKind::Folder) {
            index = zip_dir_add(za, e.name.c_str(), ZIP_FL_ENC_UTF_8);
        } else if (zip_source_t* src = zip_source_buffer(za, e.data.data(), e.data.size(), 0)) {
            index = zip_file_add(za, e.name.c_str(), src, ZIP_FL_ENC_UTF_8);
            if (index < 0)
                zip_source_free(src);
        }
        if (index < 0)
            FAIL("adding " << e.name << ": " << zip_strerror(za));
        const auto i = static_cast<zip_uint64_t>(index);
        mode_t mode = S_IFREG | 0644;
        if (e.kind == EntryKind::Folder)
            mode = S_IFDIR | 0755;
        else if (e.kind == EntryKind::Symlink)
            mode = S_IFLNK | 0777;
        else if (e.kind == EntryKind::Fifo)
            mode = S_IFIFO | 0644;
        const bool compressionSet = e.kind != EntryKind::File ||
                                    zip_set_file_compression(za, i, e.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                                             static_cast<zip_uint32_t>(e.level)) == 0;
        if (!compressionSet || zip_file_set_external_attributes(za, i, 0, ZIP_OPSYS_UNIX,
                                                                static_cast<zip_uint32_t>(mode) << 16) != 0)
            FAIL("setting up " << e.name << ": " << zip_strerror(za));
    }
    INFO(zip_strerror(za));
    REQUIRE(zip_close(za) == 0);
}

std::vector<ZipEntry> entriesOf(const fs::path& dir, const std::string& prefix)
{
    std::vector<ZipEntry> out;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file())
            out.push_back(
                {prefix + entry.path().lexically_relative(dir).generic_string(), readFile(entry.path())});
    }
    std::sort(out.begin(), out.end(), [](const ZipEntry& a, const ZipEntry& b) { return a.name < b.name; });
    return out;
}

std::string readFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void writeFile(const fs::path& file, const std::string& bytes)
{
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
    REQUIRE(out.good());
}

void patchBytes(const fs::path& file, const std::string& from, const std::string& to)
{
    REQUIRE(from.size() == to.size());
    std::string bytes = readFile(file);
    std::size_t count = 0;
    for (std::size_t pos = bytes.find(from); pos != std::string::npos; pos = bytes.find(from, pos + 1)) {
        bytes.replace(pos, from.size(), to);
        ++count;
    }
    REQUIRE(count > 0);
    writeFile(file, bytes);
}

void setFirstEntrySize(const fs::path& file, std::uint32_t size)
{
    std::string bytes = readFile(file);
    auto put = [&](std::size_t at) {
        REQUIRE(at + 4 <= bytes.size());
        for (std::size_t i = 0; i < 4; ++i)
            bytes[at + i] = static_cast<char>((size >> (8 * i)) & 0xff);
    };
    REQUIRE(bytes.compare(0, 4, "PK\x03\x04") == 0);
    put(22); // local header: uncompressed size
    const std::size_t central = bytes.find("PK\x01\x02");
    REQUIRE(central != std::string::npos);
    put(central + 24); // central directory: uncompressed size
    writeFile(file, bytes);
}

std::set<std::string> listTree(const fs::path& root)
{
    std::set<std::string> out;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        out.insert(fs::relative(it->path(), root).generic_string());
    return out;
}

} // namespace reflekt::testing
