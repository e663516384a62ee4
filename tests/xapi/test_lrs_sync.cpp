// The sender against a real LRS on loopback: a scripted self-study and a group session are synced
// and read back statement by statement; a conflicting and an invalid statement are set aside with
// the LRS's reason; then the LRS is frozen and killed in the middle of syncs and nothing is lost
// or counted twice.

#include "LrsProcess.h"

#include "core/Bundle.h"
#include "reporting/XapiSender.h"
#include "store/Store.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <set>

using namespace reflekt;
using namespace reflekt::testing;
using nlohmann::json;

namespace {

Bundle demoBundle()
{
    Bundle b;
    b.id = "org.example.kommun";
    b.version = "2.0.0";
    b.title.set("sv", "Bemötande i vardagen");
    Module m;
    m.id = "m1";
    m.title.set("sv", "Första mötet");
    Step film;
    film.id = "film";
    film.type = StepType::Film;
    film.title.set("sv", "Film");
    Step text;
    text.id = "text";
    text.type = StepType::Text;
    Step reflect;
    reflect.id = "reflect";
    reflect.type = StepType::Reflection;
    Question q;
    q.id = "q1";
    q.text.set("sv", "Vad tar du med dig?");
    reflect.questions.push_back(q);
    m.steps = {film, text, reflect};
    b.modules.push_back(m);
    return b;
}

// Waits for the sync to end; the error text ("" = all acknowledged).
QString waitForSync(XapiSender& sender, QSignalSpy& spy, int timeoutMs = 60'000)
{
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return QStringLiteral("no syncFinished within %1 ms").arg(timeoutMs);
    (void)sender;
    return spy.takeFirst().at(0).toString();
}

std::map<std::string, json> outboxById(Store& store, std::int64_t participant)
{
    std::map<std::string, json> out;
    const auto entries = store.outbox().statementsOf(participant);
    for (const auto& e : *entries.value)
        out[e.statementId] = json::parse(e.json);
    return out;
}

// What the LRS gives back must be what was queued: same actor, verb, object, result, context, time.
void checkSame(const json& queued, const json& stored)
{
    for (const char* key : {"actor", "verb", "object", "result", "context", "timestamp"}) {
        INFO(key << ": queued " << queued.dump() << "\nstored " << stored.dump());
        if (queued.contains(key))
            CHECK(stored.at(key) == queued.at(key));
        else
            CHECK_FALSE(stored.contains(key));
    }
}

} // namespace

TEST_CASE("statements reach a real LRS once each, through conflicts, freezes and restarts", "[xapi][lrs]")
{
    LrsProcess lrs;
    QString error;
    if (!lrs.start(error)) {
        if (LrsProcess::skipped()) {
            WARN(LrsProcess::skipReason().toStdString());
            return;
        }
        FAIL("could not start the LRS: " << error.toStdString());
    }
    QTemporaryDir dataDir;
    auto opened = Store::open(dataDir.path().toStdString());
    REQUIRE(opened.ok());
    Store& store = *opened.store;
    REQUIRE(store.outbox().setEndpoint(lrs.endpoint().toString().toStdString()).ok());
    REQUIRE(store.outbox().setHomePage("https://lrs.kommun.example").ok());
    const Bundle bundle = demoBundle();
    REQUIRE(store.bundles().recordSeen(bundle, "hash").ok());
    const auto anna = store.participants().create("Anna").value->id;
    const auto bo = store.participants().create("Bo").value->id;

    // A scripted self-study (Anna) ...
    const StepRef film{bundle.id, "m1", "film"};
    REQUIRE(store.progress().openStep(anna, film).ok());
    for (int s = 0; s < 60; s += 6)
        REQUIRE(
            store.progress().recordFilmProgress(anna, film, s + 6, {double(s), double(s + 6)}, 60, 0.9).ok());
    REQUIRE(store.progress().openStep(anna, {bundle.id, "m1", "text"}).ok());
    REQUIRE(store.progress().markCompleted(anna, {bundle.id, "m1", "text"}, CompletionHow::Alone).ok());
    REQUIRE(store.notes().save(anna, bundle.id, bundle.version, "q1", "Mitt hemliga svar").ok());
    REQUIRE(store.progress().markCompleted(anna, {bundle.id, "m1", "reflect"}, CompletionHow::Alone).ok());
    // ... and a group session (Anna and Bo, and a guest who gets nothing).
    auto session = store.sessions().start(bundle.id, bundle.version, "m1", "Fia", {anna, bo}, {"Gäst"});
    REQUIRE(session.ok());
    REQUIRE(store.sessions().finish(session.value->id, {"film", "text", "reflect"}).ok());

    XapiSender sender(store);
    sender.setEndpoint(lrs.endpoint());
    sender.setCredentials(QStringLiteral("key"), QStringLiteral("secret"));
    sender.setInterval(0);
    sender.setBatchSize(5);
    QSignalSpy finished(&sender, &XapiSender::syncFinished);

    // One statement the LRS already holds under another content (409), one it finds invalid (400).
    auto queued = outboxById(store, bo);
    const std::string conflicting = queued.begin()->first;
    json other = queued.begin()->second;
    other["verb"]["display"]["en-US"] = "something else";
    REQUIRE(lrs.post(QByteArray::fromStdString("[" + other.dump() + "]")) == 200);
    REQUIRE(store.outbox().setHomePage("not an IRL").ok());
    const auto cecilia = store.participants().create("Cecilia").value->id;
    REQUIRE(store.progress().openStep(cecilia, film).ok());
    REQUIRE(store.outbox().setHomePage("https://lrs.kommun.example").ok());

    sender.syncNow();
    CHECK(waitForSync(sender, finished).isEmpty());
    auto counts = *store.outbox().counts().value;
    CHECK(counts.pending == 0);
    CHECK(counts.rejected == 2);
    const auto rejected = *store.outbox().rejected().value;
    REQUIRE(rejected.size() == 2);
    CHECK(rejected[0].participantId == cecilia);
    CHECK_THAT(rejected[0].lastError, Catch::StartsWith("400") && Catch::Contains("homePage"));
    CHECK(rejected[1].statementId == conflicting);
    CHECK_THAT(rejected[1].lastError, Catch::StartsWith("409") && Catch::Contains("conflicting"));

    auto stored = lrs.statements(error);
    REQUIRE(stored);
    std::size_t expected = 1; // the conflicting one, posted by the test itself
    for (const auto who : {anna, bo}) {
        for (const auto& [id, statement] : outboxById(store, who)) {
            INFO(statement.dump());
            REQUIRE(stored->count(id) == 1);
            if (id != conflicting)
                checkSame(statement, json::parse(stored->at(id).toStdString()));
            expected += id != conflicting;
        }
    }
    CHECK(stored->size() == expected);
    std::string all;
    for (const auto& [id, body] : *stored)
        all += body.toStdString();
    CHECK(all.find("hemliga") == std::string::npos); // the note's text never left
    CHECK(all.find("Anna") == std::string::npos);    // nor the display name
    const auto annas = outboxById(store, anna);
    int launched = 0, progressed = 0, completed = 0, answered = 0, attended = 0;
    for (const auto& [id, s] : annas) {
        const std::string verb = s["verb"]["display"]["en-US"];
        launched += verb == "launched";
        progressed += verb == "progressed";
        completed += verb == "completed";
        answered += verb == "answered";
        attended += verb == "attended";
    }
    CHECK(launched == 1);
    CHECK(progressed == 10);
    CHECK(completed == 4); // film, text, reflect, the module
    CHECK(answered == 1);
    CHECK(attended == 1);

    // Frozen in the middle of a sync: the request in flight times out, then the LRS wakes up and
    // stores it after all. Sending it again must not count it twice.
    for (int i = 0; i < 300; ++i)
        REQUIRE(store.notes().save(bo, bundle.id, bundle.version, "x" + std::to_string(i), "svar").ok());
    sender.setBatchSize(20);
    sender.setRequestTimeout(1500);
    int batches = 0;
    auto freezeAfterThree = QObject::connect(&sender, &XapiSender::progressed, [&] {
        if (++batches == 3)
            lrs.freeze(true);
    });
    sender.syncNow();
    const QString frozenError = waitForSync(sender, finished);
    QObject::disconnect(freezeAfterThree);
    CHECK_FALSE(frozenError.isEmpty());
    CHECK(store.outbox().counts().value->pending > 0);
    lrs.freeze(false);
    sender.syncNow();
    CHECK(waitForSync(sender, finished).isEmpty());
    CHECK(store.outbox().counts().value->pending == 0);
    stored = lrs.statements(error);
    REQUIRE(stored);
    CHECK(stored->size() == expected + 300);

    // Killed in the middle of a sync and started again (its memory is empty then): every
    // statement not acknowledged before the kill arrives, once.
    for (int i = 0; i < 200; ++i)
        REQUIRE(store.notes().save(anna, bundle.id, bundle.version, "y" + std::to_string(i), "svar").ok());
    std::set<std::string> waiting;
    for (const auto& [id, s] : outboxById(store, anna))
        waiting.insert(id);
    for (const auto& [id, s] : *stored)
        waiting.erase(id);
    REQUIRE(waiting.size() == 200);
    batches = 0;
    std::set<std::string> ackedBeforeKill;
    auto killAfterTwo = QObject::connect(&sender, &XapiSender::progressed, [&] {
        if (++batches == 2) {
            const auto entries = store.outbox().statementsOf(anna);
            for (const auto& e : *entries.value)
                if (e.state == OutboxState::Sent && waiting.count(e.statementId))
                    ackedBeforeKill.insert(e.statementId);
            lrs.stopService();
        }
    });
    sender.syncNow();
    CHECK_FALSE(waitForSync(sender, finished).isEmpty());
    QObject::disconnect(killAfterTwo);
    CHECK(ackedBeforeKill.size() == 40);
    REQUIRE(lrs.startService());
    sender.syncNow();
    CHECK(waitForSync(sender, finished).isEmpty());
    counts = *store.outbox().counts().value;
    CHECK(counts.pending == 0);
    CHECK(counts.rejected == 2);
    stored = lrs.statements(error);
    REQUIRE(stored);
    CHECK(stored->size() == waiting.size() - ackedBeforeKill.size());
    for (const auto& id : waiting)
        CHECK(stored->count(id) == (ackedBeforeKill.count(id) ? 0u : 1u));
}
