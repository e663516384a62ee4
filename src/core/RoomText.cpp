#include "core/RoomText.h"

#include "core/UnicodeText.h"

#include <cstdint>

namespace reflekt {

namespace {

// Decodes one code point from valid UTF-8 at `i` and moves `i` past it.
std::uint32_t nextCodePoint(std::string_view s, std::size_t& i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    std::uint32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1Fu) : extra == 2 ? (c & 0x0Fu) : (c & 0x07u);
    ++i;
    for (; extra > 0 && i < s.size(); --extra, ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3Fu);
    return cp;
}

bool dropped(std::uint32_t cp)
{
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
        return true;
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F)
        return true;
    return cp == 0xFEFF;
}

bool isSpace(std::uint32_t cp)
{
    return cp == ' ' || cp == '\n' || cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B);
}

} // namespace

std::size_t codePointCount(std::string_view text)
{
    std::size_t count = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++count;
    return count;
}

CleanedAnswer cleanRoomAnswer(std::string_view raw, std::size_t maxCharacters)
{
    const std::string valid = validUtf8(raw);
    std::u32string kept;
    kept.reserve(valid.size());
    int newlines = 0;
    for (std::size_t i = 0; i < valid.size();) {
        std::uint32_t cp = nextCodePoint(valid, i);
        if (cp == '\r') {
            if (i < valid.size() && valid[i] == '\n')
                ++i;
            cp = '\n';
        } else if (cp == '\t') {
            cp = ' ';
        }
        if (cp != '\n' && dropped(cp))
            continue;
        if (cp == '\n') {
            // Trailing spaces before a line break are noise; more than one empty line is too.
            while (!kept.empty() && kept.back() == ' ')
                kept.pop_back();
            if (++newlines > 2)
                continue;
        } else if (cp != ' ') {
            newlines = 0;
        }
        kept.push_back(cp);
    }
    std::size_t begin = 0;
    std::size_t end = kept.size();
    while (begin < end && isSpace(kept[begin]))
        ++begin;
    while (end > begin && isSpace(kept[end - 1]))
        --end;

    CleanedAnswer result;
    if (begin == end) {
        result.problem = RoomTextProblem::Empty;
        return result;
    }
    if (end - begin > maxCharacters) {
        result.problem = RoomTextProblem::TooLong;
        return result;
    }
    for (std::size_t i = begin; i < end; ++i)
        appendUtf8(result.text, kept[i]);
    return result;
}

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace reflekt
