#include "core/PackageTemplate.h"

#include "core/DurableFile.h"
#include "core/PackageEdits.h"
#include "core/PackageTemplateTexts.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <system_error>

namespace fs = std::filesystem;
using ordered = nlohmann::ordered_json;

namespace reflekt {

namespace {

ordered localized(const std::string& language, const std::string& text)
{
    ordered o = ordered::object();
    o[language] = text;
    return o;
}

std::string manifest(const std::string& id, const std::string& lang, const TemplateTexts& t)
{
    ordered film = {{"id", "film"}, {"type", "film"}, {"title", localized(lang, t.filmTitle)},
                    {"video", "media/film.mp4"}, {"durationSeconds", 10}, {"requiredShare", 0.9}};
    film["captions"] = ordered::array(
        {{{"language", lang}, {"file", "media/film." + lang + ".vtt"}, {"label", localized(lang, t.captionLabel)}}});
    film["chapters"] = ordered::array({{{"start", 0}, {"title", localized(lang, t.chapterOne)}},
                                       {{"start", 5}, {"title", localized(lang, t.chapterTwo)}}});
    const ordered text = {{"id", "text"}, {"type", "text"}, {"title", localized(lang, t.textTitle)},
                          {"markdown", localized(lang, "text/modul-1.md")}};
    ordered sub = {{"id", "q1a"}, {"text", localized(lang, t.subQuestion)}};
    ordered q1 = {{"id", "q1"}, {"text", localized(lang, t.questionOne)}, {"minutes", 10}};
    q1["questions"] = ordered::array({sub});
    const ordered q2 = {{"id", "q2"}, {"text", localized(lang, t.questionTwo)}, {"minutes", 5}};
    ordered reflection = {{"id", "reflektion"}, {"type", "reflection"}, {"title", localized(lang, t.reflectionTitle)},
                          {"intro", localized(lang, t.reflectionIntro)}};
    reflection["questions"] = ordered::array({q1, q2});
    ordered module = {{"id", "modul-1"}, {"kind", "module"}, {"title", localized(lang, t.moduleTitle)},
                      {"summary", localized(lang, t.moduleSummary)}, {"minutes", 30},
                      {"facilitatorGuide", localized(lang, "guides/modul-1.md")}};
    module["steps"] = ordered::array({film, text, reflection});

    ordered root = {{"format", "reflekt-bundle"}, {"formatVersion", "1.0"}, {"id", id}, {"version", "0.1.0"},
                    {"defaultLanguage", lang}, {"languages", ordered::array({lang})},
                    {"title", localized(lang, t.packageTitle)}, {"description", localized(lang, t.description)},
                    {"audience", localized(lang, t.audience)}, {"publisher", {{"name", t.publisher}}},
                    {"licence", "CC-BY-4.0"}};
    root["modules"] = ordered::array({module});
    return root.dump(2) + "\n";
}

bool isEmptyOrMissing(const fs::path& dir, std::error_code& ec)
{
    if (!fs::exists(dir, ec))
        return !ec;
    return fs::is_directory(dir, ec) && fs::is_empty(dir, ec);
}

} // namespace

const std::vector<std::string>& templateLanguages()
{
    static const std::vector<std::string> kLanguages{"sv", "nb", "en"};
    return kLanguages;
}

TemplateResult writePackageTemplate(const fs::path& dir, const std::string& language,
                                    std::string_view placeholderFilm)
{
    TemplateResult result;
    const std::string shown = dir.string();
    const auto& langs = templateLanguages();
    if (std::find(langs.begin(), langs.end(), language) == langs.end()) {
        result.problems.push_back({Severity::Error, shown, {}, "\"" + language +
                                   "\" is not a language the template is written in: use sv, nb or en", 0, 0});
        return result;
    }
    std::error_code ec;
    if (!isEmptyOrMissing(dir, ec)) {
        result.problems.push_back({Severity::Error, shown, {},
                                   ec ? "cannot be read: " + ec.message()
                                      : "is not an empty folder; a new package needs a folder of its own",
                                   0, 0});
        return result;
    }
    const TemplateTexts& t = templateTexts(language);
    const fs::path absolute = fs::absolute(dir, ec).lexically_normal();
    const std::string name = (absolute.has_filename() ? absolute : absolute.parent_path()).filename().string();
    const std::string id = "local." + makeId(name, {}, "new-package");
    const std::vector<std::pair<std::string, std::string>> files = {
        {"bundle.json", manifest(id, language, t)},
        {"README.md", t.readme},
        {"media/film.mp4", std::string(placeholderFilm)},
        {"media/film." + language + ".vtt", t.captions},
        {"text/modul-1.md", t.text},
        {"guides/modul-1.md", t.guide},
    };
    const bool existed = fs::exists(dir, ec);
    for (const auto& [relative, bytes] : files) {
        const fs::path target = dir / relative;
        fs::create_directories(target.parent_path(), ec);
        const WriteResult written = ec ? WriteResult{"could not create " + target.parent_path().string() + ": " +
                                                         ec.message(), ec.message(), ec.value()}
                                       : writeFileDurably(target, bytes);
        if (!written.ok()) {
            result.problems.push_back({Severity::Error, (dir / relative).string(), {},
                                       "could not be written: " + written.cause + "; nothing was kept", 0, 0});
            // Leave no half package: remove what this call wrote, and the folder if it made it.
            for (const std::string& done : result.written)
                fs::remove(dir / done, ec);
            for (const char* sub : {"media", "text", "guides"})
                fs::remove(dir / sub, ec); // only removes an empty folder
            if (!existed)
                fs::remove(dir, ec);
            result.written.clear();
            return result;
        }
        result.written.push_back(relative);
    }
    return result;
}

} // namespace reflekt
