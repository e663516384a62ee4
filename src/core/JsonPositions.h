#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace reflekt {

/** A 1-based line and column (in characters, not bytes) in a text file. */
struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;
};

/**
 * Where each value of a JSON text starts, by JSON pointer ("/modules/1/steps/0"): for a member of
 * an object, where its name starts, as that is what an author looks for. One pass over the bytes;
 * text that is not valid JSON gives the positions up to where it goes wrong. Never throws.
 */
class JsonPositions {
public:
    explicit JsonPositions(std::string_view bytes);

    /** The position of `pointer`, or of the nearest enclosing value that is there (a missing field
     *  is shown at its object); nullopt for none. */
    std::optional<TextPosition> find(std::string pointer) const;

private:
    std::unordered_map<std::string, TextPosition> m_at;
};

} // namespace reflekt
