// The JSON documents `reflekt validate --json` and `reflekt list --json` print: they must parse
// whatever bytes the problems echo (file names, broken manifests), never abort the command.

#include "core/BundleLoader.h"
#include "core/CliJson.h"
#include "core/FileSniffer.h"
#include "core/Library.h"
#include "core/UnicodeText.h"

#include "test_archive_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using namespace reflekt;
using namespace reflekt::testing;
using Catch::Matchers::Contains;

namespace {

const fs::path kMinimal = fs::path(REFLEKT_TEST_DATA_DIR) / "good" / "minimal";
const std::string kReplacement = "\xEF\xBF\xBD"; // U+FFFD

/** Parses the document as a JSON consumer would; fails the test if it is not valid JSON. */
nlohmann::json parsed(const std::string& document)
{
    INFO(document);
    nlohmann::json j;
    REQUIRE_NOTHROW(j = nlohmann::json::parse(document));
    REQUIRE(j.is_array());
    return j;
}

fs::path copyMinimal(const TempDir& tmp, const std::string& name)
{
    const fs::path dir = tmp / name;
    fs::copy(kMinimal, dir, fs::copy_options::recursive);
    return dir;
}

} // namespace

TEST_CASE("validate --json parses when a manifest string holds bytes that are not UTF-8", "[cli-json]")
{
    TempDir tmp;
    const fs::path dir = copyMinimal(tmp, "bundle");
    int line = 0;
    SECTION("in the title")
    {
        patchBytes(dir / "bundle.json", "\"Minimalt paket\"", "\"Minimalt p\xE5ket\""); // Latin-1 å
        line = 8;
    }
    SECTION("in a file path")
    {
        patchBytes(dir / "bundle.json", "\"media/clip.mp4\"", "\"media/cl\xFFp.mp4\"");
        line = 27;
    }
    const LoadResult loaded = loadBundle(dir, LoadOptions{true, true, true});
    REQUIRE_FALSE(loaded.ok());

    const nlohmann::json report = parsed(validateReportJson({{dir.string(), loaded}}));
    REQUIRE(report.size() == 1);
    CHECK(report[0]["path"] == dir.string());
    CHECK(report[0]["valid"] == false);
    REQUIRE(report[0]["problems"].size() == 1);
    const nlohmann::json& problem = report[0]["problems"][0];
    CHECK(problem["severity"] == "error");
    CHECK(problem["file"] == "bundle.json");
    CHECK(problem["line"] == line);
    CHECK_THAT(problem["message"].get<std::string>(), Contains("invalid JSON"));
    CHECK_THAT(problem["message"].get<std::string>(), Contains(kReplacement));
}

TEST_CASE("validate --json names the field of a problem in words beside its pointer", "[cli-json]")
{
    TempDir tmp;
    const fs::path dir = copyMinimal(tmp, "bundle");
    patchBytes(dir / "bundle.json", "\"media/clip.mp4\"", "\"media/clop.mp4\""); // no such film
    const LoadResult loaded = loadBundle(dir, LoadOptions{true, true, false});
    REQUIRE_FALSE(loaded.ok());

    const nlohmann::json report = parsed(validateReportJson({{dir.string(), loaded}}));
    REQUIRE(report[0]["problems"].size() == 1);
    const nlohmann::json& problem = report[0]["problems"][0];
    CHECK(problem["pointer"] == "/modules/0/steps/0/video");
    // What a person says, beside what a program follows.
    CHECK_THAT(problem["place"].get<std::string>(), Contains("module 1") && Contains("step 1 (film)"));
    CHECK(problem["file"] == "media/clop.mp4");
}

TEST_CASE("validate and list --json parse when a folder name is not UTF-8", "[cli-json]")
{
    TempDir tmp;
    const std::string badName = "kurs-\xFF\xFE-2024"; // made on a system with another encoding
    const fs::path library = tmp / "library";
    fs::create_directories(library);
    const fs::path dir = copyMinimal(tmp, "library/" + badName);
    fs::remove(dir / "media" / "clip.mp4");
    const std::string shownName = "kurs-" + kReplacement + kReplacement + "-2024";

    SECTION("validate")
    {
        const LoadResult loaded = loadBundle(dir, LoadOptions{true, true, true});
        REQUIRE_FALSE(loaded.ok());
        const nlohmann::json report = parsed(validateReportJson({{dir.string(), loaded}}));
        REQUIRE(report.size() == 1);
        CHECK_THAT(report[0]["path"].get<std::string>(), Contains(shownName));
        CHECK(report[0]["valid"] == false);
        bool namesFilm = false;
        for (const auto& p : report[0]["problems"])
            namesFilm = namesFilm || p["file"].get<std::string>().find("clip.mp4") != std::string::npos ||
                        p["message"].get<std::string>().find("clip.mp4") != std::string::npos;
        CHECK(namesFilm);
    }
    SECTION("list")
    {
        const auto entries = scanLibrary({{library, LibrarySource::User}}, LoadOptions{true, false, false});
        REQUIRE(entries.size() == 1);
        const nlohmann::json list = parsed(libraryListJson(entries));
        REQUIRE(list.size() == 1);
        CHECK_THAT(list[0]["path"].get<std::string>(), Contains(shownName));
        CHECK(list[0]["source"] == "user");
        CHECK(list[0]["status"] == "broken");
        CHECK_THAT(list[0]["reason"].get<std::string>(), Contains("clip.mp4"));
    }
}

TEST_CASE("list --json of a good library is what the command always printed", "[cli-json]")
{
    TempDir tmp;
    const fs::path library = tmp / "library";
    fs::create_directories(library);
    copyMinimal(tmp, "library/minimal");
    const auto entries = scanLibrary({{library, LibrarySource::User}}, LoadOptions{true, false, false});
    const std::string document = libraryListJson(entries);
    const nlohmann::json list = parsed(document);
    REQUIRE(list.size() == 1);
    CHECK(list[0]["status"] == "ok");
    CHECK(list[0]["id"] == "org.example.minimal");
    CHECK(list[0]["version"] == "1.0.0");
    CHECK(list[0]["title"] == "Minimalt paket");
    CHECK(list[0]["modules"] == 1);
    CHECK_FALSE(list[0].contains("reason"));
    CHECK(document == list.dump(2)); // the layout the CLI printed before
}

TEST_CASE("problems with bytes that are not UTF-8 in every field still give valid JSON", "[cli-json]")
{
    Problem p{Severity::Warning, "media/\xC3", "/modules/\xE2\x82", "bad \xF0\x9F\x98 and \xC0\xAF", 3, 4};
    const nlohmann::json report = parsed(validateReportJson({{"arg-\x80", LoadResult{std::nullopt, {p}}}}));
    const nlohmann::json& problem = report[0]["problems"][0];
    CHECK(report[0]["path"] == "arg-" + kReplacement);
    CHECK(problem["severity"] == "warning");
    CHECK(problem["file"] == "media/" + kReplacement);
    CHECK(problem["pointer"] == "/modules/" + kReplacement);
    CHECK_THAT(problem["message"].get<std::string>(), Contains("bad " + kReplacement + " and "));
    CHECK(problem["line"] == 3);
    CHECK(problem["column"] == 4);
}

TEST_CASE("validUtf8 keeps valid text and replaces each broken sequence", "[cli-json][unicode]")
{
    CHECK(validUtf8("") == "");
    CHECK(validUtf8("R\xC3\xA4ksm\xC3\xB6rg\xC3\xA5s \xF0\x9F\x98\x80") ==
          "R\xC3\xA4ksm\xC3\xB6rg\xC3\xA5s \xF0\x9F\x98\x80");
    CHECK(validUtf8("R\xE4ksm\xF6rg\xE5s") ==
          "R" + kReplacement + "ksm" + kReplacement + "rg" + kReplacement + "s");
    CHECK(validUtf8("\xED\xA0\x80") != "\xED\xA0\x80"); // a UTF-16 surrogate is not UTF-8
    CHECK(isValidUtf8(validUtf8("abc\xC3")));
    CHECK(isValidUtf8(validUtf8(std::string("\x00\xFF\x00", 3))));
    CHECK(validUtf8(std::string("a\0b", 3)) == std::string("a\0b", 3));
}

TEST_CASE("foldedName compares names as case-insensitive file systems do", "[unicode]")
{
    CHECK(foldedName("README.md") == foldedName("readme.md"));
    CHECK(foldedName("\xC3\x85.txt") == foldedName("\xC3\xA5.txt"));     // Å, å
    CHECK(foldedName("\xE2\x84\xAB.txt") == foldedName("\xC3\xA5.txt")); // Angstrom sign, å
    CHECK(foldedName("caf\xC3\xA9") == foldedName("cafe\xCC\x81"));      // NFC, NFD é
    CHECK(foldedName("CAF\xC3\x89") == foldedName("cafe\xCC\x81"));      // É, NFD é
    CHECK(foldedName("STRASSE") == foldedName("stra\xC3\x9F"
                                              "e"));                                         // straße
    CHECK(foldedName("\xCE\xA3\xCE\x9F\xCE\xA6") == foldedName("\xCF\x83\xCE\xBF\xCF\x86")); // ΣΟΦ, σοφ
    CHECK(foldedName("a.txt") != foldedName("\xC3\xA5.txt"));
    CHECK(foldedName("e") != foldedName("\xC3\xA9"));
    CHECK(foldedName("bad-\xFF") != foldedName("bad-\xFE"));
    CHECK(foldedName("BAD-\xFF") == foldedName("bad-\xFF"));
}
