#pragma once

#include "core/LocalizedText.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace reflekt {

/** The ADL verbs Reflekt sends (http://adlnet.gov/expapi/verbs/...). See docs/xapi.md. */
enum class XapiVerb { Launched, Progressed, Completed, Answered, Attended };

/** The verb's IRI, e.g. "http://adlnet.gov/expapi/verbs/completed". */
std::string xapiVerbId(XapiVerb verb);
/** The verb's English display word ("completed"). */
std::string xapiVerbDisplay(XapiVerb verb);

/** xAPI extension key for the share of a film watched (0..1), from the xAPI video profile. */
inline constexpr const char* kXapiProgressExtension = "https://w3id.org/xapi/video/extensions/progress";

/** The learner: an account {homePage, name}, never an e-mail address unless that is the name given. */
struct XapiActor {
    std::string homePage; ///< the organisation's IRL, e.g. "https://lrs.kommun.se"
    std::string name;     ///< the pseudonymous account name of the profile
};

/** An activity: its IRI, an ADL activity type IRI and its name per language (both optional). */
struct XapiActivity {
    std::string id;
    std::string type;
    LocalizedText name;
};

/** The parts of a result Reflekt uses. */
struct XapiResult {
    std::optional<bool> completion;
    std::optional<double> progressShare; ///< film share watched, 0..1 (video profile extension)
    std::optional<std::string> response; ///< a note's text: only when the organisation allowed it
    std::optional<std::int64_t> durationMs;
};

/** Context: the module and bundle around an activity, the bundle version, a group session. */
struct XapiContext {
    std::vector<XapiActivity> parent;
    std::vector<XapiActivity> grouping;
    std::vector<XapiActivity> other;
    std::string revision; ///< the bundle version; empty if unknown
    std::string language; ///< RFC 5646 tag of the content language; empty if unknown
};

/** One xAPI 1.0.3 statement, built on the laptop (id and timestamp included) so a retry is idempotent. */
struct XapiStatement {
    std::string id; ///< UUID v4
    XapiActor actor;
    XapiVerb verb = XapiVerb::Completed;
    XapiActivity object;
    std::int64_t timestampMs = 0; ///< unix milliseconds UTC
    XapiResult result;
    XapiContext context;

    /** The statement as xAPI JSON (no "stored", "authority" or "version": the LRS sets those). */
    nlohmann::json toJson() const;
};

/** "2024-05-04T10:00:00.123Z" for unix milliseconds. */
std::string xapiTimestamp(std::int64_t unixMs);
/** ISO 8601 duration with hundredths, "PT1H5M3.25S", for milliseconds. */
std::string xapiDuration(std::int64_t ms);

} // namespace reflekt
