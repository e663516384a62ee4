#include "core/BundleImporter.h"
#include "core/BundlePacker.h"

#include "test_archive_support.h"

#include <catch2/catch.hpp>

namespace fs = std::filesystem;
using namespace reflekt;
using namespace reflekt::testing;
using Catch::Matchers::Contains;

namespace {

const fs::path kMinimal = fs::path(REFLEKT_TEST_DATA_DIR) / "good" / "minimal";
const std::string kId = "org.example.minimal";

/** A copy of the minimal bundle with its version changed. */
fs::path minimalWithVersion(const TempDir& tmp, const std::string& version)
{
    const fs::path dir = tmp / ("bundle-" + version);
    fs::copy(kMinimal, dir, fs::copy_options::recursive);
    patchBytes(dir / "bundle.json", "\"version\": \"1.0.0\"", "\"version\": \"" + version + "\"");
    return dir;
}

/** The library's top-level entries, without the lock file that imports take turns on. */
std::set<std::string> libraryEntries(const fs::path& library)
{
    std::set<std::string> out;
    for (const auto& entry : fs::directory_iterator(library))
        if (entry.path().filename() != ".import.lock")
            out.insert(entry.path().filename().string());
    return out;
}

fs::path pack(const TempDir& tmp, const fs::path& dir, const std::string& name)
{
    const fs::path out = tmp / name;
    const PackResult r = packBundle(dir, out);
    INFO(messages(r.problems));
    REQUIRE(r.ok());
    return out;
}

} // namespace

TEST_CASE("a packed bundle imports into the library and validates", "[import]")
{
    TempDir tmp;
    const fs::path archive = pack(tmp, kMinimal, "minimal.reflekt");
    const fs::path library = tmp / "library"; // created by the import
    const ImportResult r = importBundle(archive, library);
    INFO(messages(r.problems));
    REQUIRE(r.ok());
    CHECK(r.bundleId == kId);
    CHECK(r.version == "1.0.0");
    CHECK_FALSE(r.replacedVersion.has_value());
    CHECK(r.installedPath == library / kId);
    CHECK(readFile(library / kId / "media" / "clip.mp4") == readFile(kMinimal / "media" / "clip.mp4"));
    CHECK(listTree(library / kId) == listTree(kMinimal));
    CHECK(libraryEntries(library) == std::set<std::string>{kId});
}

TEST_CASE("an archive with the bundle in one top-level folder imports too", "[import]")
{
    TempDir tmp;
    writeZip(tmp / "hand-made.reflekt", entriesOf(kMinimal, "minimal/"));
    const ImportResult r = importBundle(tmp / "hand-made.reflekt", tmp / "library");
    INFO(messages(r.problems));
    REQUIRE(r.ok());
    CHECK(fs::is_regular_file(tmp / "library" / kId / "bundle.json"));
    CHECK(listTree(tmp / "library" / kId) == listTree(kMinimal));
    CHECK(libraryEntries(tmp / "library") == std::set<std::string>{kId});
}

TEST_CASE("importing a new version replaces the installed one", "[import]")
{
    TempDir tmp;
    const fs::path library = tmp / "library";
    REQUIRE(importBundle(pack(tmp, minimalWithVersion(tmp, "1.0.0"), "v1.reflekt"), library).ok());
    writeFile(library / kId / "stale.txt", "left from the old version");

    const ImportResult r = importBundle(pack(tmp, minimalWithVersion(tmp, "1.1.0"), "v2.reflekt"), library);
    INFO(messages(r.problems));
    REQUIRE(r.ok());
    CHECK(r.version == "1.1.0");
    REQUIRE(r.replacedVersion.has_value());
    CHECK(*r.replacedVersion == "1.0.0");
    CHECK_THAT(readFile(library / kId / "bundle.json"), Contains("\"1.1.0\""));
    CHECK_FALSE(fs::exists(library / kId / "stale.txt"));
    CHECK(libraryEntries(library) == std::set<std::string>{kId});
}

TEST_CASE("a failed import leaves nothing behind and keeps the installed version", "[import]")
{
    TempDir tmp;
    const fs::path library = tmp / "library";
    REQUIRE(importBundle(pack(tmp, kMinimal, "good.reflekt"), library).ok());
    const auto before = listTree(library);
    const std::string installedManifest = readFile(library / kId / "bundle.json");

    const fs::path bad = tmp / "bad.reflekt";
    std::string expected;
    ExtractLimits limits;
    ProgressCallback progress;
    SECTION("a hostile archive")
    {
        auto entries = entriesOf(minimalWithVersion(tmp, "2.0.0"));
        entries.push_back({"../escaped.txt", "gotcha"});
        writeZip(bad, entries);
        expected = "outside the target";
    }
    SECTION("a bundle with a missing film")
    {
        const fs::path dir = minimalWithVersion(tmp, "2.0.0");
        fs::remove(dir / "media" / "clip.mp4");
        writeZip(bad, entriesOf(dir));
        expected = "media/clip.mp4";
    }
    SECTION("an archive without a manifest")
    {
        writeZip(bad, {{"readme.txt", "no bundle here"}});
        expected = "no bundle.json";
    }
    SECTION("an import cancelled from the progress dialog")
    {
        writeZip(bad, entriesOf(minimalWithVersion(tmp, "2.0.0")));
        progress = [](std::uint64_t, std::uint64_t) { return false; };
        expected = "cancelled";
    }
    SECTION("an archive over the size limits")
    {
        writeZip(bad, entriesOf(minimalWithVersion(tmp, "2.0.0")));
        limits.maxTotalBytes = 1000;
        expected = "too large";
    }
    const ImportResult r = importBundle(bad, library, limits, progress);
    INFO(messages(r.problems));
    CHECK_FALSE(r.ok());
    CHECK_THAT(messages(r.problems), Contains(expected));
    CHECK(r.installedPath.empty());
    CHECK(listTree(library) == before);
    CHECK(readFile(library / kId / "bundle.json") == installedManifest);
    CHECK_FALSE(fs::exists(tmp / "escaped.txt"));
}

TEST_CASE("a refused archive shows its own reason only, not a missing bundle.json", "[import]")
{
    TempDir tmp;
    const fs::path bad = tmp / "bad.reflekt";
    std::string expected;
    ExtractLimits limits;
    ProgressCallback progress;
    SECTION("an entry with '..'")
    {
        auto entries = entriesOf(kMinimal);
        entries.push_back({"../escaped.txt", "gotcha"});
        writeZip(bad, entries);
        expected = "entry \"../escaped.txt\" uses '..', which would be written outside the target folder";
    }
    SECTION("an archive over the size limits")
    {
        writeZip(bad, entriesOf(kMinimal));
        limits.maxTotalBytes = 1000;
        expected = "the archive is too large";
    }
    SECTION("an import cancelled from the progress dialog")
    {
        writeZip(bad, entriesOf(kMinimal));
        progress = [](std::uint64_t, std::uint64_t) { return false; };
        expected = "cancelled by the user";
    }
    const ImportResult r = importBundle(bad, tmp / "library", limits, progress);
    INFO(messages(r.problems));
    CHECK_FALSE(r.ok());
    REQUIRE(r.problems.size() == 1);
    CHECK_THAT(r.problems.front().message, Contains(expected));
    CHECK(r.problems.front().file == "bad.reflekt");
    CHECK_THAT(messages(r.problems), !Contains("bundle.json"));
}

TEST_CASE("a failed import into a new library folder removes the folder again", "[import]")
{
    TempDir tmp;
    writeZip(tmp / "bad.reflekt", {{"readme.txt", "no bundle here"}});
    const ImportResult r = importBundle(tmp / "bad.reflekt", tmp / "library");
    CHECK_FALSE(r.ok());
    CHECK_FALSE(fs::exists(tmp / "library"));
}
