#include "core/BundlePacker.h"

#include "test_archive_support.h"

#include <zip.h>

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cstdlib>
#include <ctime>
#include <memory>

namespace fs = std::filesystem;
using namespace reflekt;
using namespace reflekt::testing;
using Catch::Matchers::Contains;

namespace {

const fs::path kMinimal = fs::path(REFLEKT_TEST_DATA_DIR) / "good" / "minimal";

fs::path copyMinimal(const TempDir& tmp, const std::string& name)
{
    const fs::path dir = tmp / name;
    fs::copy(kMinimal, dir, fs::copy_options::recursive);
    return dir;
}

struct ZipDiscard {
    void operator()(zip_t* za) const { zip_discard(za); }
};

std::unique_ptr<zip_t, ZipDiscard> openZip(const fs::path& file)
{
    int error = 0;
    std::unique_ptr<zip_t, ZipDiscard> za(zip_open(file.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error));
    REQUIRE(za != nullptr);
    return za;
}

/** Sets TZ for the scope of the object, restoring the old value after. */
class ScopedTimeZone {
public:
    explicit ScopedTimeZone(const char* tz)
    {
        if (const char* old = std::getenv("TZ"))
            m_old = old;
        ::setenv("TZ", tz, 1);
        ::tzset();
    }
    ~ScopedTimeZone()
    {
        if (m_old)
            ::setenv("TZ", m_old->c_str(), 1);
        else
            ::unsetenv("TZ");
        ::tzset();
    }

private:
    std::optional<std::string> m_old;
};

} // namespace

TEST_CASE("packing a good bundle writes sorted, stamped entries", "[pack]")
{
    TempDir tmp;
    const fs::path out = tmp / "minimal.reflekt";
    const PackResult r = packBundle(kMinimal, out);
    INFO(messages(r.problems));
    REQUIRE(r.ok());
    CHECK(r.archiveBytes == fs::file_size(out));

    auto za = openZip(out);
    const zip_int64_t count = zip_get_num_entries(za.get(), 0);
    REQUIRE(count == static_cast<zip_int64_t>(r.files));
    std::vector<std::string> names;
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(za.get(), i, 0, &st) == 0);
        names.emplace_back(st.name);
        const std::string name = st.name;
        const bool media = name.ends_with(".mp4") || name.ends_with(".png");
        CHECK(st.comp_method == (media ? ZIP_CM_STORE : ZIP_CM_DEFLATE));
        std::tm local{};
        localtime_r(&st.mtime, &local);
        CHECK(local.tm_year == 80);
        CHECK(local.tm_mon == 0);
        CHECK(local.tm_mday == 1);
        CHECK(local.tm_hour == 0);
        zip_uint8_t opsys = 0;
        zip_uint32_t attributes = 0;
        REQUIRE(zip_file_get_external_attributes(za.get(), i, 0, &opsys, &attributes) == 0);
        CHECK(opsys == ZIP_OPSYS_UNIX);
        CHECK((attributes >> 16) == (S_IFREG | 0644));
        CHECK(zip_file_extra_fields_count(za.get(), i, ZIP_FL_CENTRAL | ZIP_FL_LOCAL) == 0);
    }
    CHECK(std::is_sorted(names.begin(), names.end()));
    CHECK(std::find(names.begin(), names.end(), "bundle.json") != names.end());
    CHECK(std::find(names.begin(), names.end(), "media/clip.mp4") != names.end());
}

TEST_CASE("packing is reproducible: the same bundle gives the same bytes", "[pack]")
{
    TempDir tmp;
    const fs::path a = copyMinimal(tmp, "a");
    const fs::path b = copyMinimal(tmp, "b");
    // Different file times and a different time zone must not change the archive.
    fs::last_write_time(b / "bundle.json", fs::file_time_type::clock::now() - std::chrono::hours(5000));
    fs::last_write_time(b / "media" / "clip.mp4", fs::file_time_type::clock::now());

    REQUIRE(packBundle(a, tmp / "a1.reflekt").ok());
    REQUIRE(packBundle(a, tmp / "a2.reflekt").ok());
    {
        ScopedTimeZone tz("America/New_York");
        REQUIRE(packBundle(b, tmp / "b.reflekt").ok());
    }
    const std::string first = readFile(tmp / "a1.reflekt");
    CHECK(first.size() > 1000);
    CHECK(readFile(tmp / "a2.reflekt") == first);
    CHECK(readFile(tmp / "b.reflekt") == first);

    SECTION("a different content gives different bytes")
    {
        writeFile(a / "text" / "read.sv.md", "# Läs\n\nÄndrad text.\n");
        REQUIRE(packBundle(a, tmp / "a3.reflekt").ok());
        CHECK(readFile(tmp / "a3.reflekt") != first);
    }
    SECTION("a given timestamp is used for every entry")
    {
        PackOptions options;
        options.timestamp = 1700000000; // 2023-11-14 22:13:20 UTC
        REQUIRE(packBundle(a, tmp / "t1.reflekt", options).ok());
        REQUIRE(packBundle(a, tmp / "t2.reflekt", options).ok());
        CHECK(readFile(tmp / "t1.reflekt") == readFile(tmp / "t2.reflekt"));
        CHECK(readFile(tmp / "t1.reflekt") != first);
        auto za = openZip(tmp / "t1.reflekt");
        zip_stat_t st;
        REQUIRE(zip_stat_index(za.get(), 0, 0, &st) == 0);
        std::tm local{};
        localtime_r(&st.mtime, &local);
        CHECK(local.tm_year == 123);
        CHECK(local.tm_hour == 22);
    }
}

TEST_CASE("packing refuses a bundle with problems and writes nothing", "[pack]")
{
    TempDir tmp;
    const fs::path dir = copyMinimal(tmp, "bundle");
    const fs::path out = tmp / "out.reflekt";
    std::string expected;
    SECTION("a missing film")
    {
        fs::remove(dir / "media" / "clip.mp4");
        expected = "clip.mp4";
    }
    SECTION("a symlink in the folder")
    {
        fs::create_directory_symlink(tmp.path(), dir / "media" / "elsewhere");
        expected = "symlink";
    }
    SECTION("names that differ only in case")
    {
        writeFile(dir / "text" / "Read.sv.md", "# Läs\n");
        expected = "letter case";
    }
    SECTION("non-ASCII names that differ only in case")
    {
        writeFile(dir / "text" / "\xC3\x85.md", "# Å\n"); // Å
        writeFile(dir / "text" / "\xC3\xA5.md", "# å\n"); // å
        expected = "collides with \"text/\xC3\x85.md\"";
    }
    // The twins are unreferenced: a plain pack leaves the stray one out. Packed all the same,
    // they would collide on Windows and macOS.
    PackOptions everything;
    everything.includeUnreferenced = true;
    const PackResult r = packBundle(dir, out, everything);
    INFO(messages(r.problems));
    CHECK_FALSE(r.ok());
    CHECK_THAT(messages(r.problems), Contains(expected));
    CHECK_FALSE(fs::exists(out));
    CHECK(listTree(tmp.path()).count("out.reflekt") == 0);
    for (const auto& name : listTree(tmp.path()))
        CHECK_THAT(name, !Contains(".tmp-"));
}

TEST_CASE("packing leaves out hidden files and the archive itself", "[pack]")
{
    TempDir tmp;
    const fs::path dir = copyMinimal(tmp, "bundle");
    writeFile(dir / ".DS_Store", "junk");
    writeFile(dir / ".git" / "HEAD", "ref: refs/heads/main\n");
    const fs::path out = dir / "bundle.reflekt";
    REQUIRE(packBundle(dir, out).ok());
    const PackResult again = packBundle(dir, out); // the first archive now lies in the folder
    INFO(messages(again.problems));
    REQUIRE(again.ok());
    CHECK_THAT(messages(again.problems), Contains(".DS_Store") && Contains("hidden"));
    auto za = openZip(out);
    CHECK(zip_name_locate(za.get(), ".DS_Store", 0) < 0);
    CHECK(zip_name_locate(za.get(), ".git/HEAD", 0) < 0);
    CHECK(zip_name_locate(za.get(), "bundle.reflekt", 0) < 0);
    CHECK(zip_name_locate(za.get(), "bundle.json", 0) >= 0);
}
