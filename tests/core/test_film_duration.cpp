// The real length of a film, read from its container, against what the author wrote (issue 18):
// `durationSeconds: 312` for a film of 2 s passed validation, and so did chapters after its end.
#include "core/BundleLoader.h"
#include "core/FilmDuration.h"

#include "test_archive_support.h"
#include "test_locale_support.h"

#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

namespace fs = std::filesystem;
using namespace reflekt;
using namespace reflekt::testing;
using Catch::Matchers::Contains;

namespace {

const fs::path kMinimal = fs::path(REFLEKT_TEST_DATA_DIR) / "good" / "minimal";

std::string box(const char* type, const std::string& payload)
{
    const auto size = static_cast<std::uint32_t>(payload.size() + 8);
    std::string out{static_cast<char>(size >> 24), static_cast<char>(size >> 16), static_cast<char>(size >> 8),
                    static_cast<char>(size)};
    return out + type + payload;
}

std::string be32(std::uint32_t v)
{
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

/** ftyp, a big mdat, then moov with an mvhd of version 0: what ffmpeg writes without faststart. */
std::string mp4(std::uint32_t timescale, std::uint32_t duration)
{
    const std::string mvhd = box("mvhd", std::string(1, '\0') + std::string(3, '\0') + be32(0) + be32(0) +
                                             be32(timescale) + be32(duration) + std::string(80, '\0'));
    return box("ftyp", "isom" + be32(512)) + box("mdat", std::string(100000, 'x')) + box("moov", mvhd);
}

/** An EBML header, a Segment of unknown size and its Info with a 4- or 8-byte float Duration. */
std::string webm(double durationMs, bool asFloat32)
{
    const std::string ebml = std::string("\x1A\x45\xDF\xA3\x87\x42\x82\x84webm", 12); // DocType "webm"
    std::string info;
    info += std::string("\x2A\xD7\xB1\x83\x0F\x42\x40", 7); // TimecodeScale 1,000,000 ns
    if (asFloat32) {
        const auto f = static_cast<float>(durationMs);
        std::uint32_t bits = 0;
        std::memcpy(&bits, &f, sizeof bits);
        info += std::string("\x44\x89\x84", 3) + be32(bits);
    } else {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &durationMs, sizeof bits);
        info += std::string("\x44\x89\x88", 3) + be32(static_cast<std::uint32_t>(bits >> 32)) +
                be32(static_cast<std::uint32_t>(bits));
    }
    std::string segment = std::string("\x18\x53\x80\x67", 4) + std::string("\x01\xFF\xFF\xFF\xFF\xFF\xFF\xFF", 8);
    segment += std::string("\x15\x49\xA9\x66", 4) + static_cast<char>(0x80 | info.size()) + info;
    return ebml + segment;
}

fs::path minimalWith(const TempDir& tmp, const std::vector<std::pair<std::string, std::string>>& edits)
{
    const fs::path dir = tmp / "b";
    fs::copy(kMinimal, dir, fs::copy_options::recursive);
    std::ifstream in(dir / "bundle.json");
    std::stringstream text;
    text << in.rdbuf();
    std::string manifest = text.str();
    for (const auto& [from, to] : edits) {
        const auto at = manifest.find(from);
        REQUIRE(at != std::string::npos);
        manifest.replace(at, from.size(), to);
    }
    std::ofstream(dir / "bundle.json", std::ios::trunc) << manifest;
    return dir;
}

} // namespace

TEST_CASE("Film lengths are read from MP4 with the index before or after the media, and from WebM",
          "[film duration]")
{
    // The sample films have moov first (faststart); the fixture clip has it after mdat.
    const auto sample = readFilmDuration(fs::path(REFLEKT_MODULES_DIR) / "sv-interkulturell" / "media" / "samverkan.mp4");
    REQUIRE(sample);
    CHECK(*sample == Approx(104.2).margin(0.05));
    const auto clip = readFilmDuration(kMinimal / "media" / "clip.mp4");
    REQUIRE(clip);
    CHECK(*clip == Approx(2.0).margin(0.05));

    CHECK(*filmDurationFromBytes(mp4(1000, 60000)) == Approx(60.0));
    CHECK(*filmDurationFromBytes(mp4(90000, 90000 * 7 / 2)) == Approx(3.5));
    CHECK_FALSE(filmDurationFromBytes(mp4(0, 60000)));          // no timescale
    CHECK_FALSE(filmDurationFromBytes(mp4(1000, 0xFFFFFFFFu))); // "unknown", as live writers put it
    CHECK(*filmDurationFromBytes(webm(61500.0, false)) == Approx(61.5));
    CHECK(*filmDurationFromBytes(webm(61500.0, true)) == Approx(61.5));

    TempDir tmp;
    const std::string bytes = mp4(1000, 60000);
    std::ofstream(tmp / "film.mp4", std::ios::binary) << bytes;
    CHECK(*readFilmDuration(tmp / "film.mp4") == Approx(60.0));
}

TEST_CASE("Damaged or foreign files give no film length and never crash", "[film duration]")
{
    const std::string good = mp4(1000, 60000);
    for (std::size_t cut = 0; cut < good.size(); cut += 997)
        CHECK_NOTHROW(filmDurationFromBytes(good.substr(0, cut)));
    CHECK_FALSE(filmDurationFromBytes(good.substr(0, good.size() - 10)));
    const std::string w = webm(1000.0, false);
    for (std::size_t cut = 0; cut < w.size(); ++cut)
        CHECK_FALSE(filmDurationFromBytes(w.substr(0, cut)));
    CHECK_FALSE(filmDurationFromBytes("OggS\0\0\0\0 an Ogg page"));
    CHECK_FALSE(filmDurationFromBytes(std::string("\0\0\0\x01moov", 8))); // a 64-bit size cut off
    CHECK_FALSE(readFilmDuration("/nonexistent/film.mp4"));
}

TEST_CASE("A WebM Info whose last child's header runs past Info's end gives no length", "[film duration]")
{
    // Found by fuzz_film_duration: a child's id and size were read past the end of Info, the size
    // check after them wrapped around, and the value was read from beyond Info (or the bytes).
    std::string w = webm(1000.0, false);
    const std::size_t info = w.find(std::string("\x15\x49\xA9\x66", 4));
    REQUIRE(info != std::string::npos);
    w[info + 4] = static_cast<char>(0x80 | 8); // Info: TimecodeScale and the first byte of Duration's id
    CHECK_FALSE(filmDurationFromBytes(w));
}

TEST_CASE("A durationSeconds far from the film's real length is an error that gives the real one",
          "[film duration]")
{
    TempDir tmp;
    const fs::path dir = minimalWith(tmp, {{"\"durationSeconds\": 2", "\"durationSeconds\": 312"}});
    const LoadResult loaded = loadBundle(dir, LoadOptions{true, true, true});
    REQUIRE_FALSE(loaded.ok());
    bool found = false;
    for (const Problem& p : loaded.problems)
        if (p.pointer.find("/durationSeconds") != std::string::npos) {
            found = true;
            CHECK(p.file == "bundle.json");
            CHECK_THAT(p.message, Contains("durationSeconds is 312, but the film media/clip.mp4 is 2 seconds long"));
        }
    CHECK(found);

    // Within a second is what an author rounding ffprobe's figure writes: no complaint.
    TempDir close;
    const LoadResult rounded =
        loadBundle(minimalWith(close, {{"\"durationSeconds\": 2,", "\"durationSeconds\": 2.4,"}}),
                   LoadOptions{true, true, true});
    CHECK(rounded.ok());
}

TEST_CASE("A chapter that starts after the film ends is an error, also without durationSeconds, with full "
          "stops in Swedish",
          "[film duration]")
{
    ScopedLocale swedish("sv_SE.UTF-8");
    TempDir tmp;
    const fs::path dir = minimalWith(tmp, {{"\"durationSeconds\": 2,", ""},
                                           {"{\"start\": 1, \"title\"", "{\"start\": 7.5, \"title\""}});
    const LoadResult loaded = loadBundle(dir, LoadOptions{true, true, true});
    REQUIRE_FALSE(loaded.ok());
    std::string messages;
    for (const Problem& p : loaded.problems)
        messages += p.pointer + ": " + p.message + "\n";
    CHECK_THAT(messages, Contains("/chapters/1/start: chapter 2 starts at 7.5 seconds, after the film "
                                  "media/clip.mp4 ends (2 seconds)"));
    // Without durationSeconds the manifest alone cannot tell; the film itself can.
}
