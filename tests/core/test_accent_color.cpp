// The optional "accentColor" of a package: one colour for its buttons and progress on the laptop.
#include "core/ManifestReader.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace reflekt;
using nlohmann::json;

namespace {

json minimalManifest()
{
    std::ifstream in(std::string(REFLEKT_TEST_DATA_DIR) + "/good/minimal/bundle.json", std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return json::parse(out.str());
}

} // namespace

TEST_CASE("Manifest: accentColor is read as #RRGGBB; anything else warns and is ignored", "[manifest][design]")
{
    json j = minimalManifest();
    j["accentColor"] = "#C0392B";
    LoadResult r = parseManifest(j.dump());
    REQUIRE(r.ok());
    CHECK(r.problems.empty());
    CHECK(r.bundle->accentColor == "#C0392B");

    for (const char* bad : {"red", "#C0392", "#GG0000", "C0392B"}) {
        INFO(bad);
        j["accentColor"] = bad;
        r = parseManifest(j.dump());
        REQUIRE(r.ok()); // only a look: the package opens
        REQUIRE(r.problems.size() == 1);
        CHECK(r.problems[0].severity == Severity::Warning);
        CHECK(r.problems[0].pointer == "/accentColor");
        CHECK(r.bundle->accentColor.empty());
    }
}
