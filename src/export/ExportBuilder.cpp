#include "export/ExportBuilder.h"

#include "export/ExportLabels.h"
#include "store/Store.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

namespace reflekt {

namespace {

QDateTime fromMs(TimeMs ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

bool hasText(const std::string& text)
{
    return !QString::fromStdString(text).trimmed().isEmpty();
}

// Depth first, numbered like the app shows them ("1", "1.1", "2"). Top-level questions are always
// listed. A sub-question is listed either always (`allSubQuestions`) or only where something was
// written for it or below it: the console has no field for a sub-question's group note, so minutes
// would otherwise say "No notes" under every one (docs/export.md).
void addQuestions(std::vector<ExportQuestion>& out, const std::vector<Question>& questions,
                  std::vector<std::size_t>& path, const std::map<std::string, const Note*>& notes,
                  const std::function<QString(const LocalizedText&)>& text, bool allSubQuestions)
{
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const Question& q = questions[i];
        path.push_back(i);
        ExportQuestion eq;
        eq.id = qs(q.id);
        eq.number = qs(questionNumber(path));
        eq.text = text(q.text);
        eq.depth = static_cast<int>(path.size()) - 1;
        if (auto it = notes.find(q.id); it != notes.end() && hasText(it->second->text)) {
            eq.answered = true;
            eq.answer = qs(it->second->text);
            eq.edited = fromMs(it->second->updatedMs);
        }
        std::vector<ExportQuestion> below;
        addQuestions(below, q.children, path, notes, text, allSubQuestions);
        if (eq.depth == 0 || allSubQuestions || eq.answered || !below.empty()) {
            out.push_back(std::move(eq));
            std::move(below.begin(), below.end(), std::back_inserter(out));
        }
        path.pop_back();
    }
}

bool equalsIgnoringCase(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// The question with `id` anywhere below `questions`, with its number ("2", "1.1").
const Question* findQuestion(const std::vector<Question>& questions, const std::string& id,
                             std::vector<std::size_t>& path)
{
    for (std::size_t i = 0; i < questions.size(); ++i) {
        path.push_back(i);
        if (questions[i].id == id)
            return &questions[i];
        if (const Question* below = findQuestion(questions[i].children, id, path))
            return below;
        path.pop_back();
    }
    return nullptr;
}

} // namespace

ExportBuilder::ExportBuilder(Store& store, std::vector<const Bundle*> bundles)
    : m_store(store), m_bundles(std::move(bundles))
{
}

const Bundle* ExportBuilder::findBundle(const QString& bundleId) const
{
    const std::string id = bundleId.toStdString();
    for (const Bundle* b : m_bundles)
        if (b && b->id == id)
            return b;
    return nullptr;
}

QString ExportBuilder::text(const Bundle& bundle, const LocalizedText& value, const QString& language) const
{
    const std::string lang = language.isEmpty() ? bundle.defaultLanguage : language.toStdString();
    return qs(value.get(lang, bundle.defaultLanguage));
}

QString ExportBuilder::contentLanguage(const Bundle& bundle, const QString& language)
{
    const std::string wanted = language.toStdString();
    for (const std::string& l : bundle.languages)
        if (l == wanted)
            return language;
    return qs(bundle.defaultLanguage);
}

ExportBuildResult ExportBuilder::build(const ExportRequest& request) const
{
    ExportBuildResult result;
    const auto participant = m_store.participants().find(request.participantId);
    if (!participant.ok()) {
        result.error = qs(participant.error);
        return result;
    }
    if (!participant.value->has_value()) {
        result.error = tr("There is no profile with id %1.").arg(request.participantId);
        return result;
    }
    ExportDocument doc;
    doc.participant = qs((*participant.value)->displayName);
    doc.exportedAt = QDateTime::currentDateTimeUtc();
    doc.locale = request.locale;

    QString error;
    switch (request.scope) {
    case ExportScope::Module:
    case ExportScope::Package: {
        const Bundle* bundle = findBundle(request.bundleId);
        if (!bundle) {
            result.error = tr("The package %1 is not in the library.").arg(request.bundleId);
            return result;
        }
        const QString packageTitle = text(*bundle, bundle->title, request.language);
        doc.headerText = packageTitle;
        doc.title = packageTitle;
        if (request.scope == ExportScope::Module) {
            const Module* module = bundle->findModule(request.moduleId.toStdString());
            if (!module) {
                result.error = tr("The package %1 has no module %2.").arg(packageTitle, request.moduleId);
                return result;
            }
            doc.title = text(*bundle, module->title, request.language);
            doc.subtitle = packageTitle;
        }
        ExportPackage package;
        const QString only = request.scope == ExportScope::Module ? request.moduleId : QString();
        if (!fillPackage(package, *bundle, request, only, error)) {
            result.error = error;
            return result;
        }
        doc.packages.push_back(std::move(package));
        break;
    }
    case ExportScope::Everything:
        doc.title = tr("All my reflection notes");
        doc.headerText = tr("Reflection notes of %1").arg(doc.participant);
        for (const Bundle* bundle : m_bundles) {
            ExportPackage package;
            if (!fillPackage(package, *bundle, request, {}, error)) {
                result.error = error;
                return result;
            }
            const bool any = !package.earlierNotes.empty() ||
                             std::any_of(package.modules.begin(), package.modules.end(), [](const auto& m) {
                                 return std::any_of(m.steps.begin(), m.steps.end(), [](const auto& s) {
                                     return std::any_of(s.questions.begin(), s.questions.end(),
                                                        [](const auto& q) { return q.answered; });
                                 });
                             });
            if (any)
                doc.packages.push_back(std::move(package));
        }
        break;
    case ExportScope::Session:
        if (!fillSession(doc, request, doc.participant, error)) {
            result.error = error;
            return result;
        }
        break;
    }
    result.document = std::move(doc);
    return result;
}

bool ExportBuilder::fillPackage(ExportPackage& package, const Bundle& bundle, const ExportRequest& request,
                                const QString& onlyModule, QString& error) const
{
    package.id = qs(bundle.id);
    package.title = text(bundle, bundle.title, request.language);
    package.version = qs(bundle.version);
    package.language = contentLanguage(bundle, request.language);
    const auto notes = m_store.notes().loadForBundle(request.participantId, bundle.id);
    if (!notes.ok()) {
        error = qs(notes.error);
        return false;
    }
    for (const Module& module : bundle.modules) {
        if (!onlyModule.isEmpty() && qs(module.id) != onlyModule)
            continue;
        // "Everything I wrote" is what the profile wrote: an unanswered sub-question there is noise.
        // A module or package export is the whole module, every question listed.
        ExportModule m = makeModule(bundle, module, *notes.value, request.language,
                                    request.scope != ExportScope::Everything);
        if (!m.steps.empty() || !onlyModule.isEmpty())
            package.modules.push_back(std::move(m));
    }

    // Notes on questions this version no longer has: shown on their own, never dropped.
    const std::vector<std::string> ids = bundle.questionIds();
    const std::set<std::string> current(ids.begin(), ids.end());
    std::map<std::string, OrphanedNote> origins;
    const auto orphans = m_store.notes().orphanedNotes(request.participantId, bundle.id, bundle.version);
    if (orphans.ok())
        for (const auto& o : *orphans.value)
            origins[o.note.questionId] = o;
    for (const Note& n : *notes.value) {
        if (current.count(n.questionId) || !hasText(n.text))
            continue;
        ExportEarlierNote e;
        e.questionId = qs(n.questionId);
        e.text = qs(n.text);
        e.edited = fromMs(n.updatedMs);
        e.version = qs(n.bundleVersion);
        std::string moduleId;
        if (auto it = origins.find(n.questionId); it != origins.end()) {
            if (!it->second.lastVersionWithQuestion.empty())
                e.version = qs(it->second.lastVersionWithQuestion);
            moduleId = it->second.moduleId;
        }
        if (!onlyModule.isEmpty() && !moduleId.empty() && qs(moduleId) != onlyModule)
            continue;
        if (const Module* m = bundle.findModule(moduleId))
            e.moduleTitle = text(bundle, m->title, request.language);
        else
            e.moduleTitle = qs(moduleId);
        package.earlierNotes.push_back(std::move(e));
    }
    return true;
}

ExportModule ExportBuilder::makeModule(const Bundle& bundle, const Module& module, const std::vector<Note>& notes,
                                       const QString& language, bool allSubQuestions) const
{
    std::map<std::string, const Note*> byQuestion;
    for (const Note& n : notes)
        byQuestion[n.questionId] = &n;
    const auto localized = [&](const LocalizedText& t) { return text(bundle, t, language); };
    ExportModule m;
    m.id = qs(module.id);
    m.title = localized(module.title);
    for (const Step& step : module.steps) {
        if (step.type != StepType::Reflection || step.questions.empty())
            continue;
        ExportStep s;
        s.title = localized(step.title);
        s.intro = localized(step.intro);
        std::vector<std::size_t> path;
        addQuestions(s.questions, step.questions, path, byQuestion, localized, allSubQuestions);
        m.steps.push_back(std::move(s));
    }
    return m;
}

bool ExportBuilder::fillSession(ExportDocument& doc, const ExportRequest& request, const QString& participantName,
                                QString& error) const
{
    const auto found = m_store.sessions().find(request.sessionId);
    if (!found.ok()) {
        error = qs(found.error);
        return false;
    }
    if (!found.value->has_value()) {
        error = tr("There is no group session %1.").arg(request.sessionId);
        return false;
    }
    const GroupSession& gs = **found.value;
    const bool attended = std::any_of(gs.attendees.begin(), gs.attendees.end(), [&](const Attendee& a) {
        return a.participantId && *a.participantId == request.participantId;
    });
    if (!attended && !equalsIgnoringCase(qs(gs.facilitator), participantName)) {
        // Minutes are only for the people who were there.
        error = tr("%1 was not part of group session %2.").arg(participantName).arg(request.sessionId);
        return false;
    }
    const Bundle* bundle = findBundle(qs(gs.bundleId));
    const Module* module = bundle ? bundle->findModule(gs.moduleId) : nullptr;
    if (!module) {
        error = tr("The module %1 of package %2 is not in the library.").arg(qs(gs.moduleId), qs(gs.bundleId));
        return false;
    }
    const auto notes = m_store.sessions().groupNotes(gs.id);
    if (!notes.ok()) {
        error = qs(notes.error);
        return false;
    }
    ExportSession s;
    s.id = gs.id;
    s.packageTitle = text(*bundle, bundle->title, request.language);
    s.moduleTitle = text(*bundle, module->title, request.language);
    s.language = contentLanguage(*bundle, request.language);
    s.started = fromMs(gs.startedMs);
    if (gs.endedMs)
        s.ended = fromMs(*gs.endedMs);
    s.facilitator = qs(gs.facilitator);
    const auto localized = [&](const LocalizedText& t) { return text(*bundle, t, request.language); };
    addAttendees(gs.attendees, s.profiles, s.guests);
    for (const SessionMeeting& sm : gs.meetings) {
        ExportMeeting m;
        m.number = sm.number;
        m.started = fromMs(sm.startedMs);
        if (sm.endedMs)
            m.ended = fromMs(*sm.endedMs);
        addAttendees(sm.attendees, m.profiles, m.guests);
        for (const SessionItemKey& item : sm.shown)
            addCovered(m.covered, *module, item, localized);
        s.meetings.push_back(std::move(m));
    }
    s.steps = makeModule(*bundle, *module, *notes.value, request.language, false).steps;
    // What the room sent goes in only as the facilitator chose (shown on the wall, or ticked).
    const auto room = m_store.roomAnswers().forMinutes(gs.id);
    if (!room.ok()) {
        error = qs(room.error);
        return false;
    }
    for (ExportStep& step : s.steps)
        for (ExportQuestion& q : step.questions)
            for (const StoredRoomAnswer& a : *room.value)
                if (qs(a.questionId) == q.id)
                    q.roomAnswers << qs(a.text);
    doc.title = s.moduleTitle;
    doc.subtitle = s.packageTitle;
    doc.headerText = s.packageTitle;
    doc.session = std::move(s);
    return true;
}

void ExportBuilder::addAttendees(const std::vector<Attendee>& attendees, QStringList& profiles,
                                 QStringList& guests) const
{
    for (const Attendee& a : attendees) {
        if (!a.participantId) {
            guests << qs(a.guestName);
            continue;
        }
        const auto p = m_store.participants().find(*a.participantId);
        if (p.ok() && p.value->has_value())
            profiles << qs((*p.value)->displayName);
    }
}

void ExportBuilder::addCovered(std::vector<ExportCoveredStep>& covered, const Module& module,
                               const SessionItemKey& item,
                               const std::function<QString(const LocalizedText&)>& localized)
{
    // Named as on the facilitator's console; an id the bundle no longer has is shown as it is.
    const auto step = std::find_if(module.steps.begin(), module.steps.end(),
                                   [&](const Step& st) { return st.id == item.stepId; });
    const QString title = step != module.steps.end() ? localized(step->title) : qs(item.stepId);
    // Questions of one step shown one after the other go under one line with the step's title.
    if (item.questionId.empty() || covered.empty() || covered.back().stepId != qs(item.stepId))
        covered.push_back({qs(item.stepId), title, {}});
    if (item.questionId.empty())
        return;
    std::vector<std::size_t> path;
    const Question* q =
        step != module.steps.end() ? findQuestion(step->questions, item.questionId, path) : nullptr;
    covered.back().questions << (q ? ExportLabels::questionItem(qs(questionNumber(path)), localized(q->text))
                                   : qs(item.questionId));
}

std::vector<GroupSession> ExportBuilder::sessionsOf(std::int64_t participantId, QString* error) const
{
    std::map<std::int64_t, GroupSession> byId;
    const auto attended = m_store.sessions().listForParticipant(participantId);
    if (!attended.ok() && error)
        *error = qs(attended.error);
    if (attended.ok())
        for (const auto& s : *attended.value)
            byId[s.id] = s;
    const auto participant = m_store.participants().find(participantId);
    if (participant.ok() && participant.value->has_value()) {
        const QString name = qs((*participant.value)->displayName);
        for (const Bundle* b : m_bundles)
            for (const Module& m : b->modules) {
                const auto led = m_store.sessions().listForModule(b->id, m.id);
                if (led.ok())
                    for (const auto& s : *led.value)
                        if (equalsIgnoringCase(qs(s.facilitator), name))
                            byId[s.id] = s;
            }
    }
    std::vector<GroupSession> out;
    for (auto& [id, s] : byId)
        out.push_back(std::move(s));
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.startedMs > b.startedMs; });
    return out;
}

} // namespace reflekt
