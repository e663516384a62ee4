// Messages for people who write bundle.json by hand (issue 18): each case is the input that gave
// a poor message before ("unexpected ']'" on the line after a trailing comma; a misspelt field
// that only warned, so the film shipped without captions).
#include "core/BundleLoader.h"
#include "core/FieldSuggestion.h"
#include "core/JsonSyntaxHint.h"
#include "core/ManifestReader.h"
#include "core/ProblemPlace.h"

#include "test_archive_support.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace reflekt;
using Catch::Matchers::Contains;

namespace {

std::string minimalManifest()
{
    std::ifstream in(std::string(REFLEKT_TEST_DATA_DIR) + "/good/minimal/bundle.json");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

/** The single problem of a manifest that does not parse, as `validate` prints it. */
std::string syntaxProblem(const std::string& text)
{
    const LoadResult r = parseManifest(text);
    REQUIRE_FALSE(r.bundle);
    REQUIRE(r.problems.size() == 1);
    return r.problems.front().toString();
}

} // namespace

TEST_CASE("A trailing comma is named on its own line, not as an unexpected bracket on the next",
          "[author messages]")
{
    const std::string text = "{\n  \"languages\": [\n    \"sv\",\n    \"en\",\n  ],\n  \"id\": \"x\"\n}\n";
    CHECK(syntaxProblem(text) ==
          "bundle.json:4:9: error: invalid JSON: remove this comma: nothing follows it before \"]\"");
    CHECK(syntaxProblem("{\"id\": \"x\",\n}") ==
          "bundle.json:1:11: error: invalid JSON: remove this comma: nothing follows it before \"}\"");
}

TEST_CASE("A missing comma is named at the end of the line that lacks it", "[author messages]")
{
    const std::string text = "{\n  \"format\": \"reflekt-bundle\"\n  \"id\": \"x\"\n}\n";
    CHECK(syntaxProblem(text) == "bundle.json:2:28: error: invalid JSON: a comma (,) is missing after this value");
    // Between two objects of a list, too (two modules).
    CHECK_THAT(syntaxProblem("{\"modules\": [\n  {\"id\": \"a\"}\n  {\"id\": \"b\"}\n]}"),
               Contains("bundle.json:2:13: error: invalid JSON: a comma (,) is missing"));
}

TEST_CASE("An unclosed text, a name without quotes, single quotes and a decimal comma are each named",
          "[author messages]")
{
    CHECK(syntaxProblem("{\n  \"title\": {\"sv\": \"Mötet},\n  \"id\": \"x\"\n}") ==
          "bundle.json:2:19: error: invalid JSON: the text that starts here has no closing quote (\")");
    CHECK(syntaxProblem("{\n  title: \"Mötet\"\n}") ==
          "bundle.json:2:3: error: invalid JSON: field names need double quotes: write \"title\"");
    CHECK_THAT(syntaxProblem("{\"id\": 'x'}"), Contains("1:8: error: invalid JSON: JSON needs double quotes"));
    CHECK_THAT(syntaxProblem("{'id': \"x\"}"), Contains("1:2: error: invalid JSON: field names need double quotes"));
    CHECK_THAT(syntaxProblem("{\"modules\": [{\"durationSeconds\": 98,5}]}"),
               Contains("invalid JSON: a number is written with a full stop, not a comma: write 98.5"));
    CHECK_THAT(syntaxProblem("{\n  \"modules\": [\n    {\"id\": \"a\"}\n"),
               Contains("bundle.json:2:14: error: invalid JSON: this \"[\" is never closed"));
    // Something else: the parser's own words are kept.
    CHECK_THAT(syntaxProblem("{\"id\": \"x\"} trailing"), Contains("invalid JSON: "));
}

TEST_CASE("A misspelt field is an error that names the field meant; a field of a newer format is a warning",
          "[author messages]")
{
    const std::string good = minimalManifest();
    REQUIRE(parseManifest(good).ok());

    const LoadResult subtitles = parseManifest(replaced(good, "\"captions\"", "\"subtitles\""));
    CHECK_FALSE(subtitles.ok()); // before: a warning, and the film shipped without captions
    bool named = false;
    for (const Problem& p : subtitles.problems)
        if (p.pointer == "/modules/0/steps/0/subtitles") {
            named = true;
            CHECK(p.severity == Severity::Error);
            CHECK(p.message == "unknown field \"subtitles\": did you mean \"captions\"?");
        }
    CHECK(named);

    const LoadResult typo = parseManifest(replaced(good, "\"durationSeconds\"", "\"durationSecods\""));
    CHECK_FALSE(typo.ok());
    CHECK_THAT(typo.problems.front().toString() + typo.problems.back().toString(),
               Contains("did you mean \"durationSeconds\"?"));

    const LoadResult licence = parseManifest(replaced(good, "\"licence\"", "\"license\""));
    CHECK_FALSE(licence.ok());

    const LoadResult newer = parseManifest(replaced(good, "\"licence\"", "\"rating\": 5, \"licence\""));
    CHECK(newer.ok());
    REQUIRE(newer.problems.size() == 1);
    CHECK(newer.problems.front().severity == Severity::Warning);
    CHECK(newer.problems.front().message == "unknown field \"rating\" is ignored (a newer Reflekt may know it)");
}

TEST_CASE("Field suggestions stay close: a slip of a letter or two, never a different short word",
          "[author messages]")
{
    CHECK(suggestField("captoins", {"captions", "chapters"}) == std::string("captions"));
    CHECK(suggestField("Captions", {"captions"}) == std::string("captions"));
    CHECK(suggestField("vidoe", {"video", "poster"}) == std::string("video"));
    CHECK_FALSE(suggestField("id", {"kind"}));
    CHECK_FALSE(suggestField("hint", {"id", "text"}));
    CHECK_FALSE(suggestField("rating", {"title", "licence"}));
    CHECK_FALSE(suggestField("subtitles", {"title"})); // "captions" is not a field here
    CHECK(editDistance("ab", "ba") == 1);
    CHECK(editDistance("kitten", "sitting") == 3);
}

TEST_CASE("The slip finder never throws and finds nothing in valid JSON", "[author messages]")
{
    CHECK_FALSE(findJsonSlip(minimalManifest()));
    CHECK_FALSE(findJsonSlip("[1,5]"));
    const std::string text = "{\"a\": [1, {\"b\": \"c\"}, [true, null]], \"d\": -1.5e3}";
    CHECK_FALSE(findJsonSlip(text));
    for (std::size_t cut = 0; cut < text.size(); ++cut)
        CHECK_NOTHROW(findJsonSlip(text.substr(0, cut)));
}

TEST_CASE("Every problem comes in one list: an error in bundle.json does not hide a missing film",
          "[author messages]")
{
    testing::TempDir tmp;
    const std::filesystem::path dir = tmp / "b";
    std::filesystem::copy(std::string(REFLEKT_TEST_DATA_DIR) + "/good/minimal", dir,
                          std::filesystem::copy_options::recursive);
    std::filesystem::remove(dir / "media" / "clip.mp4");
    std::ofstream(dir / "bundle.json", std::ios::trunc) << replaced(minimalManifest(), "\"minutes\": 20", "\"minutes\": \"20\"");
    const LoadResult r = loadBundle(dir, LoadOptions{true, true, true});
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.bundle);
    std::string all;
    for (const Problem& p : r.problems)
        all += p.toString() + "\n";
    CHECK_THAT(all, Contains("(/modules/0/minutes): must be a number"));
    CHECK_THAT(all, Contains("media/clip.mp4"));
}

TEST_CASE("A field problem names its line in bundle.json and its place in words beside the pointer",
          "[author messages]")
{
    const std::string good = minimalManifest();
    // Before: "bundle.json: error: /modules/0/minutes: must be a number, not a string", no line.
    const LoadResult minutes = parseManifest(replaced(good, "\"minutes\": 20", "\"minutes\": \"20\""));
    REQUIRE_FALSE(minutes.problems.empty());
    const Problem& p = minutes.problems.front();
    CHECK(p.pointer == "/modules/0/minutes");
    CHECK(p.line == 20);
    CHECK(p.column == 7);
    CHECK(p.place == "module 1 \u201CIntroduktion\u201D, minutes");
    CHECK_THAT(p.toString(), Contains("bundle.json:20:7: error: module 1 \u201CIntroduktion\u201D, minutes "
                                      "(/modules/0/minutes): must be a number"));

    // A sub-question's missing id: at the sub-question, numbered as the player numbers it.
    const LoadResult subId = parseManifest(replaced(good, "{\"id\": \"q1a\", ", "{"));
    bool found = false;
    for (const Problem& q : subId.problems)
        if (q.pointer == "/modules/0/steps/2/questions/0/questions/0/id") {
            found = true;
            CHECK(q.place == "module 1 \u201CIntroduktion\u201D, step 3 (reflection), question 1.1, id");
            CHECK(q.line == 56);
            CHECK(q.column == 17);
        }
    CHECK(found);
}

TEST_CASE("A missing caption file names the manifest field that refers to it, in words", "[author messages]")
{
    testing::TempDir tmp;
    const std::filesystem::path dir = tmp / "b";
    std::filesystem::copy(std::string(REFLEKT_TEST_DATA_DIR) + "/good/minimal", dir,
                          std::filesystem::copy_options::recursive);
    std::filesystem::remove(dir / "media" / "clip.sv.vtt");
    const LoadResult r = loadBundle(dir, LoadOptions{true, true, true});
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.problems.front().toString(),
               Contains("media/clip.sv.vtt: error: module 1 \u201CIntroduktion\u201D, step 1 (film), caption 1, file "
                        "(/modules/0/steps/0/captions/0/file): "));
    CHECK(describePlace(nlohmann::json::parse(minimalManifest()), "/title/sv") == "title (sv)");
    CHECK(describePlace(nlohmann::json::parse(minimalManifest()), "") == "");
}
