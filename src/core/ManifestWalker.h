#pragma once

#include "core/Bundle.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <set>
#include <string>
#include <vector>

namespace reflekt {

// Walks a parsed manifest into the model, collecting every problem with its JSON pointer.
// Internal to core: use parseManifest().
class ManifestWalker {
public:
    using json = nlohmann::json;

    ManifestWalker(std::string fileName, std::vector<Problem>& problems)
        : m_file(std::move(fileName)), m_problems(problems)
    {
    }

    Bundle readBundle(const json& root);

private:
    void error(const std::string& pointer, std::string message);
    void warning(const std::string& pointer, std::string message);
    static std::string child(const std::string& pointer, const std::string& key);
    static std::string child(const std::string& pointer, std::size_t index);

    void checkKnown(const json& obj, const std::string& pointer, std::initializer_list<const char*> known);
    const json* member(const json& obj, const std::string& pointer, const char* key, bool required,
                       json::value_t type);
    std::string readString(const json& obj, const std::string& pointer, const char* key, bool required);
    std::string readId(const json& obj, const std::string& pointer, const char* key);
    std::optional<double> readNumber(const json& obj, const std::string& pointer, const char* key, double min,
                                     double max);
    std::optional<int> readMinutes(const json& obj, const std::string& pointer, const char* key);
    LocalizedText readText(const json& obj, const std::string& pointer, const char* key, bool required);
    LocalizedPath readLocalizedPath(const json& obj, const std::string& pointer, const char* key,
                                    bool required);
    std::string readPath(const json& obj, const std::string& pointer, const char* key, bool required);
    bool checkLanguage(const std::string& language, const std::string& pointer);

    Module readModule(const json& m, const std::string& pointer);
    Step readStep(const json& s, const std::string& pointer);
    void readFilm(const json& s, const std::string& pointer, Step& step);
    LocalizedPath readTrackFiles(const json& s, const std::string& pointer, const char* key, const char* what);
    std::vector<Question> readQuestions(const json& obj, const std::string& pointer, int level);

    std::string m_file;
    std::vector<Problem>& m_problems;
    std::string m_defaultLanguage;
    std::set<std::string> m_languages;
    std::set<std::string> m_questionIds;
};

} // namespace reflekt
