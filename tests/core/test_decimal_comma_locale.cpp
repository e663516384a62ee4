// Issue 13: under sv_SE/nb_NO (decimal comma; Qt calls setlocale from the environment) data
// written for machines must still use a decimal point. Each test switches the C locale the way
// the app does and checks the exact text, then restores the locale.

#include "core/ManifestReader.h"
#include "core/WatchedRanges.h"
#include "core/WebVtt.h"
#include "core/XapiStatement.h"
#include "test_locale_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

// True when the locale is installed and really writes a decimal comma; WARNs otherwise.
bool inDecimalCommaLocale(const ScopedLocale& locale, const std::string& name)
{
    if (!locale.active()) {
        WARN("locale " << name << " is not installed (Debian: locales-all); test skipped");
        return false;
    }
    REQUIRE(ScopedLocale::decimalPoint() == ","); // otherwise this test could not fail
    return true;
}

WatchedRanges ranges(std::initializer_list<WatchedInterval> intervals)
{
    WatchedRanges w;
    for (const auto& i : intervals)
        w.add(i);
    return w;
}

} // namespace

TEST_CASE("watched ranges are stored with a decimal point under a decimal-comma locale", "[watched][locale]")
{
    const std::string name = GENERATE(as<std::string>{}, "sv_SE.UTF-8", "nb_NO.UTF-8");
    ScopedLocale locale(name);
    if (!inDecimalCommaLocale(locale, name))
        return;

    const WatchedRanges w = ranges({{0, 12.5}, {30, 45}});
    CHECK(w.serialize() == "0-12.5,30-45");
    CHECK(ranges({{6.133, 8.092}}).serialize() == "6.133-8.092");
    CHECK(ranges({{16, 548}}).serialize() == "16-548");
    CHECK(ranges({{0.0004, 1.2346}}).serialize() == "0-1.235"); // milliseconds, rounded

    const WatchedRanges back = WatchedRanges::parse("0-12.5,30-45");
    REQUIRE(back.ranges().size() == 2);
    CHECK(back.ranges()[0] == WatchedInterval{0.0, 12.5});
    CHECK(back.ranges()[1] == WatchedInterval{30.0, 45.0});
    CHECK(back == w);
    CHECK(back.watchedSeconds() == Approx(27.5));

    const WatchedRanges odd = ranges({{6.133, 8.092}, {100.9, 105.2}});
    CHECK(WatchedRanges::parse(odd.serialize()) == odd);
}

TEST_CASE("a film is not seen after a few seconds under a decimal-comma locale", "[watched][locale]")
{
    const std::string name = GENERATE(as<std::string>{}, "sv_SE.UTF-8", "nb_NO.UTF-8");
    ScopedLocale locale(name);
    if (!inDecimalCommaLocale(locale, name))
        return;

    // What the store does at every report: read the stored text, add the interval, write it back.
    // With the decimal comma the third report of 5 s made a 600 s film 98% watched.
    std::string stored;
    const double positions[] = {0.0, 4.911, 9.977, 14.95, 20.003};
    for (std::size_t i = 1; i < std::size(positions); ++i) {
        WatchedRanges w = WatchedRanges::parse(stored);
        w.add({positions[i - 1], positions[i]}, 600);
        stored = w.serialize();
    }
    CHECK(stored == "0-20.003");
    const WatchedRanges w = WatchedRanges::parse(stored);
    CHECK(w.share(600) == Approx(20.003 / 600));
    CHECK_FALSE(w.meetsRequiredShare(600, 0.9));
}

TEST_CASE("manifest numbers and their messages keep a decimal point under a decimal-comma locale",
          "[manifest][locale]")
{
    const std::string name = GENERATE(as<std::string>{}, "sv_SE.UTF-8", "nb_NO.UTF-8");
    ScopedLocale locale(name);
    if (!inDecimalCommaLocale(locale, name))
        return;

    std::ifstream in(std::string(REFLEKT_TEST_DATA_DIR) + "/good/minimal/bundle.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    auto manifest = nlohmann::json::parse(text.str());
    manifest["modules"][0]["steps"][0]["requiredShare"] = 0.75;
    manifest["modules"][0]["steps"][0]["durationSeconds"] = 2.5;
    const LoadResult good = parseManifest(manifest.dump());
    REQUIRE(good.ok());
    CHECK(good.bundle->modules[0].steps[0].requiredShare == 0.75);
    CHECK(good.bundle->modules[0].steps[0].durationSeconds == 2.5);

    manifest["modules"][0]["steps"][0]["requiredShare"] = 1.5;
    const LoadResult bad = parseManifest(manifest.dump());
    bool named = false;
    for (const auto& p : bad.problems) {
        UNSCOPED_INFO(p.toString());
        named = named || (p.pointer == "/modules/0/steps/0/requiredShare" &&
                          p.message.find("must be between 0 and 1") != std::string::npos);
    }
    CHECK(named);
}

TEST_CASE("xAPI progress and caption times keep a decimal point under a decimal-comma locale",
          "[xapi][webvtt][locale]")
{
    const std::string name = GENERATE(as<std::string>{}, "sv_SE.UTF-8", "nb_NO.UTF-8");
    ScopedLocale locale(name);
    if (!inDecimalCommaLocale(locale, name))
        return;

    XapiStatement s;
    s.result.progressShare = 0.5;
    s.result.durationMs = 3250;
    const std::string json = s.toJson().dump();
    CHECK_THAT(json, Catch::Contains("\"https://w3id.org/xapi/video/extensions/progress\":0.5"));
    CHECK_THAT(json, Catch::Contains("\"duration\":\"PT3.25S\""));
    CHECK(parseWebVttTimestamp("00:01:02.500").value_or(-1) == Approx(62.5));
}
