#pragma once

#include "core/LocalizedText.h"
#include "core/Problem.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace reflekt {

// The bundle model: plain value types filled by ManifestReader. See docs/bundle-format.md.

/** Format version this reader understands; a newer major is refused. */
inline constexpr int kBundleFormatMajor = 1;
inline constexpr int kBundleFormatMinor = 0;

/** A file path inside the bundle, per language ("sv" -> "text/intro.sv.md"). */
using LocalizedPath = std::map<std::string, std::string>;

struct CaptionTrack {
    std::string language;
    std::string file;    ///< WebVTT, relative to the bundle root
    LocalizedText label; ///< e.g. {"sv": "Svenska"}
};

struct Chapter {
    double startSeconds = 0.0;
    LocalizedText title;
};

struct Question {
    std::string id;
    LocalizedText text;
    std::optional<int> minutes;     ///< planned discussion minutes
    std::vector<Question> children; ///< sub-questions, at most 3 levels in all
};

enum class StepType { Film, Text, Reflection, Activity };
enum class ModuleKind { FacilitatorIntro, Module, Case, Regional };

struct Step {
    std::string id;
    StepType type = StepType::Text;
    LocalizedText title;
    std::optional<int> minutes;
    /** Heading of the facilitator guide's section for this step (the text after the #s), per
        language; empty when the bundle names none (the console then looks for the step's title). */
    LocalizedText guideSection;

    // film
    std::string video;
    std::string poster;
    double durationSeconds = 0.0;
    double requiredShare = 0.9; ///< share of distinct seconds that must be watched
    std::vector<CaptionTrack> captions;
    std::vector<Chapter> chapters;
    /** Audio description per language: a WebVTT file of texts to speak ("kind: descriptions"), and
        a version of the film's sound with the description mixed in; either may be absent. */
    LocalizedPath descriptions;
    LocalizedPath describedAudio;

    // text / activity: Markdown (or PDF for activities) per language
    LocalizedPath document;
    std::string activityKind; ///< "worksheet" or "cards"

    // reflection
    LocalizedText intro;
    std::vector<Question> questions;

    /** Why this step's own files cannot be used ("film/case1.mp4: file not found"); empty when they
        can. Set only when loading with LoadOptions::unavailableStepsOnly. */
    std::string unavailable;
};

struct Module {
    std::string id;
    ModuleKind kind = ModuleKind::Module;
    LocalizedText title;
    LocalizedText summary;
    int minutes = 0;
    LocalizedPath facilitatorGuide; ///< Markdown, shown only to facilitators
    std::vector<Step> steps;
};

struct Bundle {
    int formatMajor = kBundleFormatMajor;
    int formatMinor = kBundleFormatMinor;
    std::string id;
    std::string version;
    std::string defaultLanguage;
    std::vector<std::string> languages;
    LocalizedText title;
    LocalizedText description;
    LocalizedText audience;
    std::string publisher;
    std::string publisherUrl;
    std::string licence;
    std::string cover;
    std::string accentColor; ///< "#RRGGBB" or empty: the package's one accent colour on the laptop side
    std::map<std::string, std::string> sha256; ///< path -> lowercase hex digest, checked on import
    std::vector<Module> modules;

    std::filesystem::path root; ///< folder the bundle was read from (set by loadBundle)

    const Module* findModule(const std::string& moduleId) const;
    /** All question ids of the bundle, depth first, for notes that must outlive a new version. */
    std::vector<std::string> questionIds() const;
    /** An absolute path for a bundle-relative one (no safety check: validation did that). */
    std::filesystem::path resolve(const std::string& relative) const;
};

/** Result of loading a bundle: the bundle when usable, and every problem found. */
struct LoadResult {
    std::optional<Bundle> bundle;
    std::vector<Problem> problems;

    bool ok() const { return bundle.has_value() && !hasErrors(problems); }
};

std::string toString(StepType type);
std::string toString(ModuleKind kind);
std::optional<StepType> stepTypeFromString(const std::string& s);
std::optional<ModuleKind> moduleKindFromString(const std::string& s);

/** The number shown for a question at `path` (0-based indices): {0,1} -> "1.2". */
std::string questionNumber(const std::vector<std::size_t>& path);

} // namespace reflekt
