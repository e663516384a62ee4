#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace reflekt {

/** The question the wall shows, as the phones see it (the package's own words, nothing personal). */
struct RoomQuestion {
    std::string id;
    std::string text;
    std::vector<std::string> subQuestions;
    int number = 0; ///< 1-based among the questions of its step
    int count = 0;
};

/** What a phone's page says beside the question. */
enum class RoomNotice { None, Sent, Empty, Moved };

/**
 * The page a phone gets: the question in large type, a text box and Send, in the session's
 * language (sv, nb, or English for any other). Plain HTML that sends without JavaScript; its
 * script (room.js) only reloads it when the wall moves on. Every text from the package is escaped.
 */
class RoomPhonePage {
public:
    RoomPhonePage(std::string language, std::size_t maxCharacters);

    /** The page for `question` (nullptr: the wall is between questions). */
    std::string render(const RoomQuestion* question, const std::string& prefix, const std::string& phoneKey,
                       long revision, RoomNotice notice) const;
    /** A short page with one message (a refusal, the room full, too many answers). */
    std::string message(const std::string& text) const;

    enum class Text {
        Title, QuestionOf, YourAnswer, Send, Thanks, Empty, Waiting, Moved, ShowNew, Privacy,
        Closed, Expired, TooLong, TooMany, Full, NotFound, TooLarge, BadRequest
    };
    std::string text(Text which) const;
    const std::string& language() const { return m_language; }

private:
    std::string m_language;
    std::size_t m_maxCharacters;
};

} // namespace reflekt
