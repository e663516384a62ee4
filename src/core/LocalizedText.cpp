#include "core/LocalizedText.h"

namespace reflekt {

LocalizedText::LocalizedText(std::map<std::string, std::string> values) : m_values(std::move(values)) {}

const std::string& LocalizedText::get(const std::string& language, const std::string& fallback) const
{
    static const std::string empty;
    if (auto it = m_values.find(language); it != m_values.end())
        return it->second;
    if (auto it = m_values.find(fallback); it != m_values.end())
        return it->second;
    return m_values.empty() ? empty : m_values.begin()->second;
}

bool LocalizedText::has(const std::string& language) const
{
    return m_values.count(language) > 0;
}

bool LocalizedText::empty() const
{
    return m_values.empty();
}

void LocalizedText::set(const std::string& language, std::string text)
{
    m_values[language] = std::move(text);
}

const std::map<std::string, std::string>& LocalizedText::values() const
{
    return m_values;
}

std::string commonLanguage(const std::vector<const LocalizedText*>& texts, const std::string& preferred,
                           const std::string& fallback)
{
    const auto allHave = [&texts](const std::string& language) {
        for (const LocalizedText* t : texts)
            if (!t->empty() && !t->has(language))
                return false;
        return true;
    };
    if (allHave(preferred))
        return preferred;
    if (allHave(fallback))
        return fallback;
    for (const LocalizedText* t : texts)
        for (const auto& [language, text] : t->values())
            if (allHave(language))
                return language;
    return fallback;
}

} // namespace reflekt
