#include "store/OutboxWriter.h"

#include "core/Bundle.h"
#include "core/XapiIds.h"
#include "store/Database.h"

#include <cmath>

namespace reflekt {

namespace {

// A new sitting (and so a new "launched") when the person comes back to a module after this long.
constexpr TimeMs kSittingGapMs = 30LL * 60 * 1000;
constexpr const char* kDefaultHomePage = "https://reflekt.invalid";

std::string titleJson(const LocalizedText& text)
{
    return nlohmann::json(text.values()).dump();
}

LocalizedText titleFrom(const std::string& json)
{
    const auto parsed = nlohmann::json::parse(json, nullptr, false);
    LocalizedText out;
    if (parsed.is_object())
        for (const auto& [language, value] : parsed.items())
            if (value.is_string())
                out.set(language, value.get<std::string>());
    return out;
}

// "https://lrs.example.org/xapi/" -> "https://lrs.example.org"
std::string originOf(const std::string& url)
{
    const auto scheme = url.find("://");
    if (scheme == std::string::npos)
        return {};
    const auto path = url.find('/', scheme + 3);
    return path == std::string::npos ? url : url.substr(0, path);
}

} // namespace

OutboxWriter::OutboxWriter(Database& db, bool enabled) : m_db(db), m_enabled(enabled) {}

bool OutboxWriter::recordStructure(const Bundle& bundle)
{
    if (!m_enabled)
        return true;
    nlohmann::json moduleTitles = nlohmann::json::object();
    for (const auto& m : bundle.modules)
        moduleTitles[m.id] = m.title.values();
    Statement titles = m_db.prepare(
        "UPDATE bundle_version SET title = ?1, module_titles = ?2 WHERE bundle_id = ?3 AND version = ?4");
    titles.bind(1, titleJson(bundle.title)).bind(2, moduleTitles.dump()).bind(3, bundle.id).bind(4, bundle.version);
    Statement clear = m_db.prepare("DELETE FROM bundle_step WHERE bundle_id = ?1 AND version = ?2");
    clear.bind(1, bundle.id).bind(2, bundle.version);
    if (!titles.run() || !clear.run())
        return false;
    Statement step = m_db.prepare("INSERT OR IGNORE INTO bundle_step (bundle_id, version, module_id, step_id, "
                                  "position, step_type, title) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Statement question = m_db.prepare(
        "UPDATE bundle_question SET title = ?1 WHERE bundle_id = ?2 AND version = ?3 AND question_id = ?4");
    std::function<bool(const std::vector<Question>&)> walk = [&](const std::vector<Question>& questions) {
        for (const auto& q : questions) {
            question.reset();
            question.bind(1, titleJson(q.text)).bind(2, bundle.id).bind(3, bundle.version).bind(4, q.id);
            if (!question.run() || !walk(q.children))
                return false;
        }
        return true;
    };
    for (const auto& m : bundle.modules) {
        int position = 0;
        for (const auto& s : m.steps) {
            step.reset();
            step.bind(1, bundle.id).bind(2, bundle.version).bind(3, m.id).bind(4, s.id).bind(5, position++);
            step.bind(6, toString(s.type)).bind(7, titleJson(s.title));
            if (!step.run() || !walk(s.questions))
                return false;
        }
    }
    return true;
}

std::optional<std::string> OutboxWriter::setting(const std::string& scope, const std::string& key)
{
    Statement st = m_db.prepare("SELECT value FROM xapi_setting WHERE scope = ?1 AND key = ?2");
    st.bind(1, scope).bind(2, key);
    if (st.step())
        return st.text(0);
    return std::nullopt;
}

bool OutboxWriter::includeNoteText(const std::string& bundleId)
{
    auto value = setting(bundleId, "include_note_text");
    if (!value)
        value = setting("", "include_note_text");
    return value && *value == "1";
}

std::optional<XapiActor> OutboxWriter::actor(std::int64_t participantId)
{
    Statement st = m_db.prepare("SELECT account_name FROM participant WHERE id = ?1");
    st.bind(1, participantId);
    if (!st.step())
        return std::nullopt;
    std::string name = st.optionalText(0).value_or("");
    st = Statement();
    if (name.empty()) {
        // A pseudonym, made once per profile: the LRS never learns the display name.
        name = XapiIds::newUuid();
        Statement set = m_db.prepare("UPDATE participant SET account_name = ?1 WHERE id = ?2");
        set.bind(1, name).bind(2, participantId);
        if (!set.run())
            return std::nullopt;
    }
    std::string homePage = setting("", "home_page").value_or("");
    if (homePage.empty())
        homePage = originOf(setting("", "endpoint").value_or(""));
    if (homePage.empty())
        homePage = kDefaultHomePage;
    return XapiActor{homePage, name};
}

std::optional<std::string> OutboxWriter::currentVersion(const std::string& bundleId)
{
    Statement st = m_db.prepare("SELECT version FROM bundle_version WHERE bundle_id = ?1 "
                                "ORDER BY last_seen_ms DESC, version DESC LIMIT 1");
    st.bind(1, bundleId);
    if (st.step())
        return st.text(0);
    return std::nullopt;
}

XapiActivity OutboxWriter::bundleActivity(const std::string& bundleId, const std::string& version)
{
    XapiActivity a{XapiIds::bundle(bundleId), XapiIds::kTypeCourse, {}};
    Statement st = m_db.prepare("SELECT title FROM bundle_version WHERE bundle_id = ?1 AND version = ?2");
    st.bind(1, bundleId).bind(2, version);
    if (st.step())
        a.name = titleFrom(st.text(0));
    return a;
}

XapiActivity OutboxWriter::moduleActivity(const std::string& bundleId, const std::string& version,
                                          const std::string& moduleId)
{
    XapiActivity a{XapiIds::module(bundleId, moduleId), XapiIds::kTypeModule, {}};
    Statement st = m_db.prepare("SELECT module_titles FROM bundle_version WHERE bundle_id = ?1 AND version = ?2");
    st.bind(1, bundleId).bind(2, version);
    if (st.step()) {
        const auto titles = nlohmann::json::parse(st.text(0), nullptr, false);
        if (titles.is_object() && titles.contains(moduleId))
            a.name = titleFrom(titles[moduleId].dump());
    }
    return a;
}

XapiActivity OutboxWriter::stepActivity(const StepRef& step, const std::string& version)
{
    XapiActivity a{XapiIds::step(step.bundleId, step.moduleId, step.stepId), {}, {}};
    Statement st = m_db.prepare("SELECT step_type, title FROM bundle_step WHERE bundle_id = ?1 AND version = ?2 "
                                "AND module_id = ?3 AND step_id = ?4");
    st.bind(1, step.bundleId).bind(2, version).bind(3, step.moduleId).bind(4, step.stepId);
    if (st.step()) {
        a.type = st.text(0) == "film" ? XapiIds::kTypeMedia : XapiIds::kTypeLesson;
        a.name = titleFrom(st.text(1));
    }
    return a;
}

std::optional<XapiActivity> OutboxWriter::sessionActivity(std::int64_t sessionId)
{
    Statement st = m_db.prepare("SELECT xapi_id, bundle_id, bundle_version, module_id FROM group_session WHERE id = ?1");
    st.bind(1, sessionId);
    if (!st.step())
        return std::nullopt;
    std::string uuid = st.optionalText(0).value_or("");
    const std::string bundleId = st.text(1), version = st.text(2), moduleId = st.text(3);
    st = Statement();
    if (uuid.empty()) {
        // Made once, when the session is first reported: every statement about it names the same one.
        uuid = XapiIds::newUuid();
        Statement set = m_db.prepare("UPDATE group_session SET xapi_id = ?1 WHERE id = ?2");
        set.bind(1, uuid).bind(2, sessionId);
        if (!set.run())
            return std::nullopt;
    }
    return XapiActivity{XapiIds::session(uuid), XapiIds::kTypeMeeting,
                        moduleActivity(bundleId, version, moduleId).name};
}

XapiContext OutboxWriter::contextFor(const std::string& bundleId, const std::string& version,
                                     const std::string& moduleId)
{
    XapiContext c;
    if (!moduleId.empty())
        c.parent.push_back(moduleActivity(bundleId, version, moduleId));
    c.grouping.push_back(bundleActivity(bundleId, version));
    c.revision = version;
    return c;
}

bool OutboxWriter::queue(std::int64_t participantId, XapiStatement statement,
                         const std::optional<std::string>& replaceKey)
{
    const auto who = actor(participantId);
    if (!who)
        return false;
    statement.id = XapiIds::newUuid();
    statement.actor = *who;
    statement.timestampMs = m_db.now();
    if (replaceKey) {
        // Only a statement that was never handed to the sender may be replaced.
        Statement drop = m_db.prepare(
            "DELETE FROM xapi_outbox WHERE replace_key = ?1 AND state = 'pending' AND attempts = 0");
        drop.bind(1, *replaceKey);
        if (!drop.run())
            return false;
    }
    Statement st = m_db.prepare("INSERT INTO xapi_outbox (statement_id, participant_id, statement, replace_key, "
                                "created_ms) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, statement.id).bind(2, participantId).bind(3, statement.toJson().dump());
    st.bind(4, replaceKey).bind(5, statement.timestampMs);
    return st.run();
}

bool OutboxWriter::launchedIfNew(std::int64_t participantId, const StepRef& step)
{
    if (!m_enabled)
        return true;
    Statement st = m_db.prepare("SELECT bundle_id, module_id, last_opened_ms FROM step_progress WHERE "
                                "participant_id = ?1 AND last_opened_ms IS NOT NULL "
                                "ORDER BY last_opened_ms DESC LIMIT 1");
    st.bind(1, participantId);
    if (st.step() && st.text(0) == step.bundleId && st.text(1) == step.moduleId &&
        m_db.now() - st.int64(2) < kSittingGapMs)
        return true;
    if (st.failed())
        return false;
    st = Statement();
    const std::string version = currentVersion(step.bundleId).value_or("");
    XapiStatement s;
    s.verb = XapiVerb::Launched;
    s.object = moduleActivity(step.bundleId, version, step.moduleId);
    s.context = contextFor(step.bundleId, version, {});
    return queue(participantId, std::move(s), std::nullopt);
}

bool OutboxWriter::filmProgressed(std::int64_t participantId, const StepRef& step, double shareBefore,
                                  double shareAfter)
{
    if (!m_enabled || std::floor(shareAfter * 10.0 + 1e-9) <= std::floor(shareBefore * 10.0 + 1e-9))
        return true;
    const std::string version = currentVersion(step.bundleId).value_or("");
    XapiStatement s;
    s.verb = XapiVerb::Progressed;
    s.object = stepActivity(step, version);
    s.result.progressShare = shareAfter;
    s.context = contextFor(step.bundleId, version, step.moduleId);
    return queue(participantId, std::move(s), std::nullopt);
}

bool OutboxWriter::moduleComplete(std::int64_t participantId, const std::string& bundleId,
                                  const std::string& version, const std::string& moduleId)
{
    Statement st = m_db.prepare(R"sql(
        SELECT count(*), coalesce(sum(p.state = 'completed'), 0) FROM bundle_step s
          LEFT JOIN step_progress p ON p.participant_id = ?1 AND p.bundle_id = s.bundle_id
                                   AND p.module_id = s.module_id AND p.step_id = s.step_id
         WHERE s.bundle_id = ?2 AND s.version = ?3 AND s.module_id = ?4)sql");
    st.bind(1, participantId).bind(2, bundleId).bind(3, version).bind(4, moduleId);
    return st.step() && st.int64(0) > 0 && st.int64(0) == st.int64(1);
}

bool OutboxWriter::completeStep(std::int64_t participantId, const StepRef& step, CompletionHow how, TimeMs when,
                                std::optional<std::int64_t> sessionId, std::optional<double> share)
{
    if (!ProgressRepository::markCompletedWithin(m_db, participantId, step, how, when, sessionId))
        return false;
    if (!m_enabled || m_db.changes() == 0) // already completed before: nothing new to report
        return true;
    const std::string version = currentVersion(step.bundleId).value_or("");
    XapiContext context = contextFor(step.bundleId, version, step.moduleId);
    if (sessionId) {
        auto session = sessionActivity(*sessionId);
        if (!session)
            return false;
        context.other.push_back(*session);
    }
    XapiStatement s;
    s.verb = XapiVerb::Completed;
    s.object = stepActivity(step, version);
    s.result.completion = true;
    s.result.progressShare = share;
    s.context = context;
    if (!queue(participantId, std::move(s), std::nullopt))
        return false;
    if (!moduleComplete(participantId, step.bundleId, version, step.moduleId))
        return true;
    XapiStatement m;
    m.verb = XapiVerb::Completed;
    m.object = moduleActivity(step.bundleId, version, step.moduleId);
    m.result.completion = true;
    m.context = context;
    m.context.parent.clear();
    return queue(participantId, std::move(m), std::nullopt);
}

bool OutboxWriter::answered(std::int64_t participantId, const std::string& bundleId,
                            const std::string& bundleVersion, const std::string& questionId,
                            const std::optional<std::string>& previousText, const std::string& text)
{
    const auto blank = [](const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; };
    if (!m_enabled || blank(text) || (previousText && *previousText == text))
        return true;
    const bool withText = includeNoteText(bundleId);
    if (!withText && previousText && !blank(*previousText))
        return true; // answered before; without the text there is nothing new to say
    XapiStatement s;
    s.verb = XapiVerb::Answered;
    s.object = {XapiIds::question(bundleId, questionId), XapiIds::kTypeQuestion, {}};
    std::string moduleId;
    Statement st = m_db.prepare("SELECT module_id, title FROM bundle_question WHERE bundle_id = ?1 "
                                "AND version = ?2 AND question_id = ?3");
    st.bind(1, bundleId).bind(2, bundleVersion).bind(3, questionId);
    if (st.step()) {
        moduleId = st.text(0);
        s.object.name = titleFrom(st.text(1));
    }
    st = Statement();
    s.context = contextFor(bundleId, bundleVersion, moduleId);
    if (withText)
        s.result.response = text;
    const std::string key =
        "answered:" + std::to_string(participantId) + ":" + bundleId + ":" + questionId;
    return queue(participantId, std::move(s), key);
}

bool OutboxWriter::attended(std::int64_t participantId, std::int64_t sessionId)
{
    if (!m_enabled)
        return true;
    auto session = sessionActivity(sessionId);
    if (!session)
        return false;
    Statement st = m_db.prepare("SELECT bundle_id, bundle_version, module_id, started_ms, ended_ms "
                                "FROM group_session WHERE id = ?1");
    st.bind(1, sessionId);
    if (!st.step())
        return false;
    XapiStatement s;
    s.verb = XapiVerb::Attended;
    s.object = *session;
    s.context = contextFor(st.text(0), st.text(1), st.text(2));
    if (auto ended = st.optionalInt64(4))
        s.result.durationMs = *ended - st.int64(3);
    st = Statement();
    return queue(participantId, std::move(s), std::nullopt);
}

} // namespace reflekt
