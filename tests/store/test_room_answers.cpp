// What the room sent, as the store keeps it: with its session and meeting, through a restart,
// what the facilitator chose for the minutes, and a clear refusal on a full disk.

#include "TinyDisk.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

std::vector<std::string> texts(const std::vector<StoredRoomAnswer>& answers)
{
    std::vector<std::string> out;
    for (const auto& a : answers)
        out.push_back(a.text);
    return out;
}

} // namespace

TEST_CASE("room answers survive a restart, in order, with their meeting and nothing about the phone",
          "[room]")
{
    StoreTempDir dir;
    FakeClock clock;
    std::int64_t sessionId = 0;
    {
        auto store = openOrFail(dir.path(), optionsWith(clock));
        const auto anna = createParticipant(*store, "Anna Åberg");
        auto started = store->sessions().start("b", "1.0", "m1", "Fia", {anna}, {});
        REQUIRE(started.ok());
        sessionId = started.value->id;
        clock.advance(1234);
        REQUIRE(store->roomAnswers().add(sessionId, "q1", "Trygghet är att bli sedd").ok());
        REQUIRE(store->roomAnswers().add(sessionId, "q1", "<script>alert(1)</script>").ok());
        REQUIRE(store->roomAnswers().add(sessionId, "q2", "Tolk från början").ok());
        REQUIRE(store->sessions().endMeeting(sessionId).ok());
        clock.advance(kDay);
        REQUIRE(store->sessions().startMeeting(sessionId, {anna}, {}).ok());
        REQUIRE(store->roomAnswers().add(sessionId, "q1", "Nästa möte: åäö").ok());
    }
    auto store = openOrFail(dir.path(), optionsWith(clock));
    const auto q1 = store->roomAnswers().forQuestion(sessionId, "q1");
    REQUIRE(q1.ok());
    CHECK(texts(*q1.value) ==
          std::vector<std::string>{"Trygghet är att bli sedd", "<script>alert(1)</script>", "Nästa möte: åäö"});
    CHECK((*q1.value)[0].meetingNumber == 1);
    CHECK((*q1.value)[2].meetingNumber == 2);
    CHECK((*q1.value)[0].receivedMs % 1000 == 0); // cut to the second
    // The table has no column that could tell the phones apart.
    const std::string columns = rawText(dir.path() / "reflekt.db",
                                        "SELECT group_concat(name, ',') FROM pragma_table_info('room_answer')");
    CHECK(columns == "id,session_id,meeting_id,question_id,body,received_ms,hidden,shown,in_minutes");
}

TEST_CASE("room answers go into the minutes only as the facilitator chose", "[room]")
{
    StoreTempDir dir;
    FakeClock clock;
    auto store = openOrFail(dir.path(), optionsWith(clock));
    auto started = store->sessions().start("b", "1.0", "m1", "Fia", {}, {"Gun"});
    REQUIRE(started.ok());
    const auto id = started.value->id;
    RoomAnswerRepository& room = store->roomAnswers();
    const auto a = room.add(id, "q1", "visad");
    const auto b = room.add(id, "q1", "bara vald");
    const auto c = room.add(id, "q1", "dold efter visning");
    const auto d = room.add(id, "q1", "aldrig vald");
    const auto e = room.add(id, "q1", "visad men bortvald");
    REQUIRE((a.ok() && b.ok() && c.ok() && d.ok() && e.ok()));
    REQUIRE(room.markShown(a.value->id).ok());
    REQUIRE(room.setInMinutes(b.value->id, true).ok());
    REQUIRE(room.markShown(c.value->id).ok());
    REQUIRE(room.setHidden(c.value->id, true).ok());
    REQUIRE(room.markShown(e.value->id).ok());
    REQUIRE(room.setInMinutes(e.value->id, false).ok());
    REQUIRE(room.markShown(e.value->id).ok()); // shown again: the choice to leave it out stands
    const auto minutes = room.forMinutes(id);
    REQUIRE(minutes.ok());
    CHECK(texts(*minutes.value) == std::vector<std::string>{"visad", "bara vald"});
    // Deleting the session deletes what the room sent with it.
    rawExec(dir.path() / "reflekt.db", "PRAGMA foreign_keys=ON; DELETE FROM group_session");
    CHECK(room.forQuestion(id, "q1").value->empty());
}

TEST_CASE("room answers on a full disk: a clear refusal that names the database, then it works again",
          "[room][diskfull]")
{
    TinyDisk disk(2 * 1024 * 1024);
    REFLEKT_REQUIRE_TINY_DISK(disk);
    const auto dataDir = disk.path() / "data";
    auto store = openOrFail(dataDir);
    auto started = store->sessions().start("b", "1.0", "m1", "Fia", {}, {"Gun"});
    REQUIRE(started.ok());
    REQUIRE(disk.fill());
    std::string error;
    for (int i = 0; i < 200 && error.empty(); ++i) // the first pages may still fit
        error = store->roomAnswers().add(started.value->id, "q1", std::string(4000, 'x') + std::to_string(i)).error;
    INFO(error);
    CHECK_THAT(error, Catch::Contains("is full"));
    CHECK_THAT(error, Catch::Contains("reflekt.db") || Catch::Contains(dataDir.string()));
    disk.unfill();
    CHECK(store->roomAnswers().add(started.value->id, "q1", "efteråt").ok());
}
