#pragma once

#include <string>

namespace reflekt {

/**
 * Identifiers for xAPI statements: UUID v4 statement ids, and activity IRIs built from the
 * bundle's stable ids (never from its titles or file names), so a new bundle version that keeps
 * its ids reports on the same activities. Ids are percent-encoded where they are not IRI-safe.
 *
 *   bundle    urn:reflekt:activity:<bundle>
 *   module    urn:reflekt:activity:<bundle>/module/<module>
 *   step      urn:reflekt:activity:<bundle>/module/<module>/step/<step>
 *   question  urn:reflekt:activity:<bundle>/question/<question>
 *   session   urn:reflekt:session:<uuid>
 */
class XapiIds {
public:
    /** A random (version 4, RFC 4122 variant) UUID in lower-case 8-4-4-4-12 form. */
    static std::string newUuid();
    /** True for a lower- or upper-case 8-4-4-4-12 hex UUID. */
    static bool isUuid(const std::string& text);

    static std::string bundle(const std::string& bundleId);
    static std::string module(const std::string& bundleId, const std::string& moduleId);
    static std::string step(const std::string& bundleId, const std::string& moduleId, const std::string& stepId);
    static std::string question(const std::string& bundleId, const std::string& questionId);
    static std::string session(const std::string& sessionUuid);

    /** ADL activity type IRIs. */
    static constexpr const char* kTypeCourse = "http://adlnet.gov/expapi/activities/course";
    static constexpr const char* kTypeModule = "http://adlnet.gov/expapi/activities/module";
    static constexpr const char* kTypeMedia = "http://adlnet.gov/expapi/activities/media";
    static constexpr const char* kTypeLesson = "http://adlnet.gov/expapi/activities/lesson";
    static constexpr const char* kTypeQuestion = "http://adlnet.gov/expapi/activities/question";
    static constexpr const char* kTypeMeeting = "http://adlnet.gov/expapi/activities/meeting";

    /** Letters, digits and "-._~" stay; everything else becomes %XX (UTF-8 bytes). */
    static std::string encode(const std::string& id);
};

} // namespace reflekt
