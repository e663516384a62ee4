#include "core/ProblemPlace.h"

#include "core/JsonPositions.h"

#include <charconv>

namespace reflekt {

namespace {

using nlohmann::json;

std::vector<std::string> tokens(const std::string& pointer)
{
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < pointer.size() && pointer[at] == '/') {
        const std::size_t end = pointer.find('/', at + 1);
        std::string t = pointer.substr(at + 1, end == std::string::npos ? std::string::npos : end - at - 1);
        std::string plain;
        for (std::size_t i = 0; i < t.size(); ++i) {
            if (t[i] == '~' && i + 1 < t.size()) {
                plain += t[i + 1] == '1' ? '/' : '~';
                ++i;
            } else {
                plain += t[i];
            }
        }
        out.push_back(std::move(plain));
        if (end == std::string::npos)
            break;
        at = end;
    }
    return out;
}

std::optional<std::size_t> index(const std::string& t)
{
    std::size_t v = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || end != t.data() + t.size() || t.empty())
        return std::nullopt;
    return v;
}

/** The title of `item` in `language`, else in any language; "" if it has none. */
std::string titleOf(const json& item, const std::string& language)
{
    if (!item.is_object() || !item.contains("title") || !item["title"].is_object())
        return {};
    const json& title = item["title"];
    const json* text = title.contains(language) ? &title[language] : nullptr;
    if (!text && !title.empty())
        text = &title.begin().value();
    if (!text || !text->is_string())
        return {};
    std::string s = text->get<std::string>();
    if (s.size() > 60)
        s = s.substr(0, 57) + "...";
    return s;
}

const json* child(const json* node, const std::string& key)
{
    if (!node)
        return nullptr;
    if (node->is_object()) {
        const auto it = node->find(key);
        return it == node->end() ? nullptr : &*it;
    }
    if (node->is_array())
        if (const auto i = index(key); i && *i < node->size())
            return &(*node)[*i];
    return nullptr;
}

} // namespace

std::string describePlace(const json& manifest, const std::string& pointer)
{
    const std::vector<std::string> t = tokens(pointer);
    if (t.empty())
        return {};
    const std::string language = manifest.is_object() && manifest.contains("defaultLanguage") &&
                                         manifest["defaultLanguage"].is_string()
                                     ? manifest["defaultLanguage"].get<std::string>()
                                     : std::string();
    std::vector<std::string> parts;
    const json* node = &manifest;
    std::string questionNumber;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const std::optional<std::size_t> next = i + 1 < t.size() ? index(t[i + 1]) : std::nullopt;
        const json* item = next ? child(child(node, t[i]), t[i + 1]) : nullptr;
        const std::string n = next ? std::to_string(*next + 1) : std::string();
        if (t[i] == "modules" && next) {
            const std::string title = item ? titleOf(*item, language) : std::string();
            parts.push_back("module " + n + (title.empty() ? "" : " \u201C" + title + "\u201D"));
        } else if (t[i] == "steps" && next) {
            std::string type = item && item->is_object() && item->contains("type") && (*item)["type"].is_string()
                                   ? (*item)["type"].get<std::string>()
                                   : std::string();
            parts.push_back("step " + n + (type.empty() ? "" : " (" + type + ")"));
        } else if (t[i] == "questions" && next) {
            questionNumber += (questionNumber.empty() ? "" : ".") + n;
            if (!parts.empty() && parts.back().rfind("question ", 0) == 0)
                parts.back() = "question " + questionNumber;
            else
                parts.push_back("question " + questionNumber);
        } else if ((t[i] == "chapters" || t[i] == "captions" || t[i] == "languages") && next) {
            parts.push_back(t[i].substr(0, t[i].size() - 1) + " " + n);
        } else if (next) {
            parts.push_back(t[i] + " " + n);
        } else {
            // A text in one language ("title/sv") reads "title (sv)".
            if (i + 1 < t.size() && i + 2 == t.size() && child(child(node, t[i]), t[i + 1]) &&
                t[i + 1].size() <= 8) {
                parts.push_back(t[i] + " (" + t[i + 1] + ")");
                break;
            }
            parts.push_back(t[i]);
            node = child(node, t[i]);
            continue;
        }
        node = item;
        ++i;
    }
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

void locateProblems(std::string_view manifestBytes, const std::string& fileName, std::vector<Problem>& problems)
{
    bool any = false;
    for (const Problem& p : problems)
        any = any || !p.pointer.empty();
    if (!any)
        return;
    const json manifest = json::parse(manifestBytes.begin(), manifestBytes.end(), nullptr, false);
    if (manifest.is_discarded())
        return;
    const JsonPositions positions(manifestBytes);
    for (Problem& p : problems) {
        if (p.pointer.empty())
            continue;
        if (p.place.empty())
            p.place = describePlace(manifest, p.pointer);
        if (p.file == fileName && p.line == 0) {
            if (const auto at = positions.find(p.pointer)) {
                p.line = at->line;
                p.column = at->column;
            }
        }
    }
}

} // namespace reflekt
