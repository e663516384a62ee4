#include "core/XapiStatement.h"

#include <cmath>
#include <cstdio>
#include <ctime>

namespace reflekt {

namespace {

nlohmann::json activityJson(const XapiActivity& a)
{
    nlohmann::json j = {{"objectType", "Activity"}, {"id", a.id}};
    nlohmann::json definition = nlohmann::json::object();
    if (!a.type.empty())
        definition["type"] = a.type;
    if (!a.name.empty()) {
        nlohmann::json name = nlohmann::json::object();
        for (const auto& [language, text] : a.name.values())
            if (!text.empty())
                name[language] = text;
        if (!name.empty())
            definition["name"] = name;
    }
    if (!definition.empty())
        j["definition"] = definition;
    return j;
}

nlohmann::json activityList(const std::vector<XapiActivity>& list)
{
    auto out = nlohmann::json::array();
    for (const auto& a : list)
        out.push_back(activityJson(a));
    return out;
}

} // namespace

std::string xapiVerbId(XapiVerb verb)
{
    return "http://adlnet.gov/expapi/verbs/" + xapiVerbDisplay(verb);
}

std::string xapiVerbDisplay(XapiVerb verb)
{
    switch (verb) {
    case XapiVerb::Launched:
        return "launched";
    case XapiVerb::Progressed:
        return "progressed";
    case XapiVerb::Completed:
        return "completed";
    case XapiVerb::Answered:
        return "answered";
    case XapiVerb::Attended:
        return "attended";
    }
    return "experienced";
}

std::string xapiTimestamp(std::int64_t unixMs)
{
    const std::int64_t seconds = unixMs >= 0 ? unixMs / 1000 : (unixMs - 999) / 1000;
    const auto millis = static_cast<int>(unixMs - seconds * 1000);
    const auto t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                  tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, millis);
    return buffer;
}

std::string xapiDuration(std::int64_t ms)
{
    if (ms < 0)
        ms = 0;
    const std::int64_t hours = ms / 3'600'000;
    const std::int64_t minutes = (ms / 60'000) % 60;
    const std::int64_t centis = (ms % 60'000) / 10; // xAPI keeps 0.01 s precision
    std::string out = "PT";
    if (hours > 0)
        out += std::to_string(hours) + "H";
    if (minutes > 0)
        out += std::to_string(minutes) + "M";
    if (centis > 0 || (hours == 0 && minutes == 0)) {
        out += std::to_string(centis / 100);
        if (centis % 100 != 0) {
            char frac[8];
            std::snprintf(frac, sizeof frac, ".%02d", static_cast<int>(centis % 100));
            out += frac;
        }
        out += "S";
    }
    return out;
}

nlohmann::json XapiStatement::toJson() const
{
    nlohmann::json j;
    j["id"] = id;
    j["actor"] = {{"objectType", "Agent"}, {"account", {{"homePage", actor.homePage}, {"name", actor.name}}}};
    j["verb"] = {{"id", xapiVerbId(verb)}, {"display", {{"en-US", xapiVerbDisplay(verb)}}}};
    j["object"] = activityJson(object);
    j["timestamp"] = xapiTimestamp(timestampMs);

    nlohmann::json r = nlohmann::json::object();
    if (result.completion)
        r["completion"] = *result.completion;
    if (result.response)
        r["response"] = *result.response;
    if (result.durationMs)
        r["duration"] = xapiDuration(*result.durationMs);
    if (result.progressShare) // three decimals: the same share always gives the same JSON
        r["extensions"] = {{kXapiProgressExtension, std::round(*result.progressShare * 1000.0) / 1000.0}};
    if (!r.empty())
        j["result"] = r;

    nlohmann::json c = {{"platform", "Reflekt"}};
    if (!context.revision.empty())
        c["revision"] = context.revision;
    if (!context.language.empty())
        c["language"] = context.language;
    nlohmann::json activities = nlohmann::json::object();
    if (!context.parent.empty())
        activities["parent"] = activityList(context.parent);
    if (!context.grouping.empty())
        activities["grouping"] = activityList(context.grouping);
    if (!context.other.empty())
        activities["other"] = activityList(context.other);
    if (!activities.empty())
        c["contextActivities"] = activities;
    j["context"] = c;
    return j;
}

} // namespace reflekt
