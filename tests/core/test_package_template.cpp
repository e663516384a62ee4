// `reflekt init` and `reflekt pack` as an author meets them (issue 18): a new package that validates
// as it is, in the author's language, and a pack that ships only what the package uses.
#include "core/BundleLoader.h"
#include "core/BundlePacker.h"
#include "core/PackageTemplate.h"

#include "TinyDisk.h"
#include "test_archive_support.h"

#include <zip.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using namespace reflekt;
using namespace reflekt::testing;
using Catch::Matchers::Contains;

namespace {

std::string readAll(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

const std::string& placeholderFilm()
{
    static const std::string bytes =
        readAll(fs::path(REFLEKT_MODULES_DIR) / ".." / "resources" / "template" / "placeholder-film.mp4");
    return bytes;
}

std::set<std::string> entries(const fs::path& archive)
{
    int error = 0;
    zip_t* za = zip_open(archive.c_str(), ZIP_RDONLY, &error);
    REQUIRE(za != nullptr);
    std::set<std::string> names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i)
        names.insert(zip_get_name(za, static_cast<zip_uint64_t>(i), 0));
    zip_discard(za);
    return names;
}

void writeText(const fs::path& file, const std::string& text)
{
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

} // namespace

TEST_CASE("A package from reflekt init validates as it is, in the author's language", "[author init]")
{
    REQUIRE(placeholderFilm().size() > 1000);
    TempDir tmp;
    for (const std::string lang : {"sv", "nb", "en"}) {
        const fs::path dir = tmp / ("Vår första kurs " + lang);
        const TemplateResult made = writePackageTemplate(dir, lang, placeholderFilm());
        REQUIRE(made.ok());
        CHECK(made.written.size() == 6);

        const LoadResult loaded = loadBundle(dir, LoadOptions{true, true, true});
        INFO(lang << ": " << (loaded.problems.empty() ? "" : loaded.problems.front().toString()));
        REQUIRE(loaded.ok());
        CHECK(loaded.problems.empty()); // not even a warning for the author to puzzle over
        const Bundle& b = *loaded.bundle;
        CHECK(b.defaultLanguage == lang);
        CHECK(b.id == "local.var-forsta-kurs-" + lang); // å and ö folded, spaces made dashes
        REQUIRE(b.modules.size() == 1);
        const Module& m = b.modules.front();
        REQUIRE(m.steps.size() == 3);
        CHECK(m.steps[0].type == StepType::Film);
        CHECK(m.steps[0].captions.size() == 1);
        CHECK(m.steps[1].type == StepType::Text);
        CHECK(m.steps[2].type == StepType::Reflection);
        REQUIRE(m.steps[2].questions.size() == 2);
        CHECK(m.steps[2].questions[0].children.size() == 1); // a sub-question to copy
        CHECK_FALSE(m.facilitatorGuide.empty());

        const std::string readme = readAll(dir / "README.md");
        CHECK_THAT(readme, Contains("media/film.mp4"));
        CHECK_THAT(readme, Contains("reflekt convert-captions"));
        CHECK_THAT(readme, Contains("reflekt pack"));
    }
    CHECK_THAT(readAll(tmp / "Vår första kurs sv" / "bundle.json"), Contains("\"Reflektera tillsammans\""));
    CHECK_THAT(readAll(tmp / "Vår första kurs nb" / "README.md"), Contains("møtelederen"));
}

TEST_CASE("reflekt init refuses a folder with files in it and an unknown language, writing nothing",
          "[author init]")
{
    TempDir tmp;
    writeText(tmp / "taken" / "bundle.json", "mine");
    const TemplateResult taken = writePackageTemplate(tmp / "taken", "sv", placeholderFilm());
    REQUIRE_FALSE(taken.ok());
    CHECK_THAT(taken.problems.front().message, Contains("not an empty folder"));
    CHECK(readAll(tmp / "taken" / "bundle.json") == "mine");
    CHECK_FALSE(fs::exists(tmp / "taken" / "README.md"));

    const TemplateResult german = writePackageTemplate(tmp / "neu", "de", placeholderFilm());
    REQUIRE_FALSE(german.ok());
    CHECK_THAT(german.problems.front().message, Contains("use sv, nb or en"));
    CHECK_FALSE(fs::exists(tmp / "neu"));
}

TEST_CASE("reflekt init on a full disk names the file and leaves no half package", "[author init]")
{
    TinyDisk disk(256 * 1024);
    REFLEKT_REQUIRE_TINY_DISK(disk);
    REQUIRE(disk.fill());
    const TemplateResult made = writePackageTemplate(disk.path() / "kurs", "sv", placeholderFilm());
    REQUIRE_FALSE(made.ok());
    CHECK_THAT(made.problems.front().file, Contains("kurs"));
    CHECK_THAT(made.problems.front().message, Contains("full"));
    CHECK_FALSE(fs::exists(disk.path() / "kurs"));
}

TEST_CASE("pack leaves out files nothing refers to, names each, and never ships the schema copy",
          "[author pack]")
{
    TempDir tmp;
    const fs::path dir = tmp / "kurs";
    REQUIRE(writePackageTemplate(dir, "sv", placeholderFilm()).ok());
    writeText(dir / "media" / "film.sv.srt", "1\n00:00:00,500 --> 00:00:04,500\nGammal\n");
    writeText(dir / "bundle.schema.json", "{}");
    std::string manifest = readAll(dir / "bundle.json");
    manifest.insert(manifest.find('{') + 1, "\n  \"$schema\": \"bundle.schema.json\",");
    writeText(dir / "bundle.json", manifest);
    // An image in the text step's Markdown is used, though bundle.json does not name it.
    fs::copy_file(fs::path(REFLEKT_TEST_DATA_DIR) / "good" / "minimal" / "media" / "cover.png",
                  dir / "media" / "bild.png");
    writeText(dir / "text" / "modul-1.md", "# Läs\n\n![En bild](../media/bild.png)\n");

    const PackResult packed = packBundle(dir, tmp / "kurs.reflekt");
    REQUIRE(packed.ok());
    const std::set<std::string> names = entries(tmp / "kurs.reflekt");
    CHECK(names == std::set<std::string>{"bundle.json", "guides/modul-1.md", "media/bild.png", "media/film.mp4",
                                         "media/film.sv.vtt", "text/modul-1.md"});
    CHECK(packed.leftOut == std::vector<std::string>{"README.md", "bundle.schema.json", "media/film.sv.srt"});
    bool named = false;
    for (const Problem& p : packed.problems)
        if (p.file == "media/film.sv.srt") {
            named = true;
            CHECK(p.severity == Severity::Warning);
            CHECK_THAT(p.message, Contains("--include-unreferenced"));
        }
    CHECK(named);

    PackOptions all;
    all.includeUnreferenced = true;
    REQUIRE(packBundle(dir, tmp / "all.reflekt", all).ok());
    const std::set<std::string> allNames = entries(tmp / "all.reflekt");
    CHECK(allNames.count("README.md") == 1);
    CHECK(allNames.count("media/film.sv.srt") == 1);
    CHECK(allNames.count("bundle.schema.json") == 0); // the schema copy, never
}
