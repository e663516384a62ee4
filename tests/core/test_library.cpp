#include "core/Library.h"

#include "test_archive_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace reflekt;
using namespace reflekt::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kData = REFLEKT_TEST_DATA_DIR;

// A copy of the good fixture at `folder`, with its bundle id and title changed.
void makeBundle(const fs::path& folder, const std::string& id, const std::string& title = "Paket")
{
    fs::create_directories(folder.parent_path());
    fs::copy(kData / "good/minimal", folder, fs::copy_options::recursive);
    std::ifstream in(folder / "bundle.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    in.close();
    std::string manifest = text.str();
    manifest.replace(manifest.find("org.example.minimal"), 19, id);
    manifest.replace(manifest.find("Minimalt paket"), 14, title);
    std::ofstream(folder / "bundle.json", std::ios::binary | std::ios::trunc) << manifest;
}

const LibraryEntry* entryAt(const std::vector<LibraryEntry>& entries, const fs::path& folder)
{
    for (const auto& e : entries)
        if (e.folder == folder)
            return &e;
    return nullptr;
}

} // namespace

TEST_CASE("Library: a broken bundle is listed with its reason and hides nothing", "[library]")
{
    TempDir tmp;
    const fs::path user = tmp.path() / "user";
    makeBundle(user / "alfa", "org.example.alfa");
    fs::copy(kData / "broken/fake-video", user / "broken", fs::copy_options::recursive);
    makeBundle(user / "charlie", "org.example.charlie");
    fs::create_directories(user / "not-a-bundle");

    const auto entries = scanLibrary({{user, LibrarySource::User}}, {});
    REQUIRE(entries.size() == 4);

    const LibraryEntry* alfa = entryAt(entries, user / "alfa");
    const LibraryEntry* broken = entryAt(entries, user / "broken");
    const LibraryEntry* charlie = entryAt(entries, user / "charlie");
    const LibraryEntry* empty = entryAt(entries, user / "not-a-bundle");
    REQUIRE(alfa);
    REQUIRE(broken);
    REQUIRE(charlie);
    REQUIRE(empty);

    CHECK(alfa->usable());
    CHECK(alfa->reason().empty());
    CHECK(alfa->load.bundle->id == "org.example.alfa");
    CHECK(charlie->usable());
    CHECK(charlie->source == LibrarySource::User);

    CHECK_FALSE(broken->usable());
    CHECK_FALSE(broken->shadowed);
    CHECK(broken->reason().rfind("media/clip.mp4: error: module 1 “Modul”, step 1 (film), video "
                                 "(/modules/0/steps/0/video): is not a video file",
                                 0) == 0);

    CHECK_FALSE(empty->usable());
    CHECK(empty->reason().find("bundle.json is missing") != std::string::npos);
}

TEST_CASE("Library: the user's copy wins over an installed one with the same id", "[library]")
{
    TempDir tmp;
    const fs::path user = tmp.path() / "user";
    const fs::path installed = tmp.path() / "installed";
    makeBundle(user / "mitt-paket", "org.example.shared", "Min version");
    makeBundle(installed / "paket", "org.example.shared", "Installerad version");
    makeBundle(installed / "annat", "org.example.other");

    const auto entries =
        scanLibrary({{user, LibrarySource::User}, {installed, LibrarySource::Installed}}, {});
    REQUIRE(entries.size() == 3);
    const LibraryEntry* mine = entryAt(entries, user / "mitt-paket");
    const LibraryEntry* theirs = entryAt(entries, installed / "paket");
    const LibraryEntry* other = entryAt(entries, installed / "annat");
    REQUIRE(mine);
    REQUIRE(theirs);
    REQUIRE(other);

    CHECK(mine->usable());
    CHECK(mine->load.bundle->title.get("sv") == "Min version");
    CHECK_FALSE(theirs->usable());
    CHECK(theirs->shadowed);
    CHECK(theirs->load.ok()); // nothing wrong with it: it is only hidden
    CHECK(theirs->reason().find("same id") != std::string::npos);
    CHECK(other->usable());
    CHECK(toString(other->source) == "installed");

    SECTION("a broken user copy does not hide the installed one")
    {
        fs::remove(user / "mitt-paket/media/clip.mp4");
        const auto again =
            scanLibrary({{user, LibrarySource::User}, {installed, LibrarySource::Installed}}, {});
        const LibraryEntry* broken = entryAt(again, user / "mitt-paket");
        const LibraryEntry* fallback = entryAt(again, installed / "paket");
        REQUIRE(broken);
        REQUIRE(fallback);
        CHECK_FALSE(broken->usable());
        CHECK(broken->reason().find("file not found") != std::string::npos);
        CHECK(fallback->usable());
    }
}

TEST_CASE("Library: roots that are bundles, hidden folders and missing roots", "[library]")
{
    TempDir tmp;
    makeBundle(tmp.path() / "added", "org.example.added");
    makeBundle(tmp.path() / "user/.import-1234", "org.example.half-imported");
    makeBundle(tmp.path() / "user/synligt", "org.example.visible");

    const auto entries = scanLibrary({{tmp.path() / "user", LibrarySource::User},
                                      {tmp.path() / "added", LibrarySource::Added},
                                      {tmp.path() / "does-not-exist", LibrarySource::Installed}},
                                     {});
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].folder == tmp.path() / "user/synligt");
    CHECK(entries[1].folder == tmp.path() / "added"); // the root itself is the bundle
    CHECK(entries[1].source == LibrarySource::Added);
    CHECK(entries[0].usable());
    CHECK(entries[1].usable());
}
