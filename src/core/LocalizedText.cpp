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

} // namespace reflekt
