// The shipped sample packages: valid with every file checked (captions parsed, media sniffed,
// SHA-256 matched), and every film as long as its manifest says.
#include "core/BundleLoader.h"
#include "core/DescriptionTrack.h"
#include "core/WebVtt.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

namespace fs = std::filesystem;
using namespace reflekt;

namespace {

std::uint64_t readBigEndian(const std::string& bytes, std::size_t at, std::size_t size)
{
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < size; ++i)
        v = (v << 8) | static_cast<unsigned char>(bytes.at(at + i));
    return v;
}

// The movie duration from an MP4's moov/mvhd box, in seconds.
std::optional<double> mp4Duration(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::size_t pos = 0;
    std::size_t end = bytes.size();
    while (pos + 8 <= end) {
        std::uint64_t size = readBigEndian(bytes, pos, 4);
        const std::string type = bytes.substr(pos + 4, 4);
        std::size_t header = 8;
        if (size == 1) {
            size = readBigEndian(bytes, pos + 8, 8);
            header = 16;
        }
        if (size < header || pos + size > end)
            return std::nullopt;
        if (type == "moov") {
            end = pos + size;
            pos += header;
            continue;
        }
        if (type == "mvhd") {
            const std::size_t body = pos + header;
            const bool v1 = bytes.at(body) == 1;
            const std::uint64_t timescale = readBigEndian(bytes, body + (v1 ? 20 : 12), 4);
            const std::uint64_t duration = readBigEndian(bytes, body + (v1 ? 24 : 16), v1 ? 8 : 4);
            return timescale
                       ? std::optional<double>(static_cast<double>(duration) / static_cast<double>(timescale))
                       : std::nullopt;
        }
        pos += size;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("each sample package validates with every file checked", "[samples]")
{
    for (const char* name : {"sv-interkulturell", "nb-koordinering"}) {
        INFO(name);
        const LoadResult result =
            loadBundle(fs::path(REFLEKT_MODULES_DIR) / name, LoadOptions{true, true, true});
        for (const auto& p : result.problems)
            UNSCOPED_INFO(p.toString());
        REQUIRE(result.ok());
        CHECK(result.problems.empty());
    }
}

TEST_CASE("every sample film lasts as long as its manifest says, and its captions parse", "[samples]")
{
    int films = 0;
    for (const char* name : {"sv-interkulturell", "nb-koordinering"}) {
        const LoadResult result =
            loadBundle(fs::path(REFLEKT_MODULES_DIR) / name, LoadOptions{true, false, false});
        REQUIRE(result.ok());
        const Bundle& b = *result.bundle;
        for (const auto& m : b.modules) {
            for (const auto& s : m.steps) {
                if (s.type != StepType::Film)
                    continue;
                ++films;
                INFO(b.id << "/" << m.id << ": " << s.video);
                const auto duration = mp4Duration(b.resolve(s.video));
                REQUIRE(duration);
                CHECK(*duration == Approx(s.durationSeconds).margin(0.5));
                CHECK(*duration >= 60.0); // films of 1 to 3 minutes; the Norwegian intro may be longer
                CHECK(*duration <= (m.id == "innledning" ? 600.0 : 180.0));
                REQUIRE_FALSE(s.captions.empty());
                for (const auto& c : s.captions) {
                    std::ifstream in(b.resolve(c.file), std::ios::binary);
                    const std::string text((std::istreambuf_iterator<char>(in)),
                                           std::istreambuf_iterator<char>());
                    const VttResult vtt = parseWebVtt(text, c.file);
                    CHECK(vtt.ok());
                    REQUIRE_FALSE(vtt.cues.empty());
                    // Captions cover the narration: the last cue ends near the end of the film.
                    CHECK(vtt.cues.back().end <= *duration + 0.5);
                    CHECK(vtt.cues.back().end >= *duration - 10.0);
                }
            }
        }
    }
    CHECK(films == 13);
}

TEST_CASE("a sample film in each package is described in the package's language, between its captions",
          "[samples][descriptions]")
{
    for (const char* name : {"sv-interkulturell", "nb-koordinering"}) {
        INFO(name);
        const LoadResult result =
            loadBundle(fs::path(REFLEKT_MODULES_DIR) / name, LoadOptions{true, false, false});
        REQUIRE(result.ok());
        const Bundle& b = *result.bundle;
        int described = 0;
        for (const auto& m : b.modules) {
            for (const auto& s : m.steps) {
                if (s.descriptions.empty())
                    continue;
                ++described;
                INFO(m.id);
                REQUIRE(s.descriptions.count(b.defaultLanguage));
                const std::string file = s.descriptions.at(b.defaultLanguage);
                std::ifstream in(b.resolve(file), std::ios::binary);
                const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
                const DescriptionTrackResult track = parseDescriptionTrack(text, file, s.durationSeconds);
                for (const auto& p : track.problems)
                    UNSCOPED_INFO(p.toString());
                CHECK(track.problems.empty());
                REQUIRE(track.cues.size() >= 4);

                // No description cuts into a caption: each starts in a gap in the narration.
                const CaptionTrack* captions = nullptr;
                for (const auto& c : s.captions)
                    captions = c.language == b.defaultLanguage ? &c : captions;
                REQUIRE(captions);
                std::ifstream capIn(b.resolve(captions->file), std::ios::binary);
                const std::string capText((std::istreambuf_iterator<char>(capIn)), std::istreambuf_iterator<char>());
                const VttResult vtt = parseWebVtt(capText, captions->file);
                for (const Cue& cue : track.cues) {
                    INFO(cue.text);
                    CHECK_FALSE(cueIndexAt(vtt.cues, cue.start).has_value());
                }
            }
        }
        CHECK(described >= 1);
    }
}
