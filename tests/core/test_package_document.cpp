// The package editor's document as an author meets it: what is opened is saved back unchanged,
// every edit can be undone exactly, unsaved texts are validated, and a full disk loses nothing.
#include "core/BundleLoader.h"
#include "core/PackageDocument.h"
#include "core/PackageEdits.h"

#include "TinyDisk.h"
#include "test_archive_support.h"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using namespace reflekt;
using namespace reflekt::testing;
using Catch::Matchers::Contains;

namespace {

const fs::path kData = REFLEKT_TEST_DATA_DIR;

fs::path copyMinimal(const fs::path& to)
{
    fs::copy(kData / "good" / "minimal", to, fs::copy_options::recursive);
    return to;
}

PackageDocument openOrFail(const fs::path& folder)
{
    DocumentOpenResult opened = PackageDocument::open(folder);
    INFO(messages(opened.problems));
    REQUIRE(opened.document);
    return std::move(*opened.document);
}

std::vector<std::string> shown(const std::vector<Problem>& problems)
{
    std::vector<std::string> out;
    for (const Problem& p : problems)
        out.push_back(p.toString());
    return out;
}

} // namespace

TEST_CASE("both sample packages are saved back byte for byte and validate as the player sees them",
          "[editor document]")
{
    int samples = 0;
    for (const auto& entry : fs::directory_iterator(REFLEKT_MODULES_DIR)) {
        const fs::path manifest = entry.path() / "bundle.json";
        if (!fs::exists(manifest))
            continue;
        ++samples;
        INFO(manifest.string());
        const PackageDocument doc = openOrFail(entry.path());
        CHECK(doc.serialize() == readFile(manifest));
        CHECK_FALSE(doc.isModified());
        CHECK(shown(doc.validate().problems) == shown(loadBundle(entry.path()).problems));
        CHECK(doc.validate().ok());
    }
    CHECK(samples == 2);
}

TEST_CASE("a bundle.json that is not JSON opens no document and says where the slip is", "[editor document]")
{
    TempDir tmp;
    writeFile(tmp / "pkg" / "bundle.json", "{\n  \"format\": \"reflekt-bundle\"\n  \"id\": \"x\"\n}\n");
    const DocumentOpenResult broken = PackageDocument::open(tmp / "pkg");
    CHECK_FALSE(broken.document);
    REQUIRE(broken.problems.size() == 1);
    CHECK(broken.problems[0].file == "bundle.json");
    CHECK(broken.problems[0].line == 2);
    CHECK(broken.problems[0].column > 0);
    CHECK_THAT(broken.problems[0].message, Contains("invalid JSON") && Contains("comma"));

    const DocumentOpenResult missing = PackageDocument::open(tmp / "nothing-here");
    CHECK_FALSE(missing.document);
    REQUIRE(missing.problems.size() == 1);
    CHECK_THAT(missing.problems[0].file, Contains("bundle.json"));
    CHECK_THAT(missing.problems[0].message, Contains("missing"));
}

TEST_CASE("fields Reflekt does not know survive an edit and a save, in their place", "[editor document]")
{
    TempDir tmp;
    const fs::path dir = copyMinimal(tmp / "pkg");
    std::string bytes = readFile(dir / "bundle.json");
    bytes.replace(bytes.find("\"licence\""), 0, "\"x-region\": {\"kod\": 8, \"lista\": [1, 2.5]},\n  ");
    writeFile(dir / "bundle.json", bytes);

    PackageDocument doc = openOrFail(dir);
    REQUIRE(doc.set("/title/sv", "Nytt namn"));
    REQUIRE(doc.save().ok());
    const ManifestJson saved = ManifestJson::parse(readFile(dir / "bundle.json"));
    CHECK(saved["title"]["sv"] == "Nytt namn");
    CHECK(saved["x-region"] == ManifestJson::parse(R"({"kod": 8, "lista": [1, 2.5]})"));
    std::vector<std::string> keys;
    for (auto it = saved.begin(); it != saved.end(); ++it)
        keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"format", "formatVersion", "id", "version", "defaultLanguage",
                                           "languages", "title", "description", "audience", "publisher",
                                           "x-region", "licence", "cover", "modules", "sha256"});
}

TEST_CASE("pointers follow RFC 6901, and a bad one changes nothing", "[editor document]")
{
    PackageDocument doc("/nowhere", ManifestJson::parse(R"({"a/b": {"c~d": 1}, "list": [10, 20]})"));
    REQUIRE(doc.find("/a~1b/c~0d"));
    CHECK(*doc.find("/a~1b/c~0d") == 1);
    CHECK(*doc.find("/list/1") == 20);
    for (const char* bad : {"a", "/a~2b", "/a~", "/list/01", "/list/-", "/list/2", "/list/x"})
        CHECK(doc.find(bad) == nullptr);
    CHECK_FALSE(doc.set("no-slash", 1));
    CHECK_FALSE(doc.set("/a~", 1));
    CHECK_FALSE(doc.set("/list/5", 1));      // a missing array index is not made
    CHECK_FALSE(doc.set("/list/0/x", 1));    // nor is a number turned into an object
    CHECK_FALSE(doc.erase("/nothing"));
    CHECK_FALSE(doc.move("/list", 0, 2));
    CHECK(doc.revision() == 0);
    CHECK_FALSE(doc.canUndo());

    REQUIRE(doc.set("/new/deeper/leaf", "x")); // objects on the way are made, as one step
    CHECK(doc.text("/new/deeper/leaf") == "x");
    REQUIRE(doc.undo() == std::optional<std::string>("/new"));
    CHECK(doc.find("/new") == nullptr);
}

TEST_CASE("setting what is already there records nothing, and an emptied text field is removed",
          "[editor document]")
{
    PackageDocument doc("/nowhere", ManifestJson::parse(R"({"title": {"sv": "Hej", "en": "Hi"}})"));
    REQUIRE(doc.set("/title/sv", "Hej"));
    CHECK(doc.revision() == 0);
    CHECK_FALSE(doc.canUndo());

    REQUIRE(doc.setText("/title/en", ""));
    CHECK(doc.find("/title/en") == nullptr);
    CHECK(doc.serialize() == "{\n  \"title\": {\n    \"sv\": \"Hej\"\n  }\n}\n");
    const auto revision = doc.revision();
    REQUIRE(doc.setText("/title/nb", "")); // absent stays absent, no step
    CHECK(doc.revision() == revision);
    doc.undo();
    CHECK(doc.text("/title/en") == "Hi");
}

TEST_CASE("undo and redo bring back exactly the JSON before and after each kind of edit", "[editor document]")
{
    TempDir tmp;
    PackageDocument doc = openOrFail(copyMinimal(tmp / "pkg"));
    const std::string step = "/modules/0/steps/0";
    auto check = [&](const std::function<bool()>& edit) {
        const std::string before = doc.serialize();
        REQUIRE(edit());
        const std::string after = doc.serialize();
        REQUIRE(after != before);
        REQUIRE(doc.undo());
        CHECK(doc.serialize() == before);
        REQUIRE(doc.redo());
        CHECK(doc.serialize() == after);
        REQUIRE(doc.undo());
        CHECK(doc.serialize() == before);
    };
    SECTION("set") { check([&] { return doc.set(step + "/durationSeconds", 2.5); }); }
    SECTION("erase of a member in the middle comes back in its place")
    {
        check([&] { return doc.erase(step + "/poster"); });
    }
    SECTION("erase of an array element") { check([&] { return doc.erase(step + "/chapters/0"); }); }
    SECTION("insert") { check([&] { return doc.insert(step + "/chapters", 1, ManifestJson::object()); }); }
    SECTION("move") { check([&] { return doc.move("/modules/0/steps", 0, 3); }); }
    SECTION("a group of edits")
    {
        check([&] {
            doc.beginGroup();
            doc.set("/title/sv", "Ny");
            doc.beginGroup(); // nested: still the one step
            doc.erase("/cover");
            doc.endGroup();
            doc.move("/modules/0/steps", 3, 0);
            doc.endGroup();
            return true;
        });
        CHECK_FALSE(doc.canUndo());
    }
    SECTION("typing in a field, letter by letter")
    {
        check([&] {
            for (const std::string typed : {"L", "Lä", "Läs", "Läs m", "Läs mer"})
                doc.setText(step + "/title/sv", typed, EditMerge::WithSameField);
            return true;
        });
        CHECK_FALSE(doc.canUndo());
    }
    SECTION("a field typed empty and typed into again stays in its place")
    {
        check([&] {
            for (const std::string typed : {"Fil", "", "B", "Bild"})
                doc.setText(step + "/title/sv", typed, EditMerge::WithSameField);
            return true;
        });
    }
}

TEST_CASE("typing joins one undo step until another field, an undo or a save comes between", "[editor document]")
{
    TempDir tmp;
    PackageDocument doc = openOrFail(copyMinimal(tmp / "pkg"));
    doc.setText("/title/sv", "A", EditMerge::WithSameField);
    doc.setText("/title/sv", "AB", EditMerge::WithSameField);
    doc.setText("/title/en", "C", EditMerge::WithSameField);
    doc.setText("/title/sv", "ABD", EditMerge::WithSameField);
    CHECK(doc.undo() == std::optional<std::string>("/title/sv"));
    CHECK(doc.text("/title/sv") == "AB");
    CHECK(doc.undo() == std::optional<std::string>("/title/en"));
    doc.setText("/title/sv", "ABE", EditMerge::WithSameField); // after an undo: a step of its own
    CHECK_FALSE(doc.canRedo());                                 // and the redo is gone
    doc.undo();
    CHECK(doc.text("/title/sv") == "AB");

    REQUIRE(doc.save().ok());
    doc.setText("/title/sv", "ABF", EditMerge::WithSameField);
    doc.undo(); // back to the saved text, not past it
    CHECK(doc.text("/title/sv") == "AB");
    CHECK_FALSE(doc.isModified());
}

TEST_CASE("revision and modified state follow edits, undo back to the saved state and saves",
          "[editor document]")
{
    TempDir tmp;
    const fs::path dir = copyMinimal(tmp / "pkg");
    PackageDocument doc = openOrFail(dir);
    CHECK_FALSE(doc.isModified()); // compact arrays in the fixture do not count as a change
    CHECK(doc.revision() == 0);

    doc.set("/version", "1.1.0");
    CHECK(doc.revision() == 1);
    CHECK(doc.isModified());
    doc.undo();
    CHECK(doc.revision() == 2);
    CHECK_FALSE(doc.isModified());
    doc.redo();
    CHECK(doc.revision() == 3);
    CHECK(doc.isModified());

    const std::string text = "modules/0/../../text/read.sv.md";
    CHECK_FALSE(doc.setFileText(text, "outside")); // a path that could leave the folder is refused
    REQUIRE(doc.setFileText("text/read.sv.md", "# Läs\n\nNy text.\n"));
    CHECK(doc.fileText("text/read.sv.md") == "# Läs\n\nNy text.\n");
    CHECK(readFile(dir / "text" / "read.sv.md") != "# Läs\n\nNy text.\n"); // not yet on the disk

    const DocumentSaveResult saved = doc.save();
    REQUIRE(saved.ok());
    CHECK(saved.written == std::vector<std::string>{"text/read.sv.md", "bundle.json"});
    CHECK_FALSE(doc.isModified());
    CHECK(doc.pendingFiles().empty());
    CHECK(readFile(dir / "text" / "read.sv.md") == "# Läs\n\nNy text.\n");
    CHECK(ManifestJson::parse(readFile(dir / "bundle.json"))["version"] == "1.1.0");

    // Undo past the save brings back the text as it was on the disk before, to be saved again.
    REQUIRE(doc.undo() == std::optional<std::string>("file:text/read.sv.md"));
    CHECK(doc.fileText("text/read.sv.md") == readFile(kData / "good" / "minimal" / "text" / "read.sv.md"));
    CHECK(doc.isModified());
    doc.redo();
    CHECK_FALSE(doc.isModified());
}

TEST_CASE("the validator sees unsaved Markdown as it will be saved", "[editor document]")
{
    TempDir tmp;
    const fs::path dir = copyMinimal(tmp / "pkg");
    PackageDocument doc = openOrFail(dir);
    const auto step = addStep(doc, 0, StepType::Text, "sv", "Fördjupning");
    REQUIRE(step);
    const std::string file = doc.text(stepPointer(0, *step) + "/markdown/sv");
    CHECK_FALSE(fs::exists(dir / file));
    const LoadResult clean = doc.validate();
    INFO(messages(clean.problems));
    CHECK(clean.ok());
    CHECK_FALSE(hasErrors(clean.problems));
    CHECK_FALSE(fs::exists(dir / file)); // validating writes nothing

    doc.setFileText(file, "# Fördjupning\n\n![Karta](../media/karta.png)\n");
    const LoadResult broken = doc.validate();
    CHECK_FALSE(broken.ok());
    CHECK_THAT(messages(broken.problems), Contains(file) && Contains("karta.png"));
    CHECK(loadBundle(dir).ok()); // the folder itself is untouched
}

TEST_CASE("saving on a full disk names the file, keeps every edit pending and the old bundle.json",
          "[editor document][diskfull]")
{
    TinyDisk disk(1024 * 1024);
    REFLEKT_REQUIRE_TINY_DISK(disk);
    const fs::path dir = copyMinimal(disk.path() / "pkg");
    const std::string oldManifest = readFile(dir / "bundle.json");
    PackageDocument doc = openOrFail(dir);
    doc.set("/title/sv", "Ändrat namn");
    const std::string text = std::string(256 * 1024, 'x') + "\n";
    doc.setFileText("text/read.sv.md", text);
    const std::string before = doc.serialize();
    const auto revision = doc.revision();

    REQUIRE(disk.fill());
    const DocumentSaveResult failed = doc.save();
    REQUIRE_FALSE(failed.ok());
    CHECK_THAT(failed.error, Contains("read.sv.md") && Contains("full"));
    CHECK(failed.written.empty());
    CHECK(readFile(dir / "bundle.json") == oldManifest);
    CHECK(doc.pendingFiles().count("text/read.sv.md") == 1);
    CHECK(doc.fileText("text/read.sv.md") == text);
    CHECK(doc.serialize() == before);
    CHECK(doc.revision() == revision);
    CHECK(doc.isModified());
    CHECK(doc.canUndo());

    disk.unfill(); // with room again the same save goes through
    REQUIRE(doc.save().ok());
    CHECK(readFile(dir / "text" / "read.sv.md") == text);
    CHECK(ManifestJson::parse(readFile(dir / "bundle.json"))["title"]["sv"] == "Ändrat namn");
    CHECK_FALSE(doc.isModified());

    // Only bundle.json to write: it is named, and the saved one stays as it was.
    const std::string savedManifest = readFile(dir / "bundle.json");
    doc.set("/title/sv", "Igen");
    REQUIRE(disk.fill());
    const DocumentSaveResult manifestFailed = doc.save();
    CHECK_THAT(manifestFailed.error, Contains("bundle.json") && Contains("full"));
    CHECK(readFile(dir / "bundle.json") == savedManifest);
    CHECK(doc.isModified());
}
