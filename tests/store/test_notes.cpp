// Reflection notes: what a participant wrote survives restarts, can be taken back, and stays theirs.

#include "store_test_support.h"

#include <catch2/catch.hpp>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

const std::string kBundle = "se.example.bemotande";

std::string loadText(Store& store, std::int64_t pid, const std::string& question)
{
    auto note = store.notes().load(pid, kBundle, question);
    INFO(note.error);
    REQUIRE(note.ok());
    REQUIRE(note.value->has_value());
    return (*note.value)->text;
}

} // namespace

TEST_CASE("a note survives closing and reopening the store", "[notes]")
{
    StoreTempDir dir;
    std::int64_t anna = 0;
    {
        auto store = openOrFail(dir.path());
        anna = createParticipant(*store, "Anna");
        auto saved = store->notes().save(anna, kBundle, "1.0", "m1.q1", "Jag tänker på mötet i går, åäö.");
        INFO(saved.error);
        REQUIRE(saved.ok());
        CHECK(saved.value->changed);
    }
    auto store = openOrFail(dir.path());
    CHECK(loadText(*store, anna, "m1.q1") == "Jag tänker på mötet i går, åäö.");
    auto note = store->notes().load(anna, kBundle, "m1.q1");
    CHECK((*note.value)->bundleVersion == "1.0");
    // A clean close checkpoints: nothing is left in a WAL file.
    store.reset();
    std::error_code ec;
    const auto wal = dir.path() / "reflekt.db-wal";
    CHECK((!std::filesystem::exists(wal) || std::filesystem::file_size(wal, ec) == 0));
}

TEST_CASE("an accidentally deleted note can be restored from its history", "[notes]")
{
    StoreTempDir dir;
    FakeClock clock;
    auto store = openOrFail(dir.path(), optionsWith(clock));
    const auto anna = createParticipant(*store, "Anna");

    REQUIRE(store->notes().save(anna, kBundle, "1.0", "q1", "first thought").ok());
    clock.advance(kMinute);
    REQUIRE(store->notes().save(anna, kBundle, "1.0", "q1", "first thought, and a second").ok());
    clock.advance(kMinute);
    REQUIRE(store->notes().save(anna, kBundle, "1.0", "q1", "").ok()); // select all, delete, autosave
    CHECK(loadText(*store, anna, "q1").empty());

    auto history = store->notes().history(anna, kBundle, "q1");
    REQUIRE(history.ok());
    REQUIRE(history.value->size() == 3);
    CHECK(history.value->at(0).text.empty()); // newest first
    CHECK(history.value->at(1).text == "first thought, and a second");
    CHECK(history.value->at(2).text == "first thought");

    clock.advance(kMinute);
    auto restored = store->notes().restoreRevision(anna, history.value->at(1).id);
    INFO(restored.error);
    REQUIRE(restored.ok());
    CHECK(loadText(*store, anna, "q1") == "first thought, and a second");
    // Restoring is a new save: the empty text is still in the history, nothing was overwritten.
    CHECK(store->notes().history(anna, kBundle, "q1").value->size() == 4);
}

TEST_CASE("saving unchanged text adds no revision", "[notes]")
{
    StoreTempDir dir;
    auto store = openOrFail(dir.path());
    const auto anna = createParticipant(*store, "Anna");
    REQUIRE(store->notes().save(anna, kBundle, "1.0", "q1", "same").ok());
    auto again = store->notes().save(anna, kBundle, "1.0", "q1", "same");
    REQUIRE(again.ok());
    CHECK_FALSE(again.value->changed);
    CHECK(store->notes().history(anna, kBundle, "q1").value->size() == 1);
}

TEST_CASE("thinning old revisions keeps the latest text and a useful history", "[notes]")
{
    StoreTempDir dir;
    FakeClock clock;
    auto store = openOrFail(dir.path(), optionsWith(clock));
    const auto anna = createParticipant(*store, "Anna");

    // Three days of writing, a save every 4 minutes for 2 hours each day.
    int n = 0;
    for (int day = 0; day < 3; ++day) {
        for (int minute = 0; minute < 120; minute += 4) {
            REQUIRE(store->notes().save(anna, kBundle, "1.0", "q1", "version " + std::to_string(++n)).ok());
            clock.advance(4 * kMinute);
        }
        clock.advance(kDay - 120 * kMinute);
    }
    // Two days later the participant opens the note and types once more.
    clock.advance(2 * kDay);
    REQUIRE(store->notes().save(anna, kBundle, "1.0", "q1", "the latest words").ok());

    CHECK(loadText(*store, anna, "q1") == "the latest words");
    auto history = store->notes().history(anna, kBundle, "q1");
    REQUIRE(history.ok());
    CHECK(history.value->front().text == "the latest words");
    // 91 saves thinned to the newest + one per earlier day (all older than a day).
    CHECK(history.value->size() == 4);
    CHECK(history.value->at(1).text == "version 90"); // the last text of each day survives
    CHECK(history.value->at(2).text == "version 60");
    CHECK(history.value->at(3).text == "version 30");
}

TEST_CASE("revisions of the last hour are all kept, older ones one per ten minutes", "[notes]")
{
    StoreTempDir dir;
    FakeClock clock;
    auto store = openOrFail(dir.path(), optionsWith(clock));
    const auto anna = createParticipant(*store, "Anna");
    // 3 hours of a save every minute, starting on a 10-minute boundary.
    clock.set(clock.now() - clock.now() % (10 * kMinute));
    for (int i = 1; i <= 180; ++i) {
        REQUIRE(store->notes().save(anna, kBundle, "1.0", "q1", "v" + std::to_string(i)).ok());
        clock.advance(kMinute);
    }
    auto history = store->notes().history(anna, kBundle, "q1").value.value();
    // now = start + 180 min: the last 60 saves are within the hour; the 120 before, 12 slots of 10.
    CHECK(history.size() == 60 + 12);
    CHECK(history.front().text == "v180");
}

TEST_CASE("one participant never sees another participant's notes", "[notes][privacy]")
{
    StoreTempDir dir;
    auto store = openOrFail(dir.path());
    const auto anna = createParticipant(*store, "Anna");
    const auto bo = createParticipant(*store, "Bo");
    REQUIRE(store->notes().save(anna, kBundle, "1.0", "q1", "Annas privata tanke").ok());
    REQUIRE(store->notes().save(bo, kBundle, "1.0", "q2", "Bos tanke").ok());

    auto boNote = store->notes().load(bo, kBundle, "q1");
    REQUIRE(boNote.ok());
    CHECK_FALSE(boNote.value->has_value());
    auto boAll = store->notes().loadForBundle(bo, kBundle);
    REQUIRE(boAll.ok());
    REQUIRE(boAll.value->size() == 1);
    CHECK(boAll.value->front().text == "Bos tanke");
    CHECK(store->notes().loadForQuestions(bo, kBundle, {"q1", "q2"}).value->size() == 1);
    CHECK(store->notes().history(bo, kBundle, "q1").value->empty());

    // Bo cannot restore Anna's revision into his own view either.
    auto annaRevision = store->notes().history(anna, kBundle, "q1").value->front().id;
    auto stolen = store->notes().restoreRevision(bo, annaRevision);
    CHECK_FALSE(stolen.ok());
    CHECK(store->notes().loadForBundle(bo, kBundle).value->size() == 1);
    CHECK(loadText(*store, anna, "q1") == "Annas privata tanke");
}

TEST_CASE("notes of a module come back in the module's question order", "[notes]")
{
    StoreTempDir dir;
    auto store = openOrFail(dir.path());
    const auto anna = createParticipant(*store, "Anna");
    for (const auto* q : {"b", "a", "c", "other"})
        REQUIRE(store->notes().save(anna, kBundle, "1.0", q, std::string("text ") + q).ok());
    auto notes = store->notes().loadForQuestions(anna, kBundle, {"c", "a", "b"});
    REQUIRE(notes.ok());
    REQUIRE(notes.value->size() == 3);
    CHECK(notes.value->at(0).questionId == "c");
    CHECK(notes.value->at(1).questionId == "a");
    CHECK(notes.value->at(2).questionId == "b");
}

TEST_CASE("a note whose question disappeared in a new bundle version is kept and traced", "[notes][bundles]")
{
    StoreTempDir dir;
    FakeClock clock;
    auto store = openOrFail(dir.path(), optionsWith(clock));
    const auto anna = createParticipant(*store, "Anna");
    REQUIRE(store->bundles().recordSeen(kBundle, "1.0", "hash-a", {{"m1", "q1"}, {"m1", "q-old"}}).ok());
    REQUIRE(store->notes().save(anna, kBundle, "1.0", "q-old", "written for the old question").ok());
    REQUIRE(store->notes().save(anna, kBundle, "1.0", "q1", "still asked").ok());
    clock.advance(kDay);
    REQUIRE(store->bundles().recordSeen(kBundle, "2.0", "hash-b", {{"m1", "q1"}, {"m2", "q-new"}}).ok());

    auto orphans = store->notes().orphanedNotes(anna, kBundle, "2.0");
    INFO(orphans.error);
    REQUIRE(orphans.ok());
    REQUIRE(orphans.value->size() == 1);
    CHECK(orphans.value->front().note.text == "written for the old question");
    CHECK(orphans.value->front().lastVersionWithQuestion == "1.0");
    CHECK(orphans.value->front().moduleId == "m1");
    // Still loadable as a normal note: nothing was deleted.
    CHECK(store->notes().loadForBundle(anna, kBundle).value->size() == 2);
    auto versions = store->bundles().versions(kBundle);
    REQUIRE(versions.value->size() == 2);
    CHECK(versions.value->front().version == "2.0");
}
