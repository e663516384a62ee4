// writeFileDurably(): the earlier file or the complete new one, never a part, and a full disk is
// reported as a full disk (issue 14). The full-disk cases run on a real tmpfs (needs root).

#include "core/DurableFile.h"

#include "TinyDisk.h"
#include "test_archive_support.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <cerrno>

namespace fs = std::filesystem;
using namespace reflekt;
using namespace reflekt::testing;
using Catch::Matchers::Contains;

namespace {

std::set<std::string> namesIn(const fs::path& dir)
{
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(dir))
        names.insert(e.path().filename().string());
    return names;
}

std::string bigText(std::size_t size)
{
    std::string text;
    text.reserve(size);
    for (std::size_t i = 0; text.size() < size; ++i)
        text += "Line " + std::to_string(i) + " of my reflection.\n";
    text.resize(size);
    return text;
}

} // namespace

TEST_CASE("a durable write puts the complete file in place and nothing else", "[durable]")
{
    TempDir tmp;
    const fs::path target = tmp / "notes.md";
    const std::string text = bigText(300 * 1024);
    const WriteResult r = writeFileDurably(target, text);
    INFO(r.error);
    REQUIRE(r.ok());
    CHECK(r.errorNumber == 0);
    CHECK(readBackEquals(target, text));
    CHECK(namesIn(tmp.path()) == std::set<std::string>{"notes.md"});

    SECTION("replacing an earlier, longer file leaves only the new text, with the old permissions")
    {
        ::chmod(target.c_str(), 0600);
        REQUIRE(writeFileDurably(target, "short").ok());
        CHECK(readFile(target) == "short");
        CHECK((fs::status(target).permissions() & fs::perms::all) ==
              (fs::perms::owner_read | fs::perms::owner_write));
        CHECK(namesIn(tmp.path()) == std::set<std::string>{"notes.md"});
    }
    SECTION("an empty file is a file too")
    {
        REQUIRE(writeFileDurably(target, "").ok());
        CHECK(fs::file_size(target) == 0);
    }
}

TEST_CASE("a durable write into a folder that does not exist names the file and the folder", "[durable]")
{
    TempDir tmp;
    const fs::path target = tmp / "missing" / "notes.md";
    const WriteResult r = writeFileDurably(target, "text");
    CHECK_FALSE(r.ok());
    CHECK(r.errorNumber == ENOENT);
    CHECK_THAT(r.error, Contains("could not write " + target.string()));
    CHECK_THAT(r.cause, Contains("the folder " + (tmp / "missing").string() + " does not exist"));
    CHECK(namesIn(tmp.path()).empty());
}

TEST_CASE("readBackEquals compares every byte and the length", "[durable]")
{
    TempDir tmp;
    writeFile(tmp / "a.txt", "abc");
    CHECK(readBackEquals(tmp / "a.txt", "abc"));
    CHECK_FALSE(readBackEquals(tmp / "a.txt", "abd"));
    CHECK_FALSE(readBackEquals(tmp / "a.txt", "ab"));
    CHECK_FALSE(readBackEquals(tmp / "a.txt", "abcd"));
    CHECK_FALSE(readBackEquals(tmp / "missing.txt", ""));
}

TEST_CASE("a durable write on a full disk says the disk is full and keeps the earlier file",
          "[durable][diskfull]")
{
    TinyDisk disk(2 * 1024 * 1024);
    REFLEKT_REQUIRE_TINY_DISK(disk);
    const fs::path folder = disk.path() / "exports";
    fs::create_directories(folder);
    const fs::path target = folder / "notes.md";
    REQUIRE(writeFileDurably(target, "earlier export").ok());
    std::string text = bigText(1024 * 1024);

    SECTION("nothing free: the first write fails")
    {
        REQUIRE(disk.fill());
    }
    SECTION("some room left: a short write, then the disk is full")
    {
        writeFile(disk.path() / "room", std::string(64 * 1024, 'r'));
        REQUIRE(disk.fill());
        fs::remove(disk.path() / "room");
    }
    SECTION("a new file, not a replacement")
    {
        fs::remove(target);
        REQUIRE(disk.fill());
        text = "a small note that still does not fit";
    }
    const bool replacing = fs::exists(target);
    const WriteResult r = writeFileDurably(target, text);
    INFO(r.error);
    CHECK_FALSE(r.ok());
    CHECK(r.errorNumber == ENOSPC);
    CHECK(r.error ==
          "could not write " + target.string() + ": the disk holding " + folder.string() + " is full");
    if (replacing)
        CHECK(readBackEquals(target, "earlier export"));
    CHECK(namesIn(folder) == (replacing ? std::set<std::string>{"notes.md"} : std::set<std::string>{}));

    disk.unfill(); // with room again the same write goes through
    REQUIRE(writeFileDurably(target, text).ok());
    CHECK(readBackEquals(target, text));
}
