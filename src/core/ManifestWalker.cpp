#include "core/ManifestWalker.h"

#include "core/FieldSuggestion.h"
#include "core/PathGuard.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace reflekt {

using nlohmann::json;

namespace {

bool isHexColour(const std::string& value)
{
    return value.size() == 7 && value[0] == '#' &&
           std::all_of(value.begin() + 1, value.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
}

bool isValidId(const std::string& id)
{
    if (id.empty() || id.size() > 128 || !std::isalnum(static_cast<unsigned char>(id.front())))
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-';
    });
}

bool isLanguageTag(const std::string& tag)
{
    // BCP 47 subset: a 2-3 letter lowercase primary language ("sv", "nb", "en", "se" for Northern
    // Sami, "fit" for Meänkieli), then optional subtags of 1-8 letters or digits ("en-GB", "zh-Hant-TW").
    if (tag.size() < 2 || tag.size() > 35)
        return false;
    std::size_t i = 0;
    while (i < tag.size() && std::islower(static_cast<unsigned char>(tag[i])))
        ++i;
    if (i < 2 || i > 3)
        return false;
    while (i < tag.size()) {
        if (tag[i] != '-')
            return false;
        std::size_t n = 0;
        for (++i; i < tag.size() && std::isalnum(static_cast<unsigned char>(tag[i])); ++i)
            ++n;
        if (n < 1 || n > 8)
            return false;
    }
    return true;
}

bool isFormatVersion(const std::string& v)
{
    // "MAJOR.MINOR", digits only, e.g. "1.0"
    const auto dot = v.find('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == v.size() || dot > 4 || v.size() - dot - 1 > 4)
        return false;
    return std::all_of(v.begin(), v.end(),
                       [](char c) { return c == '.' || std::isdigit(static_cast<unsigned char>(c)); }) &&
           std::count(v.begin(), v.end(), '.') == 1;
}

// 0 -> "0", 0.5 -> "0.5", 86400 -> "86400": the shortest form, with a decimal point as in the
// manifest whatever the C locale (std::to_string would give "0,500000" under sv_SE, issue 13).
std::string formatNumber(double d)
{
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
    return ec == std::errc() ? std::string(buf, end) : std::string("?");
}

const char* typeName(json::value_t type)
{
    switch (type) {
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "an array";
    case json::value_t::string:
        return "a string";
    case json::value_t::boolean:
        return "true or false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "a number";
    default:
        return "null";
    }
}

} // namespace

void ManifestWalker::error(const std::string& pointer, std::string message)
{
    m_problems.push_back({Severity::Error, m_file, pointer, std::move(message), 0, 0});
}
void ManifestWalker::warning(const std::string& pointer, std::string message)
{
    m_problems.push_back({Severity::Warning, m_file, pointer, std::move(message), 0, 0});
}

std::string ManifestWalker::child(const std::string& pointer, const std::string& key)
{
    std::string escaped;
    for (char c : key) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return pointer + '/' + escaped;
}
std::string ManifestWalker::child(const std::string& pointer, std::size_t index)
{
    return pointer + '/' + std::to_string(index);
}

void ManifestWalker::checkKnown(const json& obj, const std::string& pointer,
                                std::initializer_list<const char*> known)
{
    for (const auto& item : obj.items()) {
        const bool isKnown =
            std::any_of(known.begin(), known.end(), [&](const char* k) { return item.key() == k; });
        if (isKnown)
            continue;
        // A near miss of a known field is a mistake whose effect (a film without captions) the
        // author would not see; anything else may be a newer format's, and is only a warning.
        if (const auto meant = suggestField(item.key(), known))
            error(child(pointer, item.key()),
                  "unknown field \"" + item.key() + "\": did you mean \"" + *meant + "\"?");
        else
            warning(child(pointer, item.key()),
                    "unknown field \"" + item.key() + "\" is ignored (a newer Reflekt may know it)");
    }
}

const json* ManifestWalker::member(const json& obj, const std::string& pointer, const char* key,
                                   bool required, json::value_t type)
{
    const auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            error(child(pointer, key), std::string("required field \"") + key + "\" is missing");
        return nullptr;
    }
    const bool numeric = type == json::value_t::number_float;
    if (numeric ? !it->is_number() : it->type() != type) {
        error(child(pointer, key),
              std::string("must be ") + typeName(type) + ", not " + typeName(it->type()));
        return nullptr;
    }
    return &*it;
}

std::string ManifestWalker::readString(const json& obj, const std::string& pointer, const char* key,
                                       bool required)
{
    const json* v = member(obj, pointer, key, required, json::value_t::string);
    return v ? v->get<std::string>() : std::string();
}

std::string ManifestWalker::readId(const json& obj, const std::string& pointer, const char* key)
{
    std::string id = readString(obj, pointer, key, true);
    if (obj.contains(key) && obj[key].is_string() && !isValidId(id))
        error(child(pointer, key), "\"" + id +
                                       "\" is not a valid id: use letters, digits, '.', '_' and '-', "
                                       "starting with a letter or digit, at most 128 characters");
    return id;
}

std::optional<double> ManifestWalker::readNumber(const json& obj, const std::string& pointer, const char* key,
                                                 double min, double max)
{
    const json* v = member(obj, pointer, key, false, json::value_t::number_float);
    if (!v)
        return std::nullopt;
    const double d = v->get<double>();
    if (!(d >= min && d <= max)) {
        error(child(pointer, key), "must be between " + formatNumber(min) + " and " + formatNumber(max));
        return std::nullopt;
    }
    return d;
}

std::optional<int> ManifestWalker::readMinutes(const json& obj, const std::string& pointer, const char* key)
{
    if (obj.contains(key) && obj[key].is_number() && !obj[key].is_number_integer()) {
        error(child(pointer, key), "must be a whole number of minutes");
        return std::nullopt;
    }
    const auto d = readNumber(obj, pointer, key, 0, 24 * 60);
    return d ? std::optional<int>(static_cast<int>(*d)) : std::nullopt;
}

bool ManifestWalker::checkLanguage(const std::string& language, const std::string& pointer)
{
    if (!isLanguageTag(language)) {
        error(pointer, "\"" + language + "\" is not a language tag such as \"sv\", \"nb\" or \"en\"");
        return false;
    }
    if (!m_languages.count(language))
        warning(pointer, "language \"" + language + "\" is not declared in /languages");
    return true;
}

LocalizedText ManifestWalker::readText(const json& obj, const std::string& pointer, const char* key,
                                       bool required)
{
    LocalizedText text;
    const json* v = member(obj, pointer, key, required, json::value_t::object);
    if (!v)
        return text;
    const std::string here = child(pointer, key);
    for (const auto& item : v->items()) {
        if (!checkLanguage(item.key(), child(here, item.key())))
            continue;
        if (!item.value().is_string()) {
            error(child(here, item.key()),
                  std::string("must be a string, not ") + typeName(item.value().type()));
            continue;
        }
        text.set(item.key(), item.value().get<std::string>());
    }
    if (!m_defaultLanguage.empty() && !text.has(m_defaultLanguage))
        error(here, "has no text in the default language \"" + m_defaultLanguage + "\"");
    else if (!m_defaultLanguage.empty() &&
             text.get(m_defaultLanguage).find_first_not_of(" \t\r\n") == std::string::npos)
        // A question or title left blank would show participants nothing (an editor's new
        // question starts so).
        error(child(here, m_defaultLanguage), "is empty: write the text in \"" + m_defaultLanguage + "\"");
    return text;
}

std::string ManifestWalker::readPath(const json& obj, const std::string& pointer, const char* key,
                                     bool required)
{
    std::string path = readString(obj, pointer, key, required);
    if (!path.empty() || (obj.contains(key) && obj[key].is_string())) {
        if (std::string why = checkRelativePath(path); !why.empty()) {
            error(child(pointer, key), "\"" + path + "\": " + why);
            return {};
        }
    }
    return path;
}

LocalizedPath ManifestWalker::readLocalizedPath(const json& obj, const std::string& pointer, const char* key,
                                                bool required)
{
    LocalizedPath paths;
    const json* v = member(obj, pointer, key, required, json::value_t::object);
    if (!v)
        return paths;
    const std::string here = child(pointer, key);
    for (const auto& item : v->items()) {
        if (!checkLanguage(item.key(), child(here, item.key())))
            continue;
        const std::string p = readPath(*v, here, item.key().c_str(), true);
        if (!p.empty())
            paths[item.key()] = p;
    }
    // A default-language entry with a bad path has its own error already.
    if (!m_defaultLanguage.empty() && !v->contains(m_defaultLanguage))
        error(here, "has no file for the default language \"" + m_defaultLanguage + "\"");
    return paths;
}

Bundle ManifestWalker::readBundle(const json& root)
{
    Bundle b;
    checkKnown(root, "",
               {"$schema", "format", "formatVersion", "id", "version", "defaultLanguage", "languages",
                "title", "description", "audience", "publisher", "licence", "cover", "accentColor", "sha256", "modules"});
    const std::string format = readString(root, "", "format", true);
    if (root.contains("format") && root["format"].is_string() && format != "reflekt-bundle")
        error("/format", "must be \"reflekt-bundle\"");

    const std::string version = readString(root, "", "formatVersion", true);
    if (root.contains("formatVersion") && root["formatVersion"].is_string()) {
        if (!isFormatVersion(version)) {
            error("/formatVersion", "\"" + version + "\" is not a format version such as \"1.0\"");
        } else {
            const auto dot = version.find('.');
            const int major = std::stoi(version.substr(0, dot));
            const int minor = std::stoi(version.substr(dot + 1));
            if (major < 1)
                error("/formatVersion", "\"" + version + "\" is not a format version such as \"1.0\"");
            else if (major > kBundleFormatMajor)
                error("/formatVersion", "this bundle uses format " + version +
                                            ", which is newer than this "
                                            "Reflekt can read (" +
                                            std::to_string(kBundleFormatMajor) + ".x); update Reflekt");
            b.formatMajor = major;
            b.formatMinor = minor;
        }
    }

    b.id = readId(root, "", "id");
    b.version = readString(root, "", "version", true);
    if (root.contains("version") && root["version"].is_string() && b.version.empty())
        error("/version", "must not be empty: give the bundle's own version, such as \"1.0.0\"");
    b.defaultLanguage = readString(root, "", "defaultLanguage", true);
    if (root.contains("defaultLanguage") && root["defaultLanguage"].is_string() &&
        !isLanguageTag(b.defaultLanguage))
        error("/defaultLanguage", "\"" + b.defaultLanguage + "\" is not a language tag such as \"sv\"");
    // Without a usable default language, the per-string "has the default language" checks are
    // skipped: the one error above says what is wrong.
    if (isLanguageTag(b.defaultLanguage)) {
        m_defaultLanguage = b.defaultLanguage;
        m_languages.insert(b.defaultLanguage);
    }
    if (const json* langs = member(root, "", "languages", false, json::value_t::array)) {
        for (std::size_t i = 0; i < langs->size(); ++i) {
            const json& l = (*langs)[i];
            if (!l.is_string() || !isLanguageTag(l.get<std::string>()))
                error(child("/languages", i), "must be a language tag such as \"sv\", \"nb\" or \"en\"");
            else
                m_languages.insert(l.get<std::string>());
        }
    }
    b.languages.assign(m_languages.begin(), m_languages.end());

    b.title = readText(root, "", "title", true);
    b.description = readText(root, "", "description", false);
    b.audience = readText(root, "", "audience", false);
    if (root.contains("publisher") && root["publisher"].is_string()) {
        b.publisher = root["publisher"].get<std::string>();
    } else if (const json* pub = member(root, "", "publisher", false, json::value_t::object)) {
        checkKnown(*pub, "/publisher", {"name", "url"});
        b.publisher = readString(*pub, "/publisher", "name", true);
        b.publisherUrl = readString(*pub, "/publisher", "url", false);
    }
    b.licence = readString(root, "", "licence", false);
    b.accentColor = readString(root, "", "accentColor", false);
    if (!b.accentColor.empty() && !isHexColour(b.accentColor)) {
        // Only a look: the package still opens, in Reflekt's own accent.
        warning("/accentColor", "\"" + b.accentColor + "\" is not a colour like \"#1F6F78\"; Reflekt's own accent is used");
        b.accentColor.clear();
    }
    b.cover = readPath(root, "", "cover", false);

    if (const json* sums = member(root, "", "sha256", false, json::value_t::object)) {
        for (const auto& item : sums->items()) {
            const std::string here = child("/sha256", item.key());
            if (std::string why = checkRelativePath(item.key()); !why.empty()) {
                error(here, "\"" + item.key() + "\": " + why);
                continue;
            }
            const std::string hex =
                item.value().is_string() ? item.value().get<std::string>() : std::string();
            const bool ok = hex.size() == 64 && std::all_of(hex.begin(), hex.end(), [](char c) {
                                return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f');
                            });
            if (!ok)
                error(here, "must be a SHA-256 digest: 64 lowercase hexadecimal characters");
            else
                b.sha256[item.key()] = hex;
        }
    }

    if (const json* modules = member(root, "", "modules", true, json::value_t::array)) {
        if (modules->empty())
            error("/modules", "a bundle needs at least one module");
        std::set<std::string> ids;
        for (std::size_t i = 0; i < modules->size(); ++i) {
            const std::string here = child("/modules", i);
            if (!(*modules)[i].is_object()) {
                error(here, "must be an object");
                continue;
            }
            Module m = readModule((*modules)[i], here);
            if (!m.id.empty() && !ids.insert(m.id).second)
                error(here + "/id", "duplicate module id \"" + m.id + "\"");
            b.modules.push_back(std::move(m));
        }
    }
    return b;
}

Module ManifestWalker::readModule(const json& m, const std::string& pointer)
{
    Module module;
    checkKnown(m, pointer, {"id", "kind", "title", "summary", "minutes", "facilitatorGuide", "steps"});
    module.id = readId(m, pointer, "id");
    const std::string kind = readString(m, pointer, "kind", false);
    if (m.contains("kind") && m["kind"].is_string()) {
        if (auto k = moduleKindFromString(kind))
            module.kind = *k;
        else
            error(pointer + "/kind", "\"" + kind +
                                         "\" is not a module kind: use facilitator-intro, module, "
                                         "case or regional");
    }
    module.title = readText(m, pointer, "title", true);
    module.summary = readText(m, pointer, "summary", false);
    module.minutes = readMinutes(m, pointer, "minutes").value_or(0);
    module.facilitatorGuide = readLocalizedPath(m, pointer, "facilitatorGuide", false);

    if (const json* steps = member(m, pointer, "steps", true, json::value_t::array)) {
        if (steps->empty())
            error(pointer + "/steps", "a module needs at least one step");
        std::set<std::string> ids;
        for (std::size_t i = 0; i < steps->size(); ++i) {
            const std::string here = child(pointer + "/steps", i);
            if (!(*steps)[i].is_object()) {
                error(here, "must be an object");
                continue;
            }
            Step s = readStep((*steps)[i], here);
            if (!s.id.empty() && !ids.insert(s.id).second)
                error(here + "/id", "duplicate step id \"" + s.id + "\" in this module");
            module.steps.push_back(std::move(s));
        }
    }
    return module;
}

Step ManifestWalker::readStep(const json& s, const std::string& pointer)
{
    Step step;
    step.id = readId(s, pointer, "id");
    const std::string type = readString(s, pointer, "type", true);
    step.title = readText(s, pointer, "title", false);
    step.minutes = readMinutes(s, pointer, "minutes");
    step.guideSection = readText(s, pointer, "guideSection", false);
    const auto t = stepTypeFromString(type);
    if (!t) {
        if (s.contains("type") && s["type"].is_string())
            error(pointer + "/type",
                  "\"" + type + "\" is not a step type: use film, text, reflection or activity");
        return step;
    }
    step.type = *t;
    switch (step.type) {
    case StepType::Film:
        checkKnown(s, pointer,
                   {"id", "type", "title", "minutes", "guideSection", "video", "poster", "durationSeconds",
                    "requiredShare", "captions", "chapters", "descriptions", "describedAudio"});
        readFilm(s, pointer, step);
        break;
    case StepType::Text:
        checkKnown(s, pointer, {"id", "type", "title", "minutes", "guideSection", "markdown"});
        step.document = readLocalizedPath(s, pointer, "markdown", true);
        break;
    case StepType::Activity: {
        checkKnown(s, pointer, {"id", "type", "title", "minutes", "guideSection", "activity", "document"});
        step.activityKind = readString(s, pointer, "activity", false);
        if (s.contains("activity") && s["activity"].is_string() && step.activityKind != "worksheet" &&
            step.activityKind != "cards")
            error(pointer + "/activity",
                  "\"" + step.activityKind + "\" is not an activity: use worksheet or cards");
        if (step.activityKind.empty())
            step.activityKind = "worksheet";
        step.document = readLocalizedPath(s, pointer, "document", true);
        break;
    }
    case StepType::Reflection:
        checkKnown(s, pointer, {"id", "type", "title", "minutes", "guideSection", "intro", "questions"});
        step.intro = readText(s, pointer, "intro", false);
        step.questions = readQuestions(s, pointer, 1);
        if (s.contains("questions") && s["questions"].is_array() && s["questions"].empty())
            error(pointer + "/questions", "a reflection step needs at least one question");
        break;
    }
    return step;
}

void ManifestWalker::readFilm(const json& s, const std::string& pointer, Step& step)
{
    step.video = readPath(s, pointer, "video", true);
    step.poster = readPath(s, pointer, "poster", false);
    step.durationSeconds = readNumber(s, pointer, "durationSeconds", 0, 24 * 3600).value_or(0.0);
    step.requiredShare = readNumber(s, pointer, "requiredShare", 0, 1).value_or(0.9);
    if (const json* caps = member(s, pointer, "captions", false, json::value_t::array)) {
        std::set<std::string> langs;
        for (std::size_t i = 0; i < caps->size(); ++i) {
            const std::string here = child(pointer + "/captions", i);
            const json& c = (*caps)[i];
            if (!c.is_object()) {
                error(here, "must be an object");
                continue;
            }
            checkKnown(c, here, {"language", "file", "label"});
            CaptionTrack track;
            track.language = readString(c, here, "language", true);
            if (!track.language.empty()) {
                if (!isLanguageTag(track.language))
                    error(here + "/language", "\"" + track.language + "\" is not a language tag");
                else if (!m_languages.count(track.language))
                    error(here + "/language",
                          "caption language \"" + track.language + "\" is not declared in /languages");
                if (!langs.insert(track.language).second)
                    error(here + "/language", "a second caption track for \"" + track.language + "\"");
            }
            track.file = readPath(c, here, "file", true);
            if (c.contains("label"))
                track.label = readText(c, here, "label", false);
            step.captions.push_back(std::move(track));
        }
    }
    step.descriptions = readTrackFiles(s, pointer, "descriptions", "description track");
    step.describedAudio = readTrackFiles(s, pointer, "describedAudio", "described audio");
    if (const json* chapters = member(s, pointer, "chapters", false, json::value_t::array)) {
        double previous = -1;
        for (std::size_t i = 0; i < chapters->size(); ++i) {
            const std::string here = child(pointer + "/chapters", i);
            const json& c = (*chapters)[i];
            if (!c.is_object()) {
                error(here, "must be an object");
                continue;
            }
            checkKnown(c, here, {"start", "title"});
            Chapter chapter;
            if (!c.contains("start"))
                error(here + "/start", "required field \"start\" is missing");
            chapter.startSeconds = readNumber(c, here, "start", 0, 24 * 3600).value_or(0.0);
            if (chapter.startSeconds < previous)
                error(here + "/start", "chapters must be in order of their start time");
            if (step.durationSeconds > 0 && chapter.startSeconds > step.durationSeconds)
                error(here + "/start", "starts after the end of the film");
            previous = chapter.startSeconds;
            chapter.title = readText(c, here, "title", true);
            step.chapters.push_back(std::move(chapter));
        }
    }
}

// {"sv": "media/film.descriptions.sv.vtt"}: one file per language, each language declared in
// /languages (a track nobody's language matches would never be offered), none required.
LocalizedPath ManifestWalker::readTrackFiles(const json& s, const std::string& pointer, const char* key,
                                             const char* what)
{
    LocalizedPath files;
    const json* v = member(s, pointer, key, false, json::value_t::object);
    if (!v)
        return files;
    const std::string here = child(pointer, key);
    for (const auto& item : v->items()) {
        const std::string& language = item.key();
        if (!isLanguageTag(language)) {
            error(child(here, language), "\"" + language + "\" is not a language tag such as \"sv\" or \"nb\"");
            continue;
        }
        if (!m_languages.count(language)) {
            error(child(here, language),
                  std::string(what) + " language \"" + language + "\" is not declared in /languages");
            continue;
        }
        const std::string path = readPath(*v, here, language.c_str(), true);
        if (!path.empty())
            files[language] = path;
    }
    return files;
}

std::vector<Question> ManifestWalker::readQuestions(const json& obj, const std::string& pointer, int level)
{
    std::vector<Question> out;
    const json* qs = member(obj, pointer, "questions", level == 1, json::value_t::array);
    if (!qs)
        return out;
    if (level > 3) {
        error(pointer + "/questions", "questions may be nested at most 3 levels deep");
        return out;
    }
    for (std::size_t i = 0; i < qs->size(); ++i) {
        const std::string here = child(pointer + "/questions", i);
        const json& q = (*qs)[i];
        if (!q.is_object()) {
            error(here, "must be an object");
            continue;
        }
        checkKnown(q, here, {"id", "text", "minutes", "questions"});
        Question question;
        question.id = readId(q, here, "id");
        if (!question.id.empty() && !m_questionIds.insert(question.id).second)
            error(here + "/id", "duplicate question id \"" + question.id +
                                    "\" (question ids are unique "
                                    "in the whole bundle)");
        question.text = readText(q, here, "text", true);
        question.minutes = readMinutes(q, here, "minutes");
        question.children = readQuestions(q, here, level + 1);
        out.push_back(std::move(question));
    }
    return out;
}

} // namespace reflekt
