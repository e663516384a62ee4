// The optional "guideSection" of a step: which heading of the facilitator guide belongs to it.
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

std::string problems(const LoadResult& r)
{
    std::string out;
    for (const auto& p : r.problems)
        out += p.toString() + "\n";
    return out;
}

} // namespace

TEST_CASE("Manifest: a step's guideSection is read for every step type", "[manifest][guide]")
{
    json j = minimalManifest();
    auto& steps = j["modules"][0]["steps"];
    steps[0]["guideSection"] = {{"sv", "Filmen"}, {"en", "The film"}};
    steps[1]["guideSection"] = {{"sv", "Läsningen"}};
    steps[2]["guideSection"] = {{"sv", "Att tänka på"}};
    steps[3]["guideSection"] = {{"sv", "Korten"}};
    const LoadResult r = parseManifest(j.dump());
    INFO(problems(r));
    REQUIRE(r.ok());
    CHECK(r.problems.empty()); // known: no "unknown field" warning
    const Module& m = r.bundle->modules[0];
    CHECK(m.steps[0].guideSection.get("sv") == "Filmen");
    CHECK(m.steps[0].guideSection.get("en") == "The film");
    CHECK(m.steps[1].guideSection.get("sv") == "Läsningen");
    CHECK(m.steps[2].guideSection.get("sv") == "Att tänka på");
    CHECK(m.steps[3].guideSection.get("sv") == "Korten");
}

TEST_CASE("Manifest: without guideSection a step has none", "[manifest][guide]")
{
    const LoadResult r = parseManifest(minimalManifest().dump());
    REQUIRE(r.ok());
    for (const Step& s : r.bundle->modules[0].steps)
        CHECK(s.guideSection.empty());
}

TEST_CASE("Manifest: a guideSection that is not localized text is an error at its pointer",
          "[manifest][guide]")
{
    json j = minimalManifest();
    j["modules"][0]["steps"][2]["guideSection"] = "Att tänka på";
    j["modules"][0]["steps"][1]["guideSection"] = {{"en", "Reading"}}; // no default language (sv)
    const LoadResult r = parseManifest(j.dump());
    INFO(problems(r));
    CHECK_FALSE(r.ok());
    const auto has = [&](const std::string& pointer) {
        for (const auto& p : r.problems)
            if (p.pointer == pointer && p.severity == Severity::Error)
                return true;
        return false;
    };
    CHECK(has("/modules/0/steps/2/guideSection"));
    CHECK(has("/modules/0/steps/1/guideSection"));
}
