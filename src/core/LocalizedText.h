#pragma once

#include <map>
#include <string>
#include <vector>

namespace reflekt {

/**
 * A string in several languages, keyed by BCP-47 language tag ("sv", "nb", "en").
 * Lookups fall back to the bundle's default language, then to any language present.
 */
class LocalizedText {
public:
    LocalizedText() = default;
    explicit LocalizedText(std::map<std::string, std::string> values);

    /** The text in `language`, else in `fallback`, else the first one present, else "". */
    const std::string& get(const std::string& language, const std::string& fallback = {}) const;
    bool has(const std::string& language) const;
    bool empty() const;
    void set(const std::string& language, std::string text);
    const std::map<std::string, std::string>& values() const;

private:
    std::map<std::string, std::string> m_values;
};

/**
 * One language for texts that are read together (a question and its sub-questions), so they never
 * mix: `preferred` when every text has it, else `fallback` when every text has it, else the first
 * language they all have, else `fallback`. Empty texts do not count.
 */
std::string commonLanguage(const std::vector<const LocalizedText*>& texts, const std::string& preferred,
                           const std::string& fallback);

} // namespace reflekt
