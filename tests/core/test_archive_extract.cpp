#include "core/ArchiveExtractor.h"

#include "test_archive_support.h"

#include <catch2/catch.hpp>

namespace fs = std::filesystem;
using namespace reflekt;
using namespace reflekt::testing;
using Catch::Matchers::Contains;

namespace {

/** A temp folder holding the archive, an "outside" folder that must stay empty, and the target. */
struct Scene {
    TempDir tmp;
    fs::path archive = tmp / "in.reflekt";
    fs::path outside = tmp / "outside";
    fs::path target = tmp / "target";

    Scene() { fs::create_directories(outside); }

    ExtractResult extract(const std::vector<ZipEntry>& entries, const ExtractLimits& limits = {})
    {
        writeZip(archive, entries);
        return extractArchive(archive, target, limits);
    }

    /** The archive was refused with `expected` in the message and nothing was written anywhere. */
    void expectRefused(const ExtractResult& result, const std::string& expected) const
    {
        INFO(messages(result.problems));
        CHECK_FALSE(result.ok());
        CHECK_THAT(messages(result.problems), Contains(expected, Catch::CaseSensitive::No));
        CHECK_THAT(messages(result.problems), Contains("in.reflekt"));
        CHECK_FALSE(fs::exists(fs::symlink_status(target)));
        CHECK(listTree(outside).empty());
        CHECK(listTree(tmp.path()) == std::set<std::string>{"in.reflekt", "outside"});
    }
};

} // namespace

TEST_CASE("a well-formed archive is extracted with its folders", "[archive]")
{
    Scene s;
    const ExtractResult r = s.extract({{"bundle.json", "{}"},
                                       {"media/", "", EntryKind::Folder},
                                       {"media/clip.mp4", std::string(3000, 'v'), EntryKind::File, true},
                                       {"text/deep/read.sv.md", "# Läs\n"}});
    INFO(messages(r.problems));
    REQUIRE(r.ok());
    CHECK(r.files == 3);
    CHECK(readFile(s.target / "bundle.json") == "{}");
    CHECK(readFile(s.target / "media/clip.mp4") == std::string(3000, 'v'));
    CHECK(readFile(s.target / "text/deep/read.sv.md") == "# Läs\n");
    CHECK(listTree(s.outside).empty());
}

TEST_CASE("zip-slip: an entry with '..' is refused", "[archive]")
{
    Scene s;
    s.expectRefused(s.extract({{"ok.txt", "fine"}, {"../outside/evil.txt", "gotcha"}}), "outside the target");
    s.expectRefused(extractArchive(s.archive, s.target), "\"../outside/evil.txt\"");
}

TEST_CASE("an entry with an absolute path is refused", "[archive]")
{
    Scene s;
    const std::string absolute = (s.outside / "abs.txt").generic_string();
    s.expectRefused(s.extract({{absolute, "gotcha"}}), "absolute path");
}

TEST_CASE("an entry with a backslash is refused", "[archive]")
{
    Scene s;
    s.expectRefused(s.extract({{"..\\outside\\evil.txt", "gotcha"}}), "backslash");
}

TEST_CASE("a symlink entry is refused", "[archive]")
{
    Scene s;
    s.expectRefused(s.extract({{"link", s.outside.string(), EntryKind::Symlink}}), "symlink");
}

TEST_CASE("a symlinked folder followed by a file inside it is refused", "[archive]")
{
    Scene s;
    s.expectRefused(
        s.extract({{"media", s.outside.string(), EntryKind::Symlink}, {"media/evil.txt", "gotcha"}}),
        "\"media\" is a symlink");
}

TEST_CASE("a special file entry is refused", "[archive]")
{
    Scene s;
    s.expectRefused(s.extract({{"pipe", "", EntryKind::Fifo}}), "special file");
}

TEST_CASE("an empty entry name is refused", "[archive]")
{
    Scene s;
    s.expectRefused(s.extract({{"/", "", EntryKind::Folder}}), "empty name");
}

TEST_CASE("duplicate entry names are refused", "[archive]")
{
    Scene s;
    writeZip(s.archive, {{"twin-1.txt", "first"}, {"twin-2.txt", "second"}});
    patchBytes(s.archive, "twin-2.txt", "twin-1.txt");
    s.expectRefused(extractArchive(s.archive, s.target), "\"twin-1.txt\" appears more than once");
}

TEST_CASE("names that collide when case is ignored are refused", "[archive]")
{
    Scene s;
    SECTION("two files")
    {
        s.expectRefused(s.extract({{"Readme.md", "a"}, {"README.md", "b"}}), "letter case");
    }
    SECTION("two folders")
    {
        s.expectRefused(s.extract({{"Media/a.png", "a"}, {"media/b.png", "b"}}), "letter case");
    }
    SECTION("a file and a folder of one name")
    {
        s.expectRefused(s.extract({{"media", "a"}, {"media/b.png", "b"}}),
                        "\"media\" is used both as a file and as a folder");
    }
}

TEST_CASE("names that are one name after Unicode normalisation and case folding are refused", "[archive]")
{
    Scene s;
    std::string first;
    std::string second;
    SECTION("upper and lower case A with ring")
    {
        first = "\xC3\x85.txt";  // Å (U+00C5)
        second = "\xC3\xA5.txt"; // å (U+00E5)
    }
    SECTION("an accented letter as one character and as a letter plus a combining accent")
    {
        first = "caf\xC3\xA9.md";   // é, NFC
        second = "cafe\xCC\x81.md"; // e + U+0301, NFD
    }
    SECTION("sharp s, which folds to ss")
    {
        first = "STRASSE.txt";
        second = "stra\xC3\x9F"
                 "e.txt"; // straße
    }
    SECTION("two folders, in non-ASCII upper and lower case")
    {
        first = "\xC3\x96vning/a.md";  // Övning/
        second = "\xC3\xB6vning/b.md"; // övning/
    }
    const ExtractResult r = s.extract({{first, "one"}, {second, "two"}});
    s.expectRefused(r, "collides with");
    CHECK_THAT(messages(r.problems), Contains("letter case and Unicode normalisation are ignored"));
    const std::string firstName = first.substr(0, first.find('/'));
    CHECK_THAT(messages(r.problems), Contains("\"" + second + "\""));
    CHECK_THAT(messages(r.problems), Contains("\"" + firstName + "\""));
}

TEST_CASE("names that differ after normalisation and folding are extracted", "[archive]")
{
    Scene s;
    const std::vector<ZipEntry> entries = {
        {"A.txt", "a"},
        {"\xC3\x85.txt", "ring"},      // Å is not A
        {"\xC3\x84.txt", "diaeresis"}, // Ä is not Å
        {"e.md", "plain"},
        {"\xC3\xA9.md", "acute"}, // é is not e
        {"\xC3\xA8.md", "grave"}, // è is not é
        {"strase.txt", "one s"},  // ß folds to ss, not s
        {"stra\xC3\x9F"
         "e.txt",
         "sharp"}, // straße
    };
    const ExtractResult r = s.extract(entries);
    INFO(messages(r.problems));
    REQUIRE(r.ok());
    CHECK(r.files == entries.size());
    for (const ZipEntry& e : entries)
        CHECK(readFile(s.target / e.name) == e.data);
}

TEST_CASE("a zip bomb is refused", "[archive]")
{
    Scene s;
    const std::string zeros(4u << 20, '\0');
    SECTION("by its compression ratio")
    {
        s.expectRefused(s.extract({{"media/bomb.mp4", zeros}}), "zip bomb");
    }
    SECTION("by the per-file size cap")
    {
        ExtractLimits limits;
        limits.maxEntryBytes = 2u << 20;
        s.expectRefused(s.extract({{"media/big.mp4", zeros, EntryKind::File, true}}, limits), "too large");
    }
    SECTION("by the total size cap")
    {
        ExtractLimits limits;
        limits.maxTotalBytes = 1u << 20;
        s.expectRefused(s.extract({{"a.bin", std::string(600000, 'a'), EntryKind::File, true},
                                   {"b.bin", std::string(600000, 'b'), EntryKind::File, true}},
                                  limits),
                        "too large");
    }
}

TEST_CASE("an entry that decompresses to more than its header says is stopped at the cap", "[archive]")
{
    Scene s;
    writeZip(s.archive, {{"bundle.json", std::string(4u << 20, ' ')}});
    setFirstEntrySize(s.archive, 1000);
    std::uint64_t mostWritten = 0;
    const ExtractResult r = extractArchive(s.archive, s.target, {}, [&](std::uint64_t done, std::uint64_t) {
        mostWritten = std::max(mostWritten, done);
        return true;
    });
    s.expectRefused(r, "bundle.json");
    CHECK_FALSE(r.ok());
    // Reading stops within one chunk of the declared size, long before the real 4 MiB.
    CHECK(mostWritten < 1000 + 64 * 1024);
}

TEST_CASE("an archive with too many entries is refused", "[archive]")
{
    Scene s;
    std::vector<ZipEntry> entries;
    for (int i = 0; i < 10000; ++i)
        entries.push_back({"f/" + std::to_string(i) + ".txt", "x", EntryKind::File, true});
    s.expectRefused(s.extract(entries), "too many");
}

TEST_CASE("a truncated archive is refused", "[archive]")
{
    Scene s;
    writeZip(s.archive,
             {{"bundle.json", "{}"}, {"media/clip.mp4", std::string(50000, 'v'), EntryKind::File, true}});
    const std::string bytes = readFile(s.archive);
    writeFile(s.archive, bytes.substr(0, bytes.size() / 2));
    s.expectRefused(extractArchive(s.archive, s.target), "truncated");
}

TEST_CASE("a damaged entry is refused and what was written is removed", "[archive]")
{
    Scene s;
    writeZip(s.archive, {{"a.txt", "first file, fine"},
                         {"b.txt", std::string(5000, 'b') + "tail", EntryKind::File, true}});
    patchBytes(s.archive, "bbbbtail", "bbbbTAIL"); // stored data changed: the CRC no longer matches
    s.expectRefused(extractArchive(s.archive, s.target), "\"b.txt\" is damaged");
}

TEST_CASE("a 50 MB manifest is refused before it is decompressed", "[archive]")
{
    Scene s;
    std::uint64_t written = 0;
    std::string manifest = "{\"id\": \"";
    manifest.append(50u << 20, 'a');
    manifest += "\"}";
    std::vector<ZipEntry> entries;
    entries.push_back({"bundle.json", std::move(manifest), EntryKind::File, false, 1}); // moved, not copied
    writeZip(s.archive, entries);
    const ExtractResult r = extractArchive(s.archive, s.target, {}, [&](std::uint64_t done, std::uint64_t) {
        written = done;
        return true;
    });
    s.expectRefused(r, "too large for a manifest");
    CHECK(written == 0);
}

TEST_CASE("an existing target is never written into", "[archive]")
{
    Scene s;
    fs::create_directories(s.target);
    writeZip(s.archive, {{"a.txt", "a"}});
    const ExtractResult r = extractArchive(s.archive, s.target);
    CHECK_FALSE(r.ok());
    CHECK_THAT(messages(r.problems), Contains("already exists"));
    CHECK(listTree(s.target).empty());
}

TEST_CASE("cancelling through the progress callback removes what was written", "[archive]")
{
    Scene s;
    writeZip(s.archive, {{"a.bin", std::string(300000, 'a'), EntryKind::File, true},
                         {"b.bin", std::string(300000, 'b'), EntryKind::File, true}});
    int calls = 0;
    const ExtractResult r =
        extractArchive(s.archive, s.target, {}, [&](std::uint64_t done, std::uint64_t total) {
            CHECK(total == 600000);
            CHECK(done <= total);
            return ++calls < 5;
        });
    s.expectRefused(r, "cancelled");
}
