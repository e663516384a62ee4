// The xAPI outbox: what a study session queues, that it is queued in the same transaction as the
// progress, that a note's text never leaves without the setting, and how the sender's marks work.

#include "core/Bundle.h"
#include "core/XapiIds.h"
#include "core/XapiStatement.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <set>

using namespace reflekt;
using namespace reflekt::testing;
using nlohmann::json;

namespace {

const std::string kSecret = "Jag tycker att chefen borde lyssna mer, åäö";

Bundle twoStepBundle()
{
    Bundle b;
    b.id = "org.example.demo";
    b.version = "1.2.0";
    b.title.set("sv", "Demopaket");
    Module m;
    m.id = "m1";
    m.title.set("sv", "Bemötande");
    Step film;
    film.id = "film";
    film.type = StepType::Film;
    film.title.set("sv", "Filmen");
    Step reflect;
    reflect.id = "reflect";
    reflect.type = StepType::Reflection;
    reflect.title.set("sv", "Reflektion");
    Question q;
    q.id = "q1";
    q.text.set("sv", "Vad såg du?");
    reflect.questions.push_back(q);
    m.steps = {film, reflect};
    b.modules.push_back(m);
    return b;
}

std::vector<json> queued(Store& store, std::int64_t participant)
{
    std::vector<json> out;
    const auto entries = store.outbox().statementsOf(participant);
    REQUIRE(entries.ok());
    for (const auto& e : *entries.value)
        out.push_back(json::parse(e.json));
    return out;
}

std::vector<std::string> verbs(const std::vector<json>& statements)
{
    std::vector<std::string> out;
    const std::string prefix = "urn:reflekt:activity:";
    for (const auto& s : statements) {
        std::string object = s["object"]["id"];
        if (object.rfind(prefix, 0) == 0)
            object = object.substr(prefix.size());
        out.push_back(s["verb"]["display"]["en-US"].get<std::string>() + " " + object);
    }
    return out;
}

} // namespace

TEST_CASE("a self-study queues launched, progressed per 10 %, completed and answered", "[outbox]")
{
    StoreTempDir dir;
    FakeClock clock;
    auto store = openOrFail(dir.path(), optionsWith(clock));
    REQUIRE(store->outbox().setHomePage("https://lrs.kommun.example").ok());
    const Bundle bundle = twoStepBundle();
    REQUIRE(store->bundles().recordSeen(bundle, "hash").ok());
    const auto anna = createParticipant(*store, "Anna Andersson");
    const StepRef film{bundle.id, "m1", "film"};

    REQUIRE(store->progress().openStep(anna, film).ok());
    clock.advance(kMinute);
    REQUIRE(store->progress().openStep(anna, film).ok()); // same sitting: no second "launched"
    REQUIRE(store->progress().recordFilmProgress(anna, film, 15, {0, 15}, 100, 0.9).ok());
    REQUIRE(store->progress().recordFilmProgress(anna, film, 22, {15, 22}, 100, 0.9).ok());
    REQUIRE(store->progress().recordFilmProgress(anna, film, 25, {22, 25}, 100, 0.9).ok()); // still 20 %
    REQUIRE(store->progress().recordFilmProgress(anna, film, 90, {25, 90}, 100, 0.9).ok());
    REQUIRE(store->progress().recordFilmProgress(anna, film, 95, {90, 95}, 100, 0.9).ok()); // 90 % again
    REQUIRE(store->notes().save(anna, bundle.id, bundle.version, "q1", "Första").ok());
    REQUIRE(store->notes().save(anna, bundle.id, bundle.version, "q1", "Första utkast, längre").ok());
    REQUIRE(store->progress().markCompleted(anna, {bundle.id, "m1", "reflect"}, CompletionHow::Alone).ok());
    REQUIRE(store->progress().markCompleted(anna, {bundle.id, "m1", "reflect"}, CompletionHow::Alone).ok());

    const auto statements = queued(*store, anna);
    CHECK(verbs(statements) == std::vector<std::string>{
                                   "launched org.example.demo/module/m1",
                                   "progressed org.example.demo/module/m1/step/film",
                                   "progressed org.example.demo/module/m1/step/film",
                                   "progressed org.example.demo/module/m1/step/film",
                                   "completed org.example.demo/module/m1/step/film",
                                   "answered org.example.demo/question/q1",
                                   "completed org.example.demo/module/m1/step/reflect",
                                   "completed org.example.demo/module/m1",
                               });
    std::set<std::string> ids;
    for (const auto& s : statements) {
        CHECK(XapiIds::isUuid(s["id"]));
        ids.insert(s["id"]);
        CHECK(s["actor"]["account"]["homePage"] == "https://lrs.kommun.example");
        CHECK(s["context"]["revision"] == "1.2.0");
        CHECK(s["context"]["contextActivities"]["grouping"][0]["id"] == "urn:reflekt:activity:org.example.demo");
        CHECK(s.dump().find("Anna") == std::string::npos); // the display name never leaves
    }
    CHECK(ids.size() == statements.size());
    const std::string account = statements[0]["actor"]["account"]["name"];
    CHECK(store->participants().find(anna).value->value().accountName == account);
    CHECK(statements[1]["result"]["extensions"][kXapiProgressExtension] == Approx(0.15));
    CHECK(statements[3]["result"]["extensions"][kXapiProgressExtension] == Approx(0.9));
    CHECK(statements[4]["object"]["definition"]["type"] == XapiIds::kTypeMedia);
    CHECK(statements[4]["object"]["definition"]["name"]["sv"] == "Filmen");
    CHECK(statements[4]["result"]["completion"] == true);
    CHECK(statements[5]["object"]["definition"]["name"]["sv"] == "Vad såg du?");
    CHECK_FALSE(statements[5].contains("result")); // no text without the setting
    CHECK(statements[7]["object"]["definition"]["name"]["sv"] == "Bemötande");

    // Coming back to the module after a break is a new sitting.
    clock.advance(2 * kHour);
    REQUIRE(store->progress().openStep(anna, film).ok());
    CHECK(verbs(queued(*store, anna)).back() == "launched org.example.demo/module/m1");
}

TEST_CASE("a note's text is never queued unless the organisation or bundle allows it", "[outbox]")
{
    StoreTempDir dir;
    FakeClock clock;
    auto store = openOrFail(dir.path(), optionsWith(clock));
    const auto anna = createParticipant(*store, "Anna");
    const auto allText = [&] {
        std::string all;
        for (const auto& s : queued(*store, anna))
            all += s.dump();
        return all;
    };
    REQUIRE(store->notes().save(anna, "b1", "1.0", "q1", kSecret).ok());
    REQUIRE(store->notes().save(anna, "b1", "1.0", "q2", kSecret + " igen").ok());
    REQUIRE(store->notes().save(anna, "b1", "1.0", "q1", kSecret + ", ändrad").ok());
    CHECK(queued(*store, anna).size() == 2); // answered q1 and q2; the edit adds nothing
    CHECK(allText().find("chefen") == std::string::npos);

    // Allowed for bundle b2 only: b2's answers carry the text, b1's still do not.
    REQUIRE(store->outbox().setIncludeNoteText("b2", true).ok());
    REQUIRE(store->notes().save(anna, "b1", "1.0", "q3", kSecret).ok());
    CHECK(allText().find("chefen") == std::string::npos);
    REQUIRE(store->notes().save(anna, "b2", "1.0", "q1", kSecret).ok());
    auto last = queued(*store, anna).back();
    CHECK(last["result"]["response"] == kSecret);

    // With the text, an edit replaces the answer that has not left the laptop yet ...
    REQUIRE(store->notes().save(anna, "b2", "1.0", "q1", "Omskrivet svar").ok());
    auto all = queued(*store, anna);
    CHECK(all.size() == 4);
    CHECK(all.back()["result"]["response"] == "Omskrivet svar");
    // ... but once handed to the sender it stays, and the next edit is a new statement.
    REQUIRE(store->outbox().takeBatch(50).ok());
    REQUIRE(store->notes().save(anna, "b2", "1.0", "q1", "Tredje versionen").ok());
    CHECK(queued(*store, anna).size() == 5);

    // The organisation's default, and a bundle overriding it.
    REQUIRE(store->outbox().setIncludeNoteText("", true).ok());
    REQUIRE(store->outbox().setIncludeNoteText("b3", false).ok());
    CHECK(*store->outbox().includeNoteText("b1").value);
    CHECK_FALSE(*store->outbox().includeNoteText("b3").value);
    REQUIRE(store->notes().save(anna, "b3", "1.0", "q1", "hemligt i b3").ok());
    CHECK(allText().find("hemligt i b3") == std::string::npos);
}

TEST_CASE("statements are queued in the progress's transaction: a rolled-back save queues nothing", "[outbox]")
{
    StoreTempDir dir;
    FakeClock clock;
    auto store = openOrFail(dir.path(), optionsWith(clock));
    const auto anna = createParticipant(*store, "Anna");
    const auto file = dir.path() / "reflekt.db";

    SECTION("the outbox refuses: the note is not saved either")
    {
        rawExec(file, "CREATE TRIGGER no_outbox BEFORE INSERT ON xapi_outbox "
                      "BEGIN SELECT RAISE(ABORT, 'outbox full'); END;");
        CHECK_FALSE(store->notes().save(anna, "b", "1.0", "q1", "svar").ok());
        CHECK_FALSE(store->notes().load(anna, "b", "q1").value->has_value());
        CHECK(store->outbox().counts().value->pending == 0);
    }
    SECTION("the completion fails after 'progressed' was queued: neither is kept")
    {
        rawExec(file, "CREATE TRIGGER no_completion BEFORE UPDATE OF state ON step_progress "
                      "WHEN new.state = 'completed' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;");
        const StepRef film{"b", "m1", "film"};
        REQUIRE(store->progress().recordFilmProgress(anna, film, 50, {0, 50}, 100, 0.9).ok());
        const int before = store->outbox().counts().value->pending; // progressed 10 % .. 50 %: one
        CHECK(before == 1);
        CHECK_FALSE(store->progress().recordFilmProgress(anna, film, 95, {50, 95}, 100, 0.9).ok());
        CHECK(store->outbox().counts().value->pending == before);
        CHECK((*store->progress().stepProgress(anna, film).value)->watchedShare == Approx(0.5));
    }
}

TEST_CASE("a group session queues 'attended' with the session as context, for profiles only", "[outbox]")
{
    StoreTempDir dir;
    FakeClock clock;
    auto store = openOrFail(dir.path(), optionsWith(clock));
    const Bundle bundle = twoStepBundle();
    REQUIRE(store->bundles().recordSeen(bundle, "hash").ok());
    const auto anna = createParticipant(*store, "Anna");
    const auto bo = createParticipant(*store, "Bo");
    auto session = store->sessions().start(bundle.id, bundle.version, "m1", "Fia", {anna, bo}, {"Gäst"});
    REQUIRE(session.ok());
    REQUIRE(store->progress().markCompleted(bo, {bundle.id, "m1", "film"}, CompletionHow::Alone).ok());
    clock.advance(75 * kMinute);
    REQUIRE(store->sessions().finish(session.value->id, {"film", "reflect"}).ok());
    REQUIRE(store->sessions().finish(session.value->id, {"film", "reflect"}).ok()); // twice: nothing new

    const auto forAnna = queued(*store, anna);
    CHECK(verbs(forAnna) == std::vector<std::string>{"attended " + forAnna[0]["object"]["id"].get<std::string>(),
                                                     "completed org.example.demo/module/m1/step/film",
                                                     "completed org.example.demo/module/m1/step/reflect",
                                                     "completed org.example.demo/module/m1"});
    const std::string sessionIri = forAnna[0]["object"]["id"];
    CHECK(sessionIri.rfind("urn:reflekt:session:", 0) == 0);
    CHECK(forAnna[0]["object"]["definition"]["type"] == XapiIds::kTypeMeeting);
    CHECK(forAnna[0]["result"]["duration"] == "PT1H15M");
    CHECK(forAnna[0]["context"]["contextActivities"]["parent"][0]["id"] ==
          "urn:reflekt:activity:org.example.demo/module/m1");
    CHECK(forAnna[1]["context"]["contextActivities"]["other"][0]["id"] == sessionIri);
    // Bo had the film already: film (alone), then attended, reflect, module. The facilitator and
    // the guest get nothing.
    const auto forBo = queued(*store, bo);
    CHECK(forBo.size() == 4);
    CHECK(forBo[1]["object"]["id"] == sessionIri);
    CHECK(store->outbox().counts().value->pending == 8);
}

TEST_CASE("the sender's marks: sent leaves, rejected stays aside with its reason, retry waits", "[outbox]")
{
    StoreTempDir dir;
    FakeClock clock;
    auto store = openOrFail(dir.path(), optionsWith(clock));
    const auto anna = createParticipant(*store, "Anna");
    for (int i = 0; i < 5; ++i)
        REQUIRE(store->notes().save(anna, "b", "1.0", "q" + std::to_string(i), "svar").ok());

    const auto batch = store->outbox().takeBatch(3);
    REQUIRE(batch.value->size() == 3);
    CHECK(batch.value->front().attempts == 1);
    REQUIRE(store->outbox().markSent({batch.value->at(0).statementId}).ok());
    REQUIRE(store->outbox().markRejected(batch.value->at(1).statementId, "409: conflicting").ok());
    REQUIRE(store->outbox().retryLater({batch.value->at(2).statementId}, "network down", clock.now() + kMinute).ok());

    auto counts = *store->outbox().counts().value;
    CHECK(counts.sent == 1);
    CHECK(counts.rejected == 1);
    CHECK(counts.pending == 3);
    CHECK(store->outbox().rejected().value->front().lastError == "409: conflicting");
    // The one waiting for its retry is not due yet; the two never tried are.
    auto next = store->outbox().takeBatch(50);
    REQUIRE(next.value->size() == 2);
    REQUIRE(store->outbox().markSent({next.value->at(0).statementId, next.value->at(1).statementId}).ok());
    CHECK(store->outbox().takeBatch(50).value->empty());
    clock.advance(kMinute);
    next = store->outbox().takeBatch(50);
    REQUIRE(next.value->size() == 1);
    CHECK(next.value->front().statementId == batch.value->at(2).statementId);
    CHECK(next.value->front().attempts == 2);
    // A refused statement is never handed out again, and is left out of an export.
    CHECK(store->outbox().statementsOf(anna).value->size() == 4);

    REQUIRE(store->outbox().recordSync(clock.now(), "").ok());
    CHECK(*store->outbox().lastSuccessfulSync().value == clock.now());
    REQUIRE(store->outbox().recordSync(clock.now() + 5, "the LRS did not answer").ok());
    CHECK(*store->outbox().lastSyncError().value == "the LRS did not answer");
    CHECK(*store->outbox().lastSuccessfulSync().value == clock.now());
}
