#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace reflekt {

/** Where a JSON text goes wrong, in the words of the slip an author made. */
struct JsonSlip {
    std::size_t offset = 0; ///< byte offset of the slip itself (the stray comma, the opening quote)
    std::string message;    ///< "remove the comma after the last item in this list"
};

/**
 * Reads `bytes` as JSON to find the first slip a person makes when writing it by hand and names
 * it where it is: a trailing comma before "]" or "}", a missing comma between two items (at the
 * end of the item before, not at the start of the next line), a text without its closing quote,
 * a field name without quotes, single quotes, a bracket never closed. nullopt when it finds none of
 * these (the JSON parser's own reason is then the best there is). Expects nesting already bounded
 * (parseManifest checks the depth first); never throws.
 */
std::optional<JsonSlip> findJsonSlip(std::string_view bytes);

} // namespace reflekt
