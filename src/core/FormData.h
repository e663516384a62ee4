#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace reflekt {

/**
 * The fields of an `application/x-www-form-urlencoded` body (or a URL's query), as a browser
 * sends a form: `name=value` pairs joined by `&`, `+` for a space, `%XX` for a byte. A malformed
 * escape is kept as the characters it is. The values are bytes: they may not be valid UTF-8.
 */
class FormData {
public:
    static FormData parse(std::string_view encoded);

    /** The first value of `name`, if the field is there. */
    std::optional<std::string> value(std::string_view name) const;
    std::size_t size() const { return m_fields.size(); }

    /** `text` with `+` as a space and `%XX` decoded. */
    static std::string decode(std::string_view text);

private:
    std::vector<std::pair<std::string, std::string>> m_fields;
};

} // namespace reflekt
