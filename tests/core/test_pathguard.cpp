#include "core/PathGuard.h"

#include "test_archive_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace reflekt;
using namespace reflekt::testing;
namespace fs = std::filesystem;

namespace {

} // namespace

TEST_CASE("PathGuard: ordinary bundle paths are accepted", "[pathguard]")
{
    for (const char* ok : {"bundle.json", "media/clip.mp4", "text/läs.sv.md", "a/b/c/d.png", "..hidden",
                           "a..b/c", "x/...", "media/film med mellanslag.mp4"}) {
        INFO(ok);
        CHECK(checkRelativePath(ok).empty());
    }
}

TEST_CASE("PathGuard: paths that could leave the bundle or mean different things are refused", "[pathguard]")
{
    struct Case {
        const char* path;
        const char* why;
    };
    const Case cases[] = {
        {"", "empty"},
        {"../x", "'..' is not allowed"},
        {"media/../../x", "'..' is not allowed"},
        {"media/..", "'..' is not allowed"},
        {"/abs", "absolute paths are not allowed"},
        {"/etc/passwd", "absolute paths are not allowed"},
        {"C:/Windows/x.png", "drive letters"},
        {"c:x", "drive letters"},
        {"a\\b", "backslashes are not allowed"},
        {"..\\x", "backslashes are not allowed"},
        {"a//b", "empty or '.' path segments"},
        {"a/", "empty or '.' path segments"},
        {"./a", "empty or '.' path segments"},
        {"a/./b", "empty or '.' path segments"},
        {"a\tb", "control character"},
        {"a\nb", "control character"},
    };
    for (const auto& c : cases) {
        INFO("path \"" << c.path << "\"");
        const std::string why = checkRelativePath(c.path);
        CHECK(why.find(c.why) != std::string::npos);
    }
    CHECK(checkRelativePath(std::string(1025, 'a')).find("longer than 1024") != std::string::npos);
    CHECK(checkRelativePath(std::string(1024, 'a')).empty());
}

TEST_CASE("PathGuard: guardPath resolves existing files inside the root only", "[pathguard]")
{
    TempDir tmp;
    const fs::path root = tmp.path() / "bundle";
    writeFile(root / "media/clip.mp4", "x");
    writeFile(tmp.path() / "secret.txt", "outside");
    fs::create_directories(root / "folder");

    const GuardedPath ok = guardPath(root, "media/clip.mp4", true);
    REQUIRE(ok.path);
    CHECK(*ok.path == fs::canonical(root / "media/clip.mp4"));
    CHECK(ok.error.empty());

    CHECK(guardPath(root, "media/missing.mp4", true).error == "file not found");
    CHECK(guardPath(root, "folder", true).error == "not a regular file");
    CHECK(guardPath(root, "../secret.txt", true).error.find("'..'") != std::string::npos);

    // Without mustExist only the spelling is checked: used for files about to be written.
    const GuardedPath planned = guardPath(root, "new/file.txt", false);
    REQUIRE(planned.path);
    CHECK(*planned.path == root / "new/file.txt");
    CHECK_FALSE(guardPath(root, "../x", false).path);
}

TEST_CASE("PathGuard: a symbolic link inside the bundle may not lead outside it", "[pathguard]")
{
    TempDir tmp;
    const fs::path root = tmp.path() / "bundle";
    writeFile(root / "media/real.png", "png");
    writeFile(tmp.path() / "outside/secret.png", "secret");
    fs::create_directory_symlink(tmp.path() / "outside", root / "linked-folder");
    fs::create_symlink(tmp.path() / "outside/secret.png", root / "media/leak.png");
    fs::create_symlink("real.png", root / "media/alias.png"); // stays inside: fine
    fs::create_symlink("../..", root / "media/up");

    const auto outside = [&](const std::string& rel) {
        const GuardedPath g = guardPath(root, rel, true);
        INFO(rel << ": " << g.error);
        CHECK_FALSE(g.path);
        CHECK(g.error.find("leads outside the bundle") != std::string::npos);
    };
    outside("media/leak.png");
    outside("linked-folder/secret.png");
    outside("media/up/outside/secret.png");

    const GuardedPath alias = guardPath(root, "media/alias.png", true);
    REQUIRE(alias.path);
    CHECK(*alias.path == fs::canonical(root / "media/real.png"));

    // A sibling folder whose name merely starts with the root's name is still outside.
    writeFile(tmp.path() / "bundle-evil/x.png", "x");
    fs::create_symlink(tmp.path() / "bundle-evil/x.png", root / "sibling.png");
    outside("sibling.png");
}

TEST_CASE("PathGuard: the bundle resolver answers as guardPath does, links and all", "[pathguard]")
{
    TempDir tmp;
    const fs::path root = tmp.path() / "bundle";
    writeFile(root / "media/real.png", "png");
    writeFile(root / "media/deeper/clip.mp4", "mp4");
    writeFile(root / "notes.md", "md");
    writeFile(tmp.path() / "outside/secret.png", "secret");
    fs::create_directory(root / "folder");
    fs::create_directory_symlink(tmp.path() / "outside", root / "linked-folder");
    fs::create_directory_symlink("media", root / "inner-link"); // a link that stays inside
    fs::create_symlink(tmp.path() / "outside/secret.png", root / "media/leak.png");
    fs::create_symlink("real.png", root / "media/alias.png");
    fs::create_symlink("../..", root / "media/up");

    BundlePathResolver resolver(root);
    for (const std::string rel :
         {"media/real.png", "media/deeper/clip.mp4", "notes.md", "folder", "media/missing.png",
          "missing/x.png", "notes.md/x", "linked-folder/secret.png", "inner-link/real.png",
          "inner-link/deeper/clip.mp4", "media/leak.png", "media/alias.png", "media/up/outside/secret.png",
          "../outside/secret.png", "/etc/passwd", "media//real.png", "media\\real.png"}) {
        const GuardedPath expected = guardPath(root, rel, true);
        const GuardedPath actual = resolver.resolve(rel);
        INFO(rel << ": guardPath says \"" << expected.error << "\", the resolver \"" << actual.error << '"');
        CHECK(actual.path.has_value() == expected.path.has_value());
        if (expected.path && actual.path)
            CHECK(fs::equivalent(*actual.path, *expected.path));
        else
            CHECK(actual.error == expected.error);
    }
}
