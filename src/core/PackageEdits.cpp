#include "core/PackageEdits.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

constexpr std::size_t kMaxIdLength = 64;
constexpr int kQuestionLevels = 3;

/** Lower-case ASCII letters and digits, the Nordic and a few common accented letters folded, every
    other run of characters one '-'. */
std::string slug(std::string_view text)
{
    static const std::pair<std::string_view, std::string_view> kFolded[] = {
        {"å", "a"}, {"ä", "a"}, {"ö", "o"}, {"æ", "ae"}, {"ø", "o"}, {"é", "e"}, {"ü", "u"},
        {"Å", "a"}, {"Ä", "a"}, {"Ö", "o"}, {"Æ", "ae"}, {"Ø", "o"}, {"É", "e"}, {"Ü", "u"},
        {"à", "a"}, {"á", "a"}, {"è", "e"}, {"ê", "e"}, {"í", "i"}, {"ó", "o"}, {"ú", "u"},
        {"ñ", "n"}, {"ç", "c"}, {"ß", "ss"}};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        bool folded = false;
        for (const auto& [from, to] : kFolded) {
            if (text.substr(i, from.size()) == from) {
                out += to;
                i += from.size();
                folded = true;
                break;
            }
        }
        if (folded)
            continue;
        const auto c = static_cast<unsigned char>(text[i++]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += static_cast<char>(c);
        else if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

std::string cut(std::string text, std::size_t length)
{
    if (text.size() > length)
        text.resize(length);
    while (!text.empty() && text.back() == '-')
        text.pop_back();
    return text;
}

ManifestJson localized(const std::string& language, const std::string& text)
{
    ManifestJson o = ManifestJson::object();
    o[language] = text;
    return o;
}

std::string stringAt(const ManifestJson* object, const char* key)
{
    if (!object || !object->is_object())
        return {};
    const auto it = object->find(key);
    return it != object->end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::size_t sizeAt(const PackageDocument& doc, const std::string& arrayPointer)
{
    const ManifestJson* array = doc.find(arrayPointer);
    return array && array->is_array() ? array->size() : 0;
}

ManifestJson moduleJson(const std::string& id, const std::string& language, const std::string& title)
{
    ManifestJson module = ManifestJson::object();
    module["id"] = id;
    module["kind"] = "module";
    module["title"] = localized(language, title);
    module["steps"] = ManifestJson::array();
    return module;
}

/** Calls `visit` for every question of every step, depth first. */
void forEachQuestion(const ManifestJson& questions, const std::function<void(const ManifestJson&)>& visit)
{
    if (!questions.is_array())
        return;
    for (const ManifestJson& q : questions) {
        if (!q.is_object())
            continue;
        visit(q);
        if (const auto it = q.find("questions"); it != q.end())
            forEachQuestion(*it, visit);
    }
}

enum class Ids { Modules, Steps, Questions };

std::vector<std::string> idsOf(const PackageDocument& doc, Ids kind)
{
    std::vector<std::string> ids;
    const ManifestJson* modules = doc.find("/modules");
    if (!modules || !modules->is_array())
        return ids;
    for (const ManifestJson& m : *modules) {
        if (kind == Ids::Modules) {
            ids.push_back(stringAt(&m, "id"));
            continue;
        }
        const auto steps = m.is_object() ? m.find("steps") : m.end();
        if (steps == m.end() || !steps->is_array())
            continue;
        for (const ManifestJson& step : *steps) {
            if (kind == Ids::Steps)
                ids.push_back(stringAt(&step, "id"));
            else if (step.is_object())
                if (const auto qs = step.find("questions"); qs != step.end())
                    forEachQuestion(*qs, [&](const ManifestJson& q) { ids.push_back(stringAt(&q, "id")); });
        }
    }
    return ids;
}

/** "<step id>-q<N>": N past the step's questions so far, so an id is not handed out twice. */
std::string newQuestionId(const PackageDocument& doc, const std::string& stepPointer)
{
    const std::string stepId = doc.text(stepPointer + "/id");
    const std::string prefix = stepId.empty() ? "q" : stepId + "-q";
    const std::vector<std::string> taken = idsOf(doc, Ids::Questions);
    std::size_t n = 0;
    if (const ManifestJson* qs = doc.find(stepPointer + "/questions"))
        forEachQuestion(*qs, [&](const ManifestJson&) { ++n; });
    for (const std::string& id : taken)
        if (id.rfind(prefix, 0) == 0 && id.size() > prefix.size() &&
            id.find_first_not_of("0123456789", prefix.size()) == std::string::npos && id.size() - prefix.size() < 9)
            n = std::max<std::size_t>(n, std::stoul(id.substr(prefix.size())));
    std::string id;
    do
        id = prefix + std::to_string(++n);
    while (std::find(taken.begin(), taken.end(), id) != taken.end());
    return id;
}

ManifestJson questionJson(const std::string& id, const std::string& language, const std::string& text)
{
    ManifestJson q = ManifestJson::object();
    q["id"] = id;
    q["text"] = localized(language, text);
    return q;
}

/** Levels a question spans: 1 alone, 2 with sub-questions, 3 with theirs. */
int height(const ManifestJson& question)
{
    int below = 0;
    if (const auto it = question.find("questions"); it != question.end() && it->is_array())
        for (const ManifestJson& child : *it)
            if (child.is_object())
                below = std::max(below, height(child));
    return 1 + below;
}

std::string questionsOf(const std::string& stepPointer, const std::vector<std::size_t>& parent)
{
    return (parent.empty() ? stepPointer : questionPointer(stepPointer, parent)) + "/questions";
}

bool isReflection(const PackageDocument& doc, const std::string& stepPointer)
{
    return doc.text(stepPointer + "/type") == "reflection";
}

} // namespace

std::string makeId(std::string_view title, const std::vector<std::string>& taken, std::string_view fallback)
{
    std::string base = cut(slug(title), kMaxIdLength);
    if (base.empty())
        base = std::string(fallback);
    auto isTaken = [&](const std::string& id) { return std::find(taken.begin(), taken.end(), id) != taken.end(); };
    if (!isTaken(base))
        return base;
    for (std::size_t n = 2;; ++n) {
        const std::string suffix = "-" + std::to_string(n);
        const std::string id = cut(base, kMaxIdLength - suffix.size()) + suffix;
        if (!isTaken(id))
            return id;
    }
}

PackageDocument newPackageDocument(const fs::path& folder, const std::string& language, const std::string& title)
{
    ManifestJson root = ManifestJson::object();
    root["format"] = "reflekt-bundle";
    root["formatVersion"] = "1.0";
    root["id"] = "local." + makeId(title, {}, "new-package");
    root["version"] = "1.0.0";
    root["defaultLanguage"] = language;
    root["languages"] = ManifestJson::array({language});
    root["title"] = localized(language, title);
    root["modules"] = ManifestJson::array();
    root["modules"].push_back(moduleJson(makeId(title, {}, "module"), language, title));
    return PackageDocument(folder, std::move(root));
}

std::string modulePointer(std::size_t module)
{
    return "/modules/" + std::to_string(module);
}

std::string stepPointer(std::size_t module, std::size_t step)
{
    return modulePointer(module) + "/steps/" + std::to_string(step);
}

std::string questionPointer(const std::string& stepPointer, const std::vector<std::size_t>& path)
{
    std::string pointer = stepPointer;
    for (std::size_t index : path)
        pointer += "/questions/" + std::to_string(index);
    return pointer;
}

std::size_t addModule(PackageDocument& doc, const std::string& language, const std::string& title)
{
    const std::size_t index = sizeAt(doc, "/modules");
    doc.beginGroup();
    doc.insert("/modules", index, moduleJson(makeId(title, idsOf(doc, Ids::Modules), "module"), language, title));
    doc.endGroup();
    return index;
}

std::optional<std::size_t> addStep(PackageDocument& doc, std::size_t module, StepType type,
                                   const std::string& language, const std::string& title)
{
    const std::string mp = modulePointer(module);
    const ManifestJson* m = doc.find(mp);
    if (!m || !m->is_object())
        return std::nullopt;
    const std::string typeName = toString(type);
    const std::string moduleId = stringAt(m, "id");
    const std::string id = makeId(moduleId.empty() ? typeName : moduleId + "-" + typeName, idsOf(doc, Ids::Steps),
                                  typeName);
    ManifestJson step = ManifestJson::object();
    step["id"] = id;
    step["type"] = typeName;
    std::string file;
    if (type == StepType::Activity)
        step["activity"] = "worksheet";
    step["title"] = localized(language, title);
    if (type == StepType::Text) {
        file = "text/" + id + "." + language + ".md";
        step["markdown"] = localized(language, file);
    } else if (type == StepType::Activity) {
        file = "activity/" + id + "." + language + ".md";
        step["document"] = localized(language, file);
    } else if (type == StepType::Reflection) {
        step["questions"] = ManifestJson::array();
    }
    const std::size_t index = sizeAt(doc, mp + "/steps");
    doc.beginGroup();
    const bool added = doc.insert(mp + "/steps", index, std::move(step));
    if (added && !file.empty())
        startMarkdownFile(doc, mp + "/steps/" + std::to_string(index) + "/" +
                                   (type == StepType::Text ? "markdown/" : "document/") + language,
                          file, title);
    doc.endGroup();
    return added ? std::optional<std::size_t>(index) : std::nullopt;
}

void startMarkdownFile(PackageDocument& doc, const std::string& pointer, const std::string& relative,
                       const std::string& title)
{
    doc.beginGroup();
    doc.set(pointer, relative);
    // A file of that name already in the folder (left by an earlier step) is used as it is.
    if (doc.fileText(relative).empty())
        doc.setFileText(relative, "# " + title + "\n");
    doc.endGroup();
}

std::vector<std::size_t> addQuestion(PackageDocument& doc, const std::string& stepPointer,
                                     const std::vector<std::size_t>& after, const std::string& language,
                                     const std::string& text)
{
    if (!isReflection(doc, stepPointer) || (!after.empty() && !doc.find(questionPointer(stepPointer, after))))
        return {};
    std::vector<std::size_t> path(after.begin(), after.empty() ? after.end() : after.end() - 1);
    const std::string array = questionsOf(stepPointer, path);
    const std::size_t index = after.empty() ? sizeAt(doc, array) : after.back() + 1;
    doc.beginGroup();
    const bool added = doc.insert(array, index, questionJson(newQuestionId(doc, stepPointer), language, text));
    doc.endGroup();
    if (!added)
        return {};
    path.push_back(index);
    return path;
}

std::optional<std::vector<std::size_t>> addSubQuestion(PackageDocument& doc, const std::string& stepPointer,
                                                       const std::vector<std::size_t>& parent,
                                                       const std::string& language, const std::string& text)
{
    if (parent.empty() || parent.size() >= kQuestionLevels || !isReflection(doc, stepPointer) ||
        !doc.find(questionPointer(stepPointer, parent)))
        return std::nullopt;
    const std::string array = questionsOf(stepPointer, parent);
    const std::size_t index = sizeAt(doc, array);
    doc.beginGroup();
    const bool added = doc.insert(array, index, questionJson(newQuestionId(doc, stepPointer), language, text));
    doc.endGroup();
    if (!added)
        return std::nullopt;
    std::vector<std::size_t> path = parent;
    path.push_back(index);
    return path;
}

std::optional<std::vector<std::size_t>> indentQuestion(PackageDocument& doc, const std::string& stepPointer,
                                                       const std::vector<std::size_t>& path)
{
    if (path.empty() || path.back() == 0)
        return std::nullopt;
    const ManifestJson* question = doc.find(questionPointer(stepPointer, path));
    if (!question || !question->is_object() ||
        static_cast<int>(path.size()) + height(*question) > kQuestionLevels)
        return std::nullopt;
    std::vector<std::size_t> parent = path;
    --parent.back();
    const ManifestJson moved = *question;
    const std::string array = questionsOf(stepPointer, parent);
    const std::size_t index = sizeAt(doc, array);
    doc.beginGroup();
    doc.erase(questionPointer(stepPointer, path));
    doc.insert(array, index, moved);
    doc.endGroup();
    parent.push_back(index);
    return parent;
}

std::optional<std::vector<std::size_t>> outdentQuestion(PackageDocument& doc, const std::string& stepPointer,
                                                        const std::vector<std::size_t>& path)
{
    if (path.size() < 2)
        return std::nullopt;
    const ManifestJson* question = doc.find(questionPointer(stepPointer, path));
    if (!question || !question->is_object())
        return std::nullopt;
    const ManifestJson moved = *question;
    const std::vector<std::size_t> parent(path.begin(), path.end() - 1);
    std::vector<std::size_t> result(parent.begin(), parent.end() - 1);
    result.push_back(parent.back() + 1);
    doc.beginGroup();
    doc.erase(questionPointer(stepPointer, path));
    // Its parent is left as it was before it had sub-questions: indent then outdent changes nothing.
    if (sizeAt(doc, questionsOf(stepPointer, parent)) == 0)
        doc.erase(questionsOf(stepPointer, parent));
    doc.insert(questionsOf(stepPointer, std::vector<std::size_t>(parent.begin(), parent.end() - 1)),
               result.back(), moved);
    doc.endGroup();
    return result;
}

std::optional<std::vector<std::size_t>> moveQuestion(PackageDocument& doc, const std::string& stepPointer,
                                                     const std::vector<std::size_t>& path, int delta)
{
    if (path.empty() || !doc.find(questionPointer(stepPointer, path)))
        return std::nullopt;
    const std::vector<std::size_t> parent(path.begin(), path.end() - 1);
    const std::string array = questionsOf(stepPointer, parent);
    const auto to = static_cast<long long>(path.back()) + delta;
    if (delta == 0 || to < 0 || to >= static_cast<long long>(sizeAt(doc, array)))
        return std::nullopt;
    if (!doc.move(array, path.back(), static_cast<std::size_t>(to)))
        return std::nullopt;
    std::vector<std::size_t> result = path;
    result.back() = static_cast<std::size_t>(to);
    return result;
}

std::optional<std::vector<std::size_t>> moveQuestionTo(PackageDocument& doc, const std::string& stepPointer,
                                                       const std::vector<std::size_t>& path,
                                                       const std::vector<std::size_t>& newParent, std::size_t index)
{
    if (path.empty())
        return std::nullopt;
    const ManifestJson* question = doc.find(questionPointer(stepPointer, path));
    if (!question || !question->is_object())
        return std::nullopt;
    // Not into itself or its own sub-questions.
    if (newParent.size() >= path.size() && std::equal(path.begin(), path.end(), newParent.begin()))
        return std::nullopt;
    if (!newParent.empty() && !doc.find(questionPointer(stepPointer, newParent)))
        return std::nullopt;
    if (static_cast<int>(newParent.size()) + height(*question) > kQuestionLevels)
        return std::nullopt; // it, or its deepest sub-question, would be a fourth level
    const std::vector<std::size_t> oldParent(path.begin(), path.end() - 1);
    std::vector<std::size_t> target = newParent;
    // Removing the question first shifts what comes after it at its own level.
    if (target.size() > oldParent.size() && std::equal(oldParent.begin(), oldParent.end(), target.begin()) &&
        target[oldParent.size()] > path.back())
        --target[oldParent.size()];
    std::size_t at = index;
    if (target == oldParent && index > path.back())
        --at;
    at = std::min(at, sizeAt(doc, questionsOf(stepPointer, target)) - (target == oldParent ? 1 : 0));
    if (target == oldParent && at == path.back())
        return std::nullopt; // dropped where it was
    const ManifestJson moved = *question;
    doc.beginGroup();
    doc.erase(questionPointer(stepPointer, path));
    if (!oldParent.empty() && sizeAt(doc, questionsOf(stepPointer, oldParent)) == 0)
        doc.erase(questionsOf(stepPointer, oldParent));
    doc.insert(questionsOf(stepPointer, target), at, moved);
    doc.endGroup();
    target.push_back(at);
    return target;
}

std::set<std::string> itemIds(const ManifestJson& manifest)
{
    std::set<std::string> ids;
    const auto modules = manifest.is_object() ? manifest.find("modules") : manifest.end();
    if (modules == manifest.end() || !modules->is_array())
        return ids;
    for (const ManifestJson& m : *modules) {
        ids.insert(stringAt(&m, "id"));
        const auto steps = m.is_object() ? m.find("steps") : m.end();
        if (steps == m.end() || !steps->is_array())
            continue;
        for (const ManifestJson& s : *steps) {
            ids.insert(stringAt(&s, "id"));
            if (const auto qs = s.is_object() ? s.find("questions") : s.end(); qs != s.end())
                forEachQuestion(*qs, [&](const ManifestJson& q) { ids.insert(stringAt(&q, "id")); });
        }
    }
    ids.erase(std::string());
    return ids;
}

namespace {

// "ny-modul-reflection-q1" -> "kultur-reflection-q1" when the module was "ny-modul".
void renamePrefix(PackageDocument& doc, const std::string& pointer, const std::string& from,
                  const std::string& to, const std::set<std::string>& savedIds, int& renamed)
{
    const std::string id = doc.text(pointer + "/id");
    if (id.empty() || savedIds.count(id) || id.rfind(from + "-", 0) != 0)
        return;
    doc.set(pointer + "/id", to + id.substr(from.size()));
    ++renamed;
}

void renameQuestions(PackageDocument& doc, const std::string& pointer, const std::string& from,
                     const std::string& to, const std::set<std::string>& savedIds, int& renamed)
{
    const std::size_t n = sizeAt(doc, pointer + "/questions");
    for (std::size_t i = 0; i < n; ++i) {
        const std::string q = pointer + "/questions/" + std::to_string(i);
        renamePrefix(doc, q, from, to, savedIds, renamed);
        renameQuestions(doc, q, from, to, savedIds, renamed);
    }
}

} // namespace

int settleNewIds(PackageDocument& doc, const std::set<std::string>& savedIds, const std::string& language)
{
    int renamed = 0;
    const std::size_t modules = sizeAt(doc, "/modules");
    doc.beginGroup();
    for (std::size_t m = 0; m < modules; ++m) {
        const std::string mp = modulePointer(m);
        const std::string id = doc.text(mp + "/id");
        const std::string title = doc.text(mp + "/title/" + language);
        if (savedIds.count(id) || title.empty())
            continue;
        std::vector<std::string> taken;
        for (const std::string& other : itemIds(doc.manifest()))
            if (other != id)
                taken.push_back(other);
        const std::string wanted = makeId(title, taken, "module");
        if (wanted == id)
            continue;
        doc.set(mp + "/id", wanted);
        ++renamed;
        const std::size_t steps = sizeAt(doc, mp + "/steps");
        for (std::size_t s = 0; s < steps; ++s) {
            const std::string sp = stepPointer(m, s);
            renamePrefix(doc, sp, id, wanted, savedIds, renamed);
            renameQuestions(doc, sp, id, wanted, savedIds, renamed);
        }
    }
    doc.endGroup();
    return renamed;
}

int suggestedMinutes(const ManifestJson& module)
{
    double minutes = 0;
    const auto steps = module.is_object() ? module.find("steps") : module.end();
    if (steps != module.end() && steps->is_array()) {
        for (const ManifestJson& step : *steps) {
            const std::string type = stringAt(&step, "type");
            if (type == "film") {
                const auto d = step.find("durationSeconds");
                if (d != step.end() && d->is_number() && d->get<double>() > 0)
                    minutes += d->get<double>() / 60;
            } else if (type == "reflection") {
                if (const auto qs = step.find("questions"); qs != step.end())
                    forEachQuestion(*qs, [&](const ManifestJson& q) {
                        const auto m = q.find("minutes");
                        if (m != q.end() && m->is_number() && m->get<double>() > 0)
                            minutes += m->get<double>();
                    });
            } else if (type == "text" || type == "activity") {
                minutes += 5;
            }
        }
    }
    // A little slack, so that 120 seconds of film is 2 minutes, not 3 after rounding noise.
    const double rounded = std::ceil(std::min(minutes, 1e6) - 1e-9);
    return std::max(1, static_cast<int>(rounded));
}

} // namespace reflekt
