#pragma once

#include <map>
#include <string>

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

} // namespace reflekt
