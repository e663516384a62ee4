// The package editor's operations as an author meets them: ids that are made once and never move,
// question trees of at most three levels, films and captions brought into the package folder.
#include "core/BundleLoader.h"
#include "core/PackageEdits.h"
#include "core/WebVtt.h"

#include "TinyDisk.h"
#include "test_archive_support.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

namespace fs = std::filesystem;
using namespace reflekt;
using namespace reflekt::testing;
using Catch::Matchers::Contains;

namespace {

const fs::path kData = REFLEKT_TEST_DATA_DIR;
const fs::path kClip = kData / "good" / "minimal" / "media" / "clip.mp4";

std::vector<std::string> keysOf(const ManifestJson& object)
{
    std::vector<std::string> keys;
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.push_back(it.key());
    return keys;
}

/** A package with one module whose first step is a film and second a reflection. */
PackageDocument filmAndReflection(const fs::path& folder)
{
    PackageDocument doc = newPackageDocument(folder, "sv", "Mötet");
    REQUIRE(addStep(doc, 0, StepType::Film, "sv", "Film") == std::optional<std::size_t>(0));
    REQUIRE(addStep(doc, 0, StepType::Reflection, "sv", "Samtal") == std::optional<std::size_t>(1));
    return doc;
}

std::optional<std::vector<std::size_t>> pathOf(std::initializer_list<std::size_t> indices)
{
    return std::vector<std::size_t>(indices);
}

std::string idAt(const PackageDocument& doc, const std::string& step, const std::vector<std::size_t>& path)
{
    return doc.text(questionPointer(step, path) + "/id");
}

} // namespace

TEST_CASE("ids are made from titles: Nordic letters folded, safe characters, never one taken", "[editor ids]")
{
    CHECK(makeId("Kultur och identitet", {}) == "kultur-och-identitet");
    CHECK(makeId("Åsa & Ömer: Ærø-café, Über!", {}) == "asa-omer-aero-cafe-uber");
    CHECK(makeId("  --Möte på vårdcentralen--  ", {}) == "mote-pa-vardcentralen");
    CHECK(makeId("ÅÄÖ ØÆ", {}) == "aao-oae");
    CHECK(makeId("", {}) == "item");
    CHECK(makeId("???", {}, "module") == "module");
    CHECK(makeId("Mötet", {"motet"}) == "motet-2");
    CHECK(makeId("Mötet", {"motet", "motet-2"}) == "motet-3");
    const std::string longId = makeId(std::string(100, 'a'), {std::string(64, 'a')});
    CHECK(longId.size() <= 64);
    CHECK(longId.substr(longId.size() - 2) == "-2");
}

TEST_CASE("a new package has the samples' field order, is unsaved, and asks for a first step",
          "[editor new]")
{
    TempDir tmp;
    PackageDocument doc = newPackageDocument(tmp / "kurs", "sv", "Mötet på biblioteket");
    CHECK(keysOf(doc.manifest()) == std::vector<std::string>{"format", "formatVersion", "id", "version",
                                                              "defaultLanguage", "languages", "title", "modules"});
    CHECK(doc.text("/id") == "local.motet-pa-biblioteket");
    CHECK(doc.text("/modules/0/id") == "motet-pa-biblioteket");
    CHECK(keysOf(doc.manifest()["modules"][0]) == std::vector<std::string>{"id", "kind", "title", "steps"});
    CHECK(doc.isModified());
    CHECK_FALSE(doc.canUndo());

    const LoadResult fresh = doc.validate();
    INFO(messages(fresh.problems));
    REQUIRE(fresh.problems.size() == 1);
    CHECK(fresh.problems[0].pointer == "/modules/0/steps");
    CHECK_THAT(fresh.problems[0].message, Contains("at least one step"));

    addStep(doc, 0, StepType::Text, "sv", "Läs först");
    CHECK(doc.validate().ok());
    REQUIRE(doc.save().ok());
    CHECK_FALSE(doc.isModified());
    CHECK(loadBundle(tmp / "kurs").ok());
}

TEST_CASE("each new step is one undo step with an id of its own and, for texts, its own file", "[editor steps]")
{
    TempDir tmp;
    PackageDocument doc = newPackageDocument(tmp / "kurs", "sv", "Mötet");
    REQUIRE(addModule(doc, "sv", "Mötet") == 1);
    CHECK(doc.text("/modules/1/id") == "motet-2");

    REQUIRE(addStep(doc, 0, StepType::Text, "sv", "Läs") == std::optional<std::size_t>(0));
    CHECK(doc.text("/modules/0/steps/0/id") == "motet-text");
    CHECK(doc.text("/modules/0/steps/0/markdown/sv") == "text/motet-text.sv.md");
    CHECK(doc.fileText("text/motet-text.sv.md") == "# Läs\n");
    REQUIRE(addStep(doc, 0, StepType::Text, "sv", "Läs mer"));
    CHECK(doc.text("/modules/0/steps/1/id") == "motet-text-2");
    REQUIRE(addStep(doc, 0, StepType::Activity, "sv", "Kort"));
    CHECK(keysOf(*doc.find("/modules/0/steps/2")) ==
          std::vector<std::string>{"id", "type", "activity", "title", "document"});
    CHECK(doc.text("/modules/0/steps/2/document/sv") == "activity/motet-activity.sv.md");
    CHECK(doc.text("/modules/0/steps/2/activity") == "worksheet");
    REQUIRE(addStep(doc, 0, StepType::Reflection, "sv", "Samtal"));
    CHECK(doc.find("/modules/0/steps/3/questions")->empty());
    REQUIRE(addStep(doc, 0, StepType::Film, "sv", "Film"));
    CHECK(doc.find("/modules/0/steps/4/video") == nullptr);
    CHECK_FALSE(addStep(doc, 7, StepType::Film, "sv", "Ingen modul"));

    doc.undo();
    doc.undo();
    doc.undo(); // the activity step and its file go together
    CHECK(doc.find("/modules/0/steps/2") == nullptr);
    CHECK(doc.pendingFiles().count("activity/motet-activity.sv.md") == 0);
    CHECK(doc.pendingFiles().count("text/motet-text.sv.md") == 1);
}

TEST_CASE("questions nest three levels deep, and indenting or moving them never changes their ids",
          "[editor questions]")
{
    TempDir tmp;
    PackageDocument doc = filmAndReflection(tmp / "kurs");
    const std::string step = stepPointer(0, 1);
    CHECK(addQuestion(doc, step, {}, "sv", "Vad hände?") == std::vector<std::size_t>{0});
    CHECK(addQuestion(doc, step, {0}, "sv", "Varför?") == std::vector<std::size_t>{1});
    CHECK(addQuestion(doc, step, {0}, "sv", "Hur?") == std::vector<std::size_t>{1}); // right after the first
    CHECK(idAt(doc, step, {0}) == "motet-reflection-q1");
    CHECK(idAt(doc, step, {1}) == "motet-reflection-q3");
    CHECK(idAt(doc, step, {2}) == "motet-reflection-q2");

    const auto sub = addSubQuestion(doc, step, {0}, "sv", "Vem?");
    REQUIRE(sub == pathOf({0, 0}));
    const auto subSub = addSubQuestion(doc, step, {0, 0}, "sv", "När?");
    REQUIRE(subSub == pathOf({0, 0, 0}));
    const std::string deepest = idAt(doc, step, {0, 0, 0});

    const std::string before = doc.serialize();
    const auto revision = doc.revision();
    CHECK_FALSE(addSubQuestion(doc, step, {0, 0, 0}, "sv", "En fjärde nivå"));
    CHECK_FALSE(indentQuestion(doc, step, {0, 0, 0})); // the first of its level
    CHECK_FALSE(indentQuestion(doc, step, {0}));       // the first at the top
    CHECK_FALSE(outdentQuestion(doc, step, {1}));      // already at the top
    CHECK_FALSE(moveQuestion(doc, step, {2}, +1));     // already last
    CHECK_FALSE(moveQuestion(doc, step, {0}, -1));     // already first
    CHECK(doc.serialize() == before);
    CHECK(doc.revision() == revision);
    CHECK_FALSE(doc.canRedo());

    // A whole branch moved in one level too deep is refused; moved as a leaf it is fine.
    const std::string q1 = idAt(doc, step, {0});
    CHECK(moveQuestion(doc, step, {0}, +1) == pathOf({1}));
    CHECK(idAt(doc, step, {1}) == q1);
    CHECK_FALSE(indentQuestion(doc, step, {1})); // its branch is already three deep
    const std::string hur = idAt(doc, step, {0});
    CHECK(indentQuestion(doc, step, {2}) == pathOf({1, 1}));
    CHECK(idAt(doc, step, {1, 0, 0}) == deepest);
    const std::string afterIndent = doc.serialize();
    CHECK(outdentQuestion(doc, step, {1, 1}) == pathOf({2}));
    CHECK(outdentQuestion(doc, step, {1, 0, 0}) == pathOf({1, 1}));
    CHECK(idAt(doc, step, {1, 1}) == deepest);
    CHECK(idAt(doc, step, {0}) == hur);
    doc.undo();
    doc.undo();
    CHECK(doc.serialize() == afterIndent);

    doc.set(stepPointer(0, 0) + "/video", "media/x.mp4");
    LoadOptions manifestOnly;
    manifestOnly.checkFiles = false;
    const LoadResult checked = doc.validate(manifestOnly);
    INFO(messages(checked.problems));
    CHECK_FALSE(hasErrors(checked.problems));
}

TEST_CASE("indenting a question and outdenting it again leaves the package as it was", "[editor questions]")
{
    TempDir tmp;
    PackageDocument doc = filmAndReflection(tmp / "kurs");
    const std::string step = stepPointer(0, 1);
    addQuestion(doc, step, {}, "sv", "Ett");
    addQuestion(doc, step, {}, "sv", "Två");
    doc.set(questionPointer(step, {0}) + "/minutes", 5);
    const std::string before = doc.serialize();
    const auto indented = indentQuestion(doc, step, {1});
    REQUIRE(indented == pathOf({0, 0}));
    CHECK(keysOf(*doc.find(questionPointer(step, {0}))) == std::vector<std::string>{"id", "text", "minutes", "questions"});
    CHECK(outdentQuestion(doc, step, *indented) == pathOf({1}));
    CHECK(doc.serialize() == before);
}

TEST_CASE("a question dragged to another place takes its sub-questions and ids along, never a fourth level",
          "[editor questions]")
{
    TempDir tmp;
    PackageDocument doc = filmAndReflection(tmp / "kurs");
    const std::string step = stepPointer(0, 1);
    addQuestion(doc, step, {}, "sv", "Ett");
    addQuestion(doc, step, {0}, "sv", "Två");
    addQuestion(doc, step, {1}, "sv", "Tre");
    addSubQuestion(doc, step, {2}, "sv", "Tre a");
    const std::string one = idAt(doc, step, {0});
    const std::string three = idAt(doc, step, {2});
    const std::string threeA = idAt(doc, step, {2, 0});

    // "Tre" with its sub-question, dropped on "Ett": it becomes Ett's first sub-question.
    CHECK(moveQuestionTo(doc, step, {2}, {0}, 0) == pathOf({0, 0}));
    CHECK(idAt(doc, step, {0, 0}) == three);
    CHECK(idAt(doc, step, {0, 0, 0}) == threeA);
    // Dropped at the top again, before "Ett".
    CHECK(moveQuestionTo(doc, step, {0, 0}, {}, 0) == pathOf({0}));
    CHECK(idAt(doc, step, {0}) == three);
    CHECK(idAt(doc, step, {1}) == one);
    CHECK(doc.find(questionPointer(step, {1}) + "/questions") == nullptr); // no empty list left behind
    // Dropped further down its own level: it lands where it was dropped.
    CHECK(moveQuestionTo(doc, step, {0}, {}, 3) == pathOf({2}));
    CHECK(idAt(doc, step, {2}) == three);

    const std::string before = doc.serialize();
    CHECK_FALSE(moveQuestionTo(doc, step, {2}, {2, 0}, 0)); // into its own sub-question
    addSubQuestion(doc, step, {0}, "sv", "Ett a");
    addSubQuestion(doc, step, {0, 0}, "sv", "Ett a i");
    const std::string withDepth = doc.serialize();
    CHECK_FALSE(moveQuestionTo(doc, step, {2}, {0, 0}, 0)); // Tre a would be a fourth level
    CHECK_FALSE(moveQuestionTo(doc, step, {2}, {}, 2));     // dropped where it is
    CHECK(doc.serialize() == withDepth);
    doc.undo();
    doc.undo();
    CHECK(doc.serialize() == before);
}

TEST_CASE("a module added and titled before its first save takes its id from the title; saved ids never change",
          "[editor ids]")
{
    TempDir tmp;
    PackageDocument doc = filmAndReflection(tmp / "kurs");
    const std::set<std::string> saved = itemIds(doc.manifest());
    const std::string firstModule = doc.text("/modules/0/id");
    const std::size_t added = addModule(doc, "sv", "Ny modul");
    const auto step = addStep(doc, added, StepType::Reflection, "sv", "Reflektera");
    REQUIRE(step);
    addQuestion(doc, stepPointer(added, *step), {}, "sv", "Vad tar du med dig?");
    REQUIRE(doc.text(modulePointer(added) + "/id") == "ny-modul");
    doc.set(modulePointer(added) + "/title/sv", "Kultur och identitet");
    doc.set("/modules/0/title/sv", "Ett helt nytt namn");

    CHECK(settleNewIds(doc, saved, "sv") == 3);
    CHECK(doc.text(modulePointer(added) + "/id") == "kultur-och-identitet");
    CHECK(doc.text(stepPointer(added, *step) + "/id") == "kultur-och-identitet-reflection");
    CHECK(doc.text(questionPointer(stepPointer(added, *step), {0}) + "/id") == "kultur-och-identitet-reflection-q1");
    CHECK(doc.text("/modules/0/id") == firstModule); // saved before: kept, whatever its title now
    CHECK(settleNewIds(doc, saved, "sv") == 0);      // settled once
    doc.undo();
    CHECK(doc.text(modulePointer(added) + "/id") == "ny-modul");
}

TEST_CASE("a question added and left without text is a problem at its place until it is written",
          "[editor questions]")
{
    TempDir tmp;
    PackageDocument doc = filmAndReflection(tmp / "kurs");
    doc.set(stepPointer(0, 0) + "/video", "media/x.mp4");
    const std::string step = stepPointer(0, 1);
    addQuestion(doc, step, {}, "sv", "");
    LoadOptions manifestOnly;
    manifestOnly.checkFiles = false;
    const LoadResult blank = doc.validate(manifestOnly);
    REQUIRE(hasErrors(blank.problems));
    CHECK(blank.problems.front().pointer == questionPointer(step, {0}) + "/text/sv");
    CHECK_THAT(blank.problems.front().message, Contains("is empty"));
    doc.setText(questionPointer(step, {0}) + "/text/sv", "Vad hände?");
    CHECK_FALSE(hasErrors(doc.validate(manifestOnly).problems));
}

TEST_CASE("suggested minutes add films, planned discussion and reading, rounded up", "[editor minutes]")
{
    const ManifestJson module = ManifestJson::parse(R"({"steps": [
        {"type": "film", "durationSeconds": 90},
        {"type": "reflection", "questions": [
            {"id": "a", "minutes": 10, "questions": [{"id": "b", "minutes": 2}]}, {"id": "c"}]},
        {"type": "text"}, {"type": "activity"}, {"type": "film"}]})");
    CHECK(suggestedMinutes(module) == 24); // 1.5 + 12 + 5 + 5 = 23.5
    CHECK(suggestedMinutes(ManifestJson::parse(R"({"steps": [{"type": "film", "durationSeconds": 120}]})")) == 2);
    CHECK(suggestedMinutes(ManifestJson::parse(R"({"steps": []})")) == 1);
    CHECK(suggestedMinutes(ManifestJson::parse("[]")) == 1);
}

TEST_CASE("a file brought into the package gets a safe name, a new one when taken, and is not copied twice",
          "[editor files]")
{
    TempDir tmp;
    const fs::path package = tmp / "kurs";
    writeFile(tmp / "Möte på Vårdcentralen.MP4", "film one");
    writeFile(tmp / "other" / "Möte på Vårdcentralen.MP4", "film two");

    const ImportedFile first = copyIntoPackage(package, tmp / "Möte på Vårdcentralen.MP4", "media");
    REQUIRE(first.ok());
    CHECK(first.relative == "media/mote-pa-vardcentralen.mp4");
    CHECK(readFile(package / first.relative) == "film one");

    const ImportedFile again = copyIntoPackage(package, tmp / "Möte på Vårdcentralen.MP4", "media");
    CHECK(again.relative == first.relative);
    CHECK(listTree(package / "media") == std::set<std::string>{"mote-pa-vardcentralen.mp4"});

    const ImportedFile clash = copyIntoPackage(package, tmp / "other" / "Möte på Vårdcentralen.MP4", "media");
    REQUIRE(clash.ok());
    CHECK(clash.relative == "media/mote-pa-vardcentralen-2.mp4");
    CHECK(readFile(package / clash.relative) == "film two");
    CHECK(readFile(package / first.relative) == "film one");

    const ImportedFile inside = copyIntoPackage(package, package / "media" / "mote-pa-vardcentralen-2.mp4", "images");
    CHECK(inside.relative == "media/mote-pa-vardcentralen-2.mp4");
    CHECK_FALSE(fs::exists(package / "images"));

    const ImportedFile missing = copyIntoPackage(package, tmp / "borta.mp4", "media");
    CHECK_FALSE(missing.ok());
    CHECK_THAT(missing.error, Contains("borta.mp4"));
}

TEST_CASE("a file brought in on a full disk names the file and the cause and leaves nothing", "[editor files][diskfull]")
{
    TinyDisk disk(256 * 1024);
    REFLEKT_REQUIRE_TINY_DISK(disk);
    TempDir tmp;
    writeFile(tmp / "film.mp4", std::string(64 * 1024, 'f'));
    fs::create_directories(disk.path() / "kurs" / "media");
    REQUIRE(disk.fill());
    const ImportedFile copied = copyIntoPackage(disk.path() / "kurs", tmp / "film.mp4", "media");
    CHECK_FALSE(copied.ok());
    CHECK_THAT(copied.error, Contains("film.mp4") && Contains("full"));
    CHECK(listTree(disk.path() / "kurs" / "media").empty());
}

TEST_CASE("a film brought into a film step sets its length; a file that is no film is refused", "[editor films]")
{
    TempDir tmp;
    PackageDocument doc = filmAndReflection(tmp / "kurs");
    const std::string step = stepPointer(0, 0);
    const ImportedFile film = importFilm(doc, step, kClip);
    INFO(film.error);
    REQUIRE(film.ok());
    CHECK(film.relative == "media/clip.mp4");
    CHECK(doc.text(step + "/video") == "media/clip.mp4");
    REQUIRE(doc.find(step + "/durationSeconds"));
    CHECK(doc.find(step + "/durationSeconds")->get<double>() == Approx(2.0).margin(0.1));
    CHECK(fs::exists(tmp / "kurs" / "media" / "clip.mp4"));
    doc.undo(); // one step
    CHECK(doc.find(step + "/video") == nullptr);
    CHECK(doc.find(step + "/durationSeconds") == nullptr);

    writeFile(tmp / "notes.mp4", "these are my notes, not a film\n");
    const auto revision = doc.revision();
    const ImportedFile text = importFilm(doc, step, tmp / "notes.mp4");
    CHECK_FALSE(text.ok());
    CHECK_THAT(text.error, Contains("notes.mp4") && Contains("cannot read the film's length") &&
                               Contains("MP4 and WebM"));
    CHECK(doc.revision() == revision);
    CHECK_FALSE(fs::exists(tmp / "kurs" / "media" / "notes.mp4"));
    CHECK_FALSE(importFilm(doc, stepPointer(0, 1), kClip).ok()); // a reflection takes no film
}

TEST_CASE("SRT captions become WebVTT beside the film and are listed for their language", "[editor captions]")
{
    TempDir tmp;
    PackageDocument doc = filmAndReflection(tmp / "kurs");
    const std::string step = stepPointer(0, 0);
    REQUIRE(importFilm(doc, step, kClip).ok());
    writeFile(tmp / "Undertexter.srt", "1\r\n00:00:00,500 --> 00:00:01,750\r\nHär är å ä ö\r\n\r\n");

    const ImportedFile captions = importCaptions(doc, step, tmp / "Undertexter.srt", "sv", "Svenska");
    INFO(captions.error << messages(captions.problems));
    REQUIRE(captions.ok());
    CHECK(captions.relative == "media/clip.sv.vtt");
    const VttResult vtt = parseWebVtt(readFile(tmp / "kurs" / captions.relative), "clip.sv.vtt");
    CHECK(vtt.ok());
    REQUIRE(vtt.cues.size() == 1);
    CHECK(vtt.cues[0].start == Approx(0.5));
    CHECK(vtt.cues[0].end == Approx(1.75));
    CHECK(vtt.cues[0].text == "Här är å ä ö");
    CHECK(*doc.find(step + "/captions") ==
          ManifestJson::parse(R"([{"language": "sv", "file": "media/clip.sv.vtt", "label": {"sv": "Svenska"}}])"));
    addQuestion(doc, stepPointer(0, 1), {}, "sv", "Vad såg du?");
    const LoadResult checked = doc.validate();
    INFO(messages(checked.problems));
    CHECK(checked.ok());

    // Brought in again (a WebVTT file this time): the Swedish entry is replaced, not doubled.
    writeFile(tmp / "Rättad.vtt", "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nRättad\n");
    const ImportedFile webvtt = importCaptions(doc, step, tmp / "Rättad.vtt", "sv", "Svenska");
    REQUIRE(webvtt.ok());
    CHECK(webvtt.relative == "media/rattad.vtt");
    CHECK(doc.find(step + "/captions")->size() == 1);
    CHECK(doc.text(step + "/captions/0/file") == "media/rattad.vtt");

    writeFile(tmp / "trasig.srt", "1\n00:00:05,000 --> later\nTrasig\n");
    const auto revision = doc.revision();
    const ImportedFile broken = importCaptions(doc, step, tmp / "trasig.srt", "sv", "Svenska");
    CHECK_FALSE(broken.ok());
    CHECK_THAT(broken.error, Contains("trasig.srt"));
    CHECK(doc.revision() == revision);
}
