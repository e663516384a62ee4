#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace reflekt {

/** Why an answer from the room was not taken. */
enum class RoomTextProblem { None, Empty, TooLong };

/** An answer as the room keeps it, or why it was refused. */
struct CleanedAnswer {
    std::string text; ///< valid UTF-8, no control characters but newlines, trimmed
    RoomTextProblem problem = RoomTextProblem::None;
};

/**
 * An answer from a phone made into plain text that is safe to keep and to show: ill-formed UTF-8
 * becomes U+FFFD, CR LF and CR become LF, tabs become spaces, every other C0 and C1 control,
 * DEL and the bidirectional overrides and isolates are dropped (so a line on the wall or in the
 * minutes cannot be reordered or hidden), more than one empty line in a row becomes one, and the text is
 * trimmed. Markup is kept as the characters it is: it is never interpreted anywhere.
 * Longer than `maxCharacters` code points (after cleaning) is TooLong; nothing left is Empty.
 */
CleanedAnswer cleanRoomAnswer(std::string_view raw, std::size_t maxCharacters);

/** `text` for HTML text or a quoted attribute: & < > " ' escaped. */
std::string escapeHtml(std::string_view text);

/** Number of code points in valid UTF-8 `text`. */
std::size_t codePointCount(std::string_view text);

} // namespace reflekt
