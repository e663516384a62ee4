#include "core/FormData.h"

namespace reflekt {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::string FormData::decode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size()) {
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0) {
                out += c;
                continue;
            }
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

FormData FormData::parse(std::string_view encoded)
{
    FormData form;
    std::size_t start = 0;
    while (start <= encoded.size()) {
        std::size_t end = encoded.find('&', start);
        if (end == std::string_view::npos)
            end = encoded.size();
        const std::string_view pair = encoded.substr(start, end - start);
        if (!pair.empty()) {
            const std::size_t eq = pair.find('=');
            if (eq == std::string_view::npos)
                form.m_fields.emplace_back(decode(pair), std::string());
            else
                form.m_fields.emplace_back(decode(pair.substr(0, eq)), decode(pair.substr(eq + 1)));
        }
        start = end + 1;
    }
    return form;
}

std::optional<std::string> FormData::value(std::string_view name) const
{
    for (const auto& [key, value] : m_fields)
        if (key == name)
            return value;
    return std::nullopt;
}

} // namespace reflekt
