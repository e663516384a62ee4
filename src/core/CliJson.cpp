#include "core/CliJson.h"

#include "core/UnicodeText.h"

#include <nlohmann/json.hpp>

namespace reflekt {

namespace {

using nlohmann::json;

json problemsToJson(const std::vector<Problem>& problems)
{
    auto out = json::array();
    for (const auto& p : problems) {
        json j = {{"severity", p.severity == Severity::Error ? "error" : "warning"},
                  {"file", validUtf8(p.file)},
                  {"pointer", validUtf8(p.pointer)},
                  {"message", validUtf8(p.message)}};
        // The field in words ("module 2 “Kultur och identitet”, step 1 (film), captions"), for
        // tools that show problems to people (an editor plug-in, a CI report).
        if (!p.place.empty())
            j["place"] = validUtf8(p.place);
        if (p.line > 0) {
            j["line"] = p.line;
            j["column"] = p.column;
        }
        out.push_back(j);
    }
    return out;
}

/**
 * Every string is valid UTF-8 already; `replace` is the second guard, so a string that slipped
 * through still cannot make dump() throw (type_error.316) and abort the command.
 */
std::string dumpDocument(const json& document)
{
    try {
        return document.dump(2, ' ', false, json::error_handler_t::replace);
    } catch (const std::exception&) {
        return "[]"; // only out of memory is left; an empty report still parses
    }
}

} // namespace

std::string validateReportJson(const std::vector<ValidatedPath>& validated)
{
    try {
        auto report = json::array();
        for (const auto& v : validated) {
            report.push_back({{"path", validUtf8(v.path)},
                              {"valid", v.result.ok()},
                              {"problems", problemsToJson(v.result.problems)}});
        }
        return dumpDocument(report);
    } catch (const std::exception&) {
        return "[]";
    }
}

std::string libraryStatus(const LibraryEntry& entry)
{
    return entry.usable() ? "ok" : (entry.shadowed ? "shadowed" : "broken");
}

std::string libraryListJson(const std::vector<LibraryEntry>& entries)
{
    try {
        auto report = json::array();
        for (const auto& e : entries) {
            json j = {{"path", validUtf8(e.folder.string())},
                      {"source", toString(e.source)},
                      {"status", libraryStatus(e)}};
            if (e.load.bundle) {
                j["id"] = validUtf8(e.load.bundle->id);
                j["version"] = validUtf8(e.load.bundle->version);
                j["title"] = validUtf8(e.load.bundle->title.get(e.load.bundle->defaultLanguage));
                j["modules"] = e.load.bundle->modules.size();
            }
            if (!e.usable())
                j["reason"] = validUtf8(e.reason());
            report.push_back(j);
        }
        return dumpDocument(report);
    } catch (const std::exception&) {
        return "[]";
    }
}

} // namespace reflekt
