// A group session over several meetings: who came to which, what the wall showed in each, where
// the group stopped, and who is credited with which step when the series is finished.

#include "store_test_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

bool completed(Store& store, std::int64_t pid, const std::string& step)
{
    const auto p = store.progress().stepProgress(pid, {"b", "m1", step});
    REQUIRE(p.ok());
    return p.value->has_value() && (*p.value)->completed;
}

std::vector<std::string> names(Store& store, const std::vector<Attendee>& people)
{
    std::vector<std::string> out;
    for (const Attendee& a : people) {
        if (!a.participantId) {
            out.push_back(a.guestName + " (guest)");
            continue;
        }
        const auto p = store.participants().find(*a.participantId);
        out.push_back((*p.value)->displayName);
    }
    return out;
}

} // namespace

TEST_CASE("a series: attendance per meeting, items per meeting, resume point, credit for those present",
          "[sessions][series]")
{
    StoreTempDir dir;
    FakeClock clock;
    auto store = openOrFail(dir.path(), optionsWith(clock));
    const auto anna = createParticipant(*store, "Anna Åberg");
    const auto bo = createParticipant(*store, "Bo Ek");
    const auto cai = createParticipant(*store, "Cai Öst");
    SessionRepository& sessions = store->sessions();

    // Meeting 1: Anna and the guest Gun. The film and the first question.
    auto started = sessions.start("b", "1.0", "m1", "Fia", {anna}, {"Gun"}, {"film", "reflect"});
    INFO(started.error);
    REQUIRE(started.ok());
    const std::int64_t id = started.value->id;
    CHECK(started.value->plannedSteps == std::vector<std::string>{"film", "reflect"});
    REQUIRE(started.value->meetings.size() == 1);
    CHECK(started.value->openMeeting() != nullptr);
    clock.advance(5 * kMinute);
    REQUIRE(sessions.recordShown(id, {"film", ""}).ok());
    clock.advance(20 * kMinute);
    REQUIRE(sessions.recordShown(id, {"reflect", "q1"}).ok());
    REQUIRE(sessions.recordShown(id, {"film", ""}).ok()); // back to the film: still once
    REQUIRE(sessions.recordShown(id, {"reflect", "q1"}).ok());
    clock.advance(10 * kMinute);
    REQUIRE(sessions.endMeeting(id).ok());

    // A week later. The session is open, with one ended meeting and where the group stopped.
    clock.advance(7 * kDay);
    store.reset();
    store = openOrFail(dir.path(), optionsWith(clock));
    SessionRepository& again = store->sessions();
    auto kept = *again.find(id).value;
    REQUIRE(kept.has_value());
    CHECK_FALSE(kept->endedMs);
    CHECK(kept->openMeeting() == nullptr);
    REQUIRE(kept->resumeAt.has_value());
    CHECK(*kept->resumeAt == SessionItemKey{"reflect", "q1"});
    CHECK(kept->meetings[0].endedMs == kept->meetings[0].startedMs + 35 * kMinute);
    CHECK(kept->meetings[0].shown == std::vector<SessionItemKey>{{"film", ""}, {"reflect", "q1"}});
    CHECK(kept->wasShown({"film", ""}));
    CHECK_FALSE(kept->wasShown({"reflect", "q2"}));

    // Meeting 2: Anna again, Bo comes late to the series, Gun (typed in other case) and a new guest.
    auto second = again.startMeeting(id, {anna, bo}, {"gun", "Øyvind"});
    INFO(second.error);
    REQUIRE(second.ok());
    REQUIRE(second.value->meetings.size() == 2);
    const SessionMeeting& m2 = second.value->meetings[1];
    CHECK(m2.number == 2);
    CHECK(names(*store, m2.attendees) == std::vector<std::string>{"Anna Åberg", "Gun (guest)", "Bo Ek", "Øyvind (guest)"});
    CHECK(names(*store, second.value->meetings[0].attendees) == std::vector<std::string>{"Anna Åberg", "Gun (guest)"});
    CHECK(second.value->attendees.size() == 4); // the roster of the series: Gun once
    clock.advance(15 * kMinute);
    REQUIRE(again.recordShown(id, {"reflect", "q2"}).ok());
    clock.advance(15 * kMinute);
    REQUIRE(again.finish(id, {"film", "reflect", "extra"}).ok());

    // Anna was at both: everything. Bo only saw the second question: the reflection (part of it was
    // covered while he was there) but not the film. "extra" was never on the wall: those at the
    // last meeting. Cai never came.
    CHECK(completed(*store, anna, "film"));
    CHECK(completed(*store, anna, "reflect"));
    CHECK(completed(*store, anna, "extra"));
    CHECK_FALSE(completed(*store, bo, "film"));
    CHECK(completed(*store, bo, "reflect"));
    CHECK(completed(*store, bo, "extra"));
    CHECK_FALSE(completed(*store, cai, "reflect"));

    auto done = **again.find(id).value;
    CHECK(done.endedMs == clock.now());
    CHECK(done.meetings[1].endedMs == clock.now());
    CHECK(done.meetings[1].shown == std::vector<SessionItemKey>{{"reflect", "q2"}});
    CHECK(again.listForParticipant(bo).value->size() == 1);
    // Attended once per profile of the series, plus a completion per credit.
    CHECK(store->outbox().counts().value->pending == 2 + 3 + 2);
}

TEST_CASE("a series: a meeting the laptop never ended is closed at its last activity", "[sessions][series]")
{
    StoreTempDir dir;
    FakeClock clock;
    auto store = openOrFail(dir.path(), optionsWith(clock));
    const auto anna = createParticipant(*store, "Anna");
    auto started = store->sessions().start("b", "1.0", "m1", "Fia", {anna}, {});
    REQUIRE(started.ok());
    const std::int64_t id = started.value->id;
    clock.advance(12 * kMinute);
    REQUIRE(store->sessions().recordShown(id, {"film", ""}).ok());
    // The battery dies; Reflekt is started again the next day.
    clock.advance(kDay);
    store.reset();
    store = openOrFail(dir.path(), optionsWith(clock));
    auto next = store->sessions().startMeeting(id, {anna}, {});
    REQUIRE(next.ok());
    const auto& first = next.value->meetings[0];
    CHECK(first.endedMs == first.startedMs + 12 * kMinute);
    CHECK_FALSE(next.value->meetings[1].endedMs);

    // Nothing to continue once the session is finished.
    REQUIRE(store->sessions().finish(id, {}).ok());
    auto refused = store->sessions().startMeeting(id, {anna}, {});
    CHECK_FALSE(refused.ok());
    CHECK_THAT(refused.error, Catch::Contains("already been finished"));
    CHECK_FALSE(store->sessions().recordShown(id, {"film", ""}).ok());
}
