#include "core/ManifestReader.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace reflekt;
using nlohmann::json;

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string goodManifestText()
{
    return readFile(std::string(REFLEKT_TEST_DATA_DIR) + "/good/minimal/bundle.json");
}

json goodManifest()
{
    return json::parse(goodManifestText());
}

LoadResult parseFixture(const std::string& brokenCase)
{
    const std::string bytes =
        readFile(std::string(REFLEKT_TEST_DATA_DIR) + "/broken/" + brokenCase + "/bundle.json");
    REQUIRE_FALSE(bytes.empty());
    return parseManifest(bytes);
}

std::vector<Problem> only(const LoadResult& r, Severity severity)
{
    std::vector<Problem> out;
    for (const auto& p : r.problems)
        if (p.severity == severity)
            out.push_back(p);
    return out;
}

// The problem at `pointer` with `severity`, or nullptr; prints all problems when absent.
const Problem* at(const LoadResult& r, const std::string& pointer, Severity severity = Severity::Error)
{
    for (const auto& p : r.problems)
        if (p.pointer == pointer && p.severity == severity)
            return &p;
    for (const auto& p : r.problems)
        UNSCOPED_INFO(p.toString());
    return nullptr;
}

bool mentions(const Problem* p, const std::string& part)
{
    return p && p->message.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("Manifest: the good fixture reads into the model with no problems", "[manifest]")
{
    const LoadResult r = parseManifest(goodManifestText());
    for (const auto& p : r.problems)
        UNSCOPED_INFO(p.toString());
    REQUIRE(r.problems.empty());
    REQUIRE(r.ok());
    const Bundle& b = *r.bundle;

    CHECK(b.formatMajor == 1);
    CHECK(b.formatMinor == 0);
    CHECK(b.id == "org.example.minimal");
    CHECK(b.version == "1.0.0");
    CHECK(b.defaultLanguage == "sv");
    CHECK(b.languages == std::vector<std::string>{"en", "sv"});
    CHECK(b.title.get("sv") == "Minimalt paket");
    CHECK(b.title.get("en") == "Minimal package");
    CHECK(b.title.get("nb", "sv") == "Minimalt paket"); // falls back to the default language
    CHECK(b.audience.get("en") == "Municipal staff");
    CHECK(b.publisher == "Exempelkommunen");
    CHECK(b.publisherUrl == "https://example.org");
    CHECK(b.licence == "CC-BY-4.0");
    CHECK(b.cover == "media/cover.png");

    REQUIRE(b.modules.size() == 1);
    const Module& m = b.modules[0];
    CHECK(b.findModule("intro") == &m);
    CHECK(b.findModule("nope") == nullptr);
    CHECK(m.kind == ModuleKind::FacilitatorIntro);
    CHECK(m.minutes == 20);
    CHECK(m.summary.get("en") == "For the discussion leader.");
    CHECK(m.facilitatorGuide.at("sv") == "guides/intro.sv.md");
    REQUIRE(m.steps.size() == 4);
    CHECK(m.steps[0].type == StepType::Film);
    CHECK(m.steps[1].type == StepType::Text);
    CHECK(m.steps[2].type == StepType::Reflection);
    CHECK(m.steps[3].type == StepType::Activity);

    const Step& film = m.steps[0];
    CHECK(film.video == "media/clip.mp4");
    CHECK(film.poster == "media/cover.png");
    CHECK(film.durationSeconds == Approx(2.0));
    CHECK(film.requiredShare == Approx(0.9));
    REQUIRE(film.captions.size() == 1);
    CHECK(film.captions[0].language == "sv");
    CHECK(film.captions[0].file == "media/clip.sv.vtt");
    CHECK(film.captions[0].label.get("en") == "Swedish");
    REQUIRE(film.chapters.size() == 2);
    CHECK(film.chapters[1].startSeconds == Approx(1.0));
    CHECK(film.chapters[1].title.get("sv") == "Slut");

    CHECK(m.steps[1].document.at("sv") == "text/read.sv.md");

    const Step& reflect = m.steps[2];
    CHECK(reflect.intro.get("en") == "Talk in pairs.");
    REQUIRE(reflect.questions.size() == 2);
    CHECK(reflect.questions[0].id == "q1");
    CHECK(reflect.questions[0].minutes == 5);
    CHECK(reflect.questions[0].text.get("sv") == "Vad är kultur för dig?");
    REQUIRE(reflect.questions[0].children.size() == 1);
    CHECK(reflect.questions[0].children[0].id == "q1a");
    CHECK_FALSE(reflect.questions[0].children[0].minutes.has_value());
    CHECK(reflect.questions[1].minutes == 3);
    CHECK(b.questionIds() == std::vector<std::string>{"q1", "q1a", "q2"});
    CHECK(questionNumber({0}) == "1");
    CHECK(questionNumber({0, 0}) == "1.1");
    CHECK(questionNumber({1, 2, 0}) == "2.3.1");

    CHECK(m.steps[3].activityKind == "cards");
    CHECK(m.steps[3].document.at("sv") == "text/cards.sv.md");
}

TEST_CASE("Manifest: a syntax error names the file, line and column", "[manifest]")
{
    const LoadResult r = parseFixture("syntax-error");
    CHECK_FALSE(r.bundle);
    REQUIRE(r.problems.size() == 1);
    const Problem& p = r.problems[0];
    CHECK(p.severity == Severity::Error);
    CHECK(p.file == "bundle.json");
    CHECK(p.message.find("invalid JSON") != std::string::npos);
    // Line 3 lacks its comma: named there, at the end of its value, not where the parser stopped
    // (the end of "id" on line 4).
    CHECK(p.line == 3);
    CHECK(p.column == 24);
    CHECK(p.toString().rfind("bundle.json:3:24: error: ", 0) == 0);
    CHECK(p.message == "invalid JSON: a comma (,) is missing after this value");
}

TEST_CASE("Manifest: wrong types are reported at their JSON pointers, all of them", "[manifest]")
{
    const LoadResult r = parseFixture("wrong-types");
    CHECK_FALSE(r.bundle);
    CHECK(mentions(at(r, "/title"), "must be an object, not a string"));
    CHECK(mentions(at(r, "/modules/0/minutes"), "must be a number, not a string"));
    CHECK(mentions(at(r, "/modules/0/steps/0/durationSeconds"), "must be a number"));
    CHECK(mentions(at(r, "/modules/0/steps/0/requiredShare"), "not true or false"));
    CHECK(mentions(at(r, "/modules/0/steps/1/questions"), "must be an array, not an object"));
    CHECK(only(r, Severity::Error).size() == 5);
    for (const auto& p : r.problems)
        CHECK(p.file == "bundle.json");
}

TEST_CASE("Manifest: missing required fields are named", "[manifest]")
{
    const LoadResult r = parseFixture("missing-required");
    CHECK_FALSE(r.bundle);
    CHECK(mentions(at(r, "/id"), "required field \"id\" is missing"));
    CHECK(mentions(at(r, "/modules/0/title"), "required field \"title\" is missing"));
    CHECK(mentions(at(r, "/modules/0/steps/0/type"), "required field \"type\" is missing"));
}

TEST_CASE("Manifest: duplicate module, step and question ids are errors", "[manifest]")
{
    const LoadResult r = parseFixture("duplicate-ids");
    CHECK_FALSE(r.bundle);
    CHECK(mentions(at(r, "/modules/1/id"), "duplicate module id \"m1\""));
    CHECK(mentions(at(r, "/modules/0/steps/1/id"), "duplicate step id \"read\""));
    // Question ids are unique in the whole bundle, also across levels.
    CHECK(mentions(at(r, "/modules/1/steps/0/questions/1/questions/0/id"), "duplicate question id \"q1\""));
    CHECK(only(r, Severity::Error).size() == 3);
}

TEST_CASE("Manifest: unknown fields are warnings and the bundle still opens", "[manifest]")
{
    json j = goodManifest();
    j["rating"] = 5;
    j["modules"][0]["colour"] = "blue";
    j["modules"][0]["steps"][0]["subtitlesBurnedIn"] = true;
    j["modules"][0]["steps"][2]["questions"][0]["hint"] = {{"sv", "Tänk efter"}};
    const LoadResult r = parseManifest(j.dump());
    CHECK(r.ok());
    CHECK(only(r, Severity::Warning).size() == 4);
    CHECK(mentions(at(r, "/rating", Severity::Warning), "unknown field \"rating\""));
    CHECK(at(r, "/modules/0/colour", Severity::Warning));
    CHECK(at(r, "/modules/0/steps/0/subtitlesBurnedIn", Severity::Warning));
    CHECK(at(r, "/modules/0/steps/2/questions/0/hint", Severity::Warning));
}

TEST_CASE("Manifest: a newer major format is refused clearly, a newer minor is read", "[manifest]")
{
    const LoadResult major = parseFixture("newer-major");
    CHECK_FALSE(major.bundle);
    REQUIRE(only(major, Severity::Error).size() == 1);
    const Problem* p = at(major, "/formatVersion");
    CHECK(mentions(p, "format 2.0, which is newer than this Reflekt can read (1.x)"));
    CHECK(mentions(p, "update Reflekt"));

    json j = goodManifest();
    j["formatVersion"] = "1.7";
    j["modules"][0]["steps"][1]["readingAid"] = "audio/read.sv.mp3"; // what 1.7 might add
    const LoadResult minor = parseManifest(j.dump());
    CHECK(minor.ok());
    REQUIRE(minor.bundle);
    CHECK(minor.bundle->formatMinor == 7);
    CHECK(at(minor, "/modules/0/steps/1/readingAid", Severity::Warning));

    for (const char* bad : {"1", "one", "1.0.0", "0.9", "", "1.x", "-1.0"}) {
        j["formatVersion"] = bad;
        const LoadResult r = parseManifest(j.dump());
        INFO("formatVersion \"" << bad << "\"");
        CHECK_FALSE(r.ok());
        CHECK(mentions(at(r, "/formatVersion"), "is not a format version"));
    }
}

TEST_CASE("Manifest: a caption track in an undeclared language is an error", "[manifest]")
{
    const LoadResult r = parseFixture("undeclared-caption-language");
    CHECK_FALSE(r.bundle);
    CHECK(
        mentions(at(r, "/modules/0/steps/0/captions/1/language"), "caption language \"fi\" is not declared"));
    CHECK(only(r, Severity::Error).size() == 1);
}

TEST_CASE("Manifest: questions nest at most 3 levels deep", "[manifest]")
{
    const LoadResult r = parseFixture("questions-too-deep");
    CHECK_FALSE(r.bundle);
    CHECK(mentions(at(r, "/modules/0/steps/0/questions/0/questions/0/questions/0/questions"),
                   "at most 3 levels"));
    CHECK(only(r, Severity::Error).size() == 1);

    json j = goodManifest();
    j["modules"][0]["steps"][2]["questions"][0]["questions"][0]["questions"] =
        json::array({{{"id", "q1a-i"}, {"text", {{"sv", "Tredje nivån"}}}, {"minutes", 2}}});
    const LoadResult three = parseManifest(j.dump());
    REQUIRE(three.ok());
    const Question& deepest = three.bundle->modules[0].steps[2].questions[0].children[0].children[0];
    CHECK(deepest.id == "q1a-i");
    CHECK(deepest.minutes == 2);
}

TEST_CASE("Manifest: ids must be stable, simple names", "[manifest]")
{
    const LoadResult r = parseFixture("bad-ids");
    CHECK_FALSE(r.bundle);
    CHECK(mentions(at(r, "/id"), "\"-starts-with-dash\" is not a valid id"));
    CHECK(mentions(at(r, "/modules/0/id"), "is not a valid id"));
    CHECK(mentions(at(r, "/modules/0/steps/0/id"), "\"has space\" is not a valid id"));

    json j = goodManifest();
    for (const std::string& good :
         std::vector<std::string>{"a", "Z9", "org.example.x_y-1", std::string(128, 'k')}) {
        j["modules"][0]["id"] = good;
        INFO("id \"" << good << "\"");
        CHECK(parseManifest(j.dump()).ok());
    }
    for (const std::string& bad :
         std::vector<std::string>{"", ".hidden", "_x", "a/b", "a b", "modul-ö", std::string(129, 'k')}) {
        j["modules"][0]["id"] = bad;
        const LoadResult bad_ = parseManifest(j.dump());
        INFO("id \"" << bad << "\"");
        CHECK(mentions(at(bad_, "/modules/0/id"), "is not a valid id"));
    }
}

TEST_CASE("Manifest: paths must be relative, with forward slashes, inside the bundle", "[manifest]")
{
    const LoadResult r = parseFixture("bad-paths");
    CHECK_FALSE(r.bundle);
    CHECK(mentions(at(r, "/modules/0/steps/0/video"), "'..' is not allowed"));
    CHECK(mentions(at(r, "/modules/0/steps/1/markdown/sv"), "absolute paths are not allowed"));
    CHECK(mentions(at(r, "/modules/0/steps/2/document/sv"), "backslashes are not allowed"));
    CHECK(only(r, Severity::Error).size() == 3);
}

TEST_CASE("Manifest: every string needs the default language, and other languages must be tags", "[manifest]")
{
    json j = goodManifest();
    j["modules"][0]["title"] = {{"en", "Introduction"}};
    j["modules"][0]["summary"]["Svenska"] = "Fel nyckel";
    j["modules"][0]["steps"][0]["chapters"][1]["title"]["nb"] = "Slutt";
    const LoadResult r = parseManifest(j.dump());
    CHECK_FALSE(r.ok());
    CHECK(mentions(at(r, "/modules/0/title"), "no text in the default language \"sv\""));
    CHECK(mentions(at(r, "/modules/0/summary/Svenska"), "is not a language tag"));
    // A language the bundle does not declare is allowed, with a warning.
    CHECK(mentions(at(r, "/modules/0/steps/0/chapters/1/title/nb", Severity::Warning), "not declared"));

    j = goodManifest();
    j["languages"] = json::array({"sv", "en", "en-GB", "zh-Hant-TW"});
    CHECK(parseManifest(j.dump()).ok());
    for (const char* bad : {"en-", "EN", "e", "english", "en_GB", "en-toolongsubtag"}) {
        j["languages"] = json::array({"sv", bad});
        INFO("language \"" << bad << "\"");
        CHECK(at(parseManifest(j.dump()), "/languages/1"));
    }
}

TEST_CASE("Manifest: a missing default language gives one error, not one per string", "[manifest]")
{
    json j = goodManifest();
    j.erase("defaultLanguage");
    const LoadResult r = parseManifest(j.dump());
    CHECK_FALSE(r.ok());
    CHECK(mentions(at(r, "/defaultLanguage"), "required field"));
    CHECK(only(r, Severity::Error).size() == 1);
}

TEST_CASE("Manifest: every problem is reported together", "[manifest]")
{
    const LoadResult r = parseFixture("three-errors");
    CHECK_FALSE(r.bundle);
    const auto errors = only(r, Severity::Error);
    CHECK(errors.size() == 3);
    CHECK(mentions(at(r, "/id"), "\"bad id\" is not a valid id"));
    CHECK(mentions(at(r, "/modules/0/kind"), "\"lecture\" is not a module kind"));
    CHECK(mentions(at(r, "/modules/0/steps/0/requiredShare"), "must be between 0 and 1"));
}

TEST_CASE("Manifest: oversized and hostile input is refused without crashing", "[manifest]")
{
    SECTION("a 50 MB manifest is refused before it is parsed")
    {
        std::string big = "{\"format\": \"reflekt-bundle\", \"padding\": \"";
        big.append(50u * 1024 * 1024, 'x');
        big += "\"}";
        const LoadResult r = parseManifest(big);
        CHECK_FALSE(r.bundle);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].message.find("the limit is 4096 KiB") != std::string::npos);
    }
    SECTION("JSON nested 100,000 deep is refused at the depth cap")
    {
        const std::string deep = std::string(100000, '[') + std::string(100000, ']');
        const LoadResult r = parseManifest(deep);
        CHECK_FALSE(r.bundle);
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].message == "JSON is nested more than 64 levels deep");
        CHECK(r.problems[0].line == 1);
        CHECK(r.problems[0].column == 65);
    }
    SECTION("brackets inside strings do not count as nesting")
    {
        json j = goodManifest();
        j["description"]["en"] = std::string(1000, '[') + "\\\"{{{";
        CHECK(parseManifest(j.dump()).ok());
    }
    SECTION("a manifest that is not an object")
    {
        const LoadResult r = parseManifest("[1, 2, 3]");
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].message == "the manifest must be a JSON object");
    }
    SECTION("invalid UTF-8 and truncated input")
    {
        CHECK(parseManifest("{\"id\": \"\xC3\x28\"}").problems.at(0).message.find("invalid JSON") == 0);
        CHECK(parseManifest("{\"id\": ").problems.at(0).message.find("invalid JSON") == 0);
        CHECK(parseManifest("").problems.at(0).message.find("invalid JSON") == 0);
    }
}
