// Audio description tracks in a bundle: declared per language on a film step, read as WebVTT and
// checked against the film (docs/authoring.md, "Audio description").
#include "core/BundleLoader.h"
#include "core/DescriptionTrack.h"
#include "core/ManifestReader.h"

#include "test_archive_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace reflekt;
using namespace reflekt::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kData = REFLEKT_TEST_DATA_DIR;

void writeText(const fs::path& file, const std::string& text)
{
    std::ofstream out(file, std::ios::binary);
    out << text;
}

// The good fixture (a 2 s film, languages sv and en) with `descriptions` (and `extra` fields) set on
// its film step.
fs::path bundleWith(const TempDir& tmp, const nlohmann::json& descriptions, const nlohmann::json& extra = {},
                    const std::string& name = "bundle")
{
    const fs::path dir = tmp.path() / name;
    fs::copy(kData / "good/minimal", dir, fs::copy_options::recursive);
    std::ifstream in(dir / "bundle.json");
    nlohmann::json manifest = nlohmann::json::parse(in);
    in.close();
    nlohmann::json& film = manifest["modules"][0]["steps"][0];
    film["descriptions"] = descriptions;
    for (const auto& item : extra.items())
        film[item.key()] = item.value();
    writeText(dir / "bundle.json", manifest.dump(2));
    return dir;
}

const Problem* find(const std::vector<Problem>& problems, const std::string& file, const std::string& part,
                    Severity severity = Severity::Error)
{
    for (const auto& p : problems)
        if (p.file == file && p.severity == severity && p.message.find(part) != std::string::npos)
            return &p;
    for (const auto& p : problems)
        UNSCOPED_INFO(p.toString());
    return nullptr;
}

const std::string kGoodTrack = "WEBVTT\n\n"
                               "00:00.000 --> 00:00.800\nA grey test card fills the screen.\n\n"
                               "00:01.000 --> 00:02.000\nIt fades to black.\n";

} // namespace

TEST_CASE("Description track: a good track is read with its cues in order", "[descriptions]")
{
    const DescriptionTrackResult r = parseDescriptionTrack(kGoodTrack, "media/clip.descriptions.sv.vtt", 2);
    for (const auto& p : r.problems)
        UNSCOPED_INFO(p.toString());
    CHECK(r.problems.empty());
    REQUIRE(r.cues.size() == 2);
    CHECK(r.cues[0].text == "A grey test card fills the screen.");
    CHECK(r.cues[1].start == Approx(1.0));
}

TEST_CASE("Description track: faults name the file, the line and what is wrong", "[descriptions]")
{
    const std::string file = "media/x.descriptions.sv.vtt";
    SECTION("a cue with nothing to speak")
    {
        const auto r = parseDescriptionTrack("WEBVTT\n\n00:00.000 --> 00:01.000\n<i> </i>\n", file, 10);
        const Problem* p = find(r.problems, file, "has no text to speak");
        REQUIRE(p);
        CHECK(p->line == 3);
        CHECK(p->toString().find(file + ":3: error:") == 0);
    }
    SECTION("overlapping cues")
    {
        const auto r = parseDescriptionTrack(
            "WEBVTT\n\n00:00.000 --> 00:03.000\nOne.\n\n00:02.000 --> 00:04.000\nTwo.\n", file, 10);
        const Problem* p = find(r.problems, file, "starts before the one at 0:00.000 ends");
        REQUIRE(p);
        CHECK(p->line == 6);
    }
    SECTION("a cue after the end of the film")
    {
        const auto r = parseDescriptionTrack(
            "WEBVTT\n\n00:01.000 --> 00:02.500\nLate.\n\n00:03.000 --> 00:04.000\nLater.\n", file, 2);
        const Problem* ends =
            find(r.problems, file, "ends at 0:02.500, after the end of the film (0:02.000)");
        REQUIRE(ends);
        CHECK(ends->line == 3);
        CHECK(find(r.problems, file, "starts after the end of the film"));
        // Without a known length the timing cannot be checked, and is not blamed.
        CHECK(parseDescriptionTrack("WEBVTT\n\n00:01.000 --> 00:02.500\nLate.\n", file, 0).problems.empty());
    }
    SECTION("a file that is not WebVTT")
    {
        const auto r = parseDescriptionTrack("1\n00:00:01,000 --> 00:00:02,000\nSRT\n", file, 10);
        CHECK_FALSE(r.ok());
        CHECK(find(r.problems, file, "WEBVTT"));
    }
    SECTION("a caption file declared as a description track")
    {
        const auto r =
            parseDescriptionTrack("WEBVTT\nKind: captions\n\n00:00.000 --> 00:01.000\nHej!\n", file, 10);
        CHECK(r.ok());
        const Problem* p = find(r.problems, file, "\"Kind: captions\"", Severity::Warning);
        REQUIRE(p);
        CHECK(p->line == 2);
        CHECK(parseDescriptionTrack("WEBVTT\nKind: descriptions\n\n00:00.000 --> 00:01.000\nEn dörr.\n", file,
                                    10)
                  .problems.empty());
    }
    SECTION("times are written with a point under a comma locale's rules too")
    {
        CHECK(formatCueTime(65.25) == "1:05.250");
    }
}

TEST_CASE("Description track: the manifest declares one file per language", "[descriptions]")
{
    TempDir tmp;
    SECTION("a good track validates, and the step keeps it")
    {
        const fs::path dir = bundleWith(tmp, {{"sv", "media/clip.descriptions.sv.vtt"}});
        writeText(dir / "media/clip.descriptions.sv.vtt", kGoodTrack);
        const LoadResult r = loadBundle(dir);
        for (const auto& p : r.problems)
            UNSCOPED_INFO(p.toString());
        CHECK(r.problems.empty());
        REQUIRE(r.ok());
        const Step& film = r.bundle->modules[0].steps[0];
        CHECK(film.descriptions.at("sv") == "media/clip.descriptions.sv.vtt");
        CHECK(film.describedAudio.empty());
    }
    SECTION("a language the bundle does not declare")
    {
        const fs::path dir = bundleWith(tmp, {{"nb", "media/clip.descriptions.nb.vtt"}});
        writeText(dir / "media/clip.descriptions.nb.vtt", kGoodTrack);
        const LoadResult r = loadBundle(dir);
        CHECK_FALSE(r.ok());
        const Problem* p =
            find(r.problems, "bundle.json", "description track language \"nb\" is not declared");
        REQUIRE(p);
        CHECK(p->pointer == "/modules/0/steps/0/descriptions/nb");
    }
    SECTION("a missing file")
    {
        const fs::path dir = bundleWith(tmp, {{"sv", "media/none.vtt"}});
        const LoadResult r = loadBundle(dir);
        CHECK_FALSE(r.ok());
        const Problem* missing = find(r.problems, "media/none.vtt", "not found");
        REQUIRE(missing);
        CHECK(missing->pointer == "/modules/0/steps/0/descriptions/sv");
    }
    SECTION("a path out of the bundle")
    {
        const fs::path dir = bundleWith(tmp, {{"en", "../outside.vtt"}});
        const LoadResult r = loadBundle(dir);
        CHECK_FALSE(r.ok());
        const Problem* outside = find(r.problems, "bundle.json", "\"../outside.vtt\"");
        REQUIRE(outside);
        CHECK(outside->pointer == "/modules/0/steps/0/descriptions/en");
    }
    SECTION("a track that runs past the film, as the manifest gives its length")
    {
        const fs::path dir = bundleWith(tmp, {{"sv", "media/long.vtt"}});
        writeText(dir / "media/long.vtt", "WEBVTT\n\n00:01.500 --> 00:04.000\nThe credits roll.\n");
        const LoadResult r = loadBundle(dir);
        CHECK_FALSE(r.ok());
        const Problem* p = find(r.problems, "media/long.vtt", "after the end of the film (0:02.000)");
        REQUIRE(p);
        CHECK(p->pointer == "/modules/0/steps/0/descriptions/sv");
        CHECK(p->line == 3);

        // In the player the film still plays; only the description is left out (with a warning).
        const LoadResult player = loadBundle(dir, LoadOptions{true, true, false, true});
        REQUIRE(player.ok());
        CHECK(player.bundle->modules[0].steps[0].unavailable.empty());
        CHECK(find(player.problems, "media/long.vtt", "after the end of the film", Severity::Warning));
    }
    SECTION("described audio must be a playable file")
    {
        const fs::path dir =
            bundleWith(tmp, nlohmann::json::object(), {{"describedAudio", {{"sv", "text/read.sv.md"}}}});
        const LoadResult r = loadBundle(dir);
        CHECK_FALSE(r.ok());
        const Problem* p = find(r.problems, "text/read.sv.md", "is not an audio file Reflekt can play");
        REQUIRE(p);
        CHECK(p->pointer == "/modules/0/steps/0/describedAudio/sv");

        const fs::path good = bundleWith(tmp, nlohmann::json::object(),
                                         {{"describedAudio", {{"sv", "media/clip.mp4"}}}}, "good");
        const LoadResult ok = loadBundle(good);
        REQUIRE(ok.ok());
        CHECK(ok.bundle->modules[0].steps[0].describedAudio.at("sv") == "media/clip.mp4");
    }
    SECTION("not an object")
    {
        const fs::path dir = bundleWith(tmp, nlohmann::json::array({"media/clip.descriptions.sv.vtt"}));
        const LoadResult r = loadBundle(dir);
        CHECK_FALSE(r.ok());
        const Problem* p = find(r.problems, "bundle.json", "must be an object");
        REQUIRE(p);
        CHECK(p->pointer == "/modules/0/steps/0/descriptions");
    }
}
