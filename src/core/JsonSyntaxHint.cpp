#include "core/JsonSyntaxHint.h"

#include <algorithm>
#include <cctype>

namespace reflekt {

namespace {

class SlipFinder {
public:
    explicit SlipFinder(std::string_view bytes) : m_s(bytes) {}

    std::optional<JsonSlip> run()
    {
        skipSpace();
        if (!value())
            return m_slip;
        return std::nullopt;
    }

private:
    bool fail(std::size_t offset, std::string message)
    {
        if (!m_slip)
            m_slip = JsonSlip{offset, std::move(message)};
        return false;
    }
    /** Gives up without a hint: the parser's own words are used. */
    bool unknown() { return false; }

    bool atEnd() const { return m_pos >= m_s.size(); }
    char peek() const { return atEnd() ? '\0' : m_s[m_pos]; }
    void skipSpace()
    {
        while (!atEnd() && (m_s[m_pos] == ' ' || m_s[m_pos] == '\t' || m_s[m_pos] == '\n' || m_s[m_pos] == '\r'))
            ++m_pos;
    }
    static bool startsValue(char c)
    {
        return c == '"' || c == '{' || c == '[' || c == '-' || std::isdigit(static_cast<unsigned char>(c)) ||
               c == 't' || c == 'f' || c == 'n';
    }

    bool value()
    {
        const char c = peek();
        if (c == '{')
            return object();
        if (c == '[')
            return array();
        if (c == '"')
            return string();
        if (c == '\'')
            return fail(m_pos, "JSON needs double quotes (\") around text, not single quotes (')");
        if (c == '-' || std::isdigit(static_cast<unsigned char>(c)))
            return number();
        if (std::isalpha(static_cast<unsigned char>(c)))
            return word();
        return unknown();
    }

    bool word()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && std::isalnum(static_cast<unsigned char>(peek())))
            ++m_pos;
        const std::string_view w = m_s.substr(start, m_pos - start);
        if (w == "true" || w == "false" || w == "null")
            return true;
        return fail(start, "text must be in double quotes: write \"" + std::string(w.substr(0, 40)) + "\"");
    }

    bool number()
    {
        const std::size_t start = m_pos;
        if (peek() == '-')
            ++m_pos;
        while (!atEnd() && (std::isdigit(static_cast<unsigned char>(peek())) || peek() == '.' || peek() == 'e' ||
                            peek() == 'E' || peek() == '+' || peek() == '-'))
            ++m_pos;
        if (peek() == ',' && m_pos + 1 < m_s.size() && std::isdigit(static_cast<unsigned char>(m_s[m_pos + 1])) &&
            m_inObject)
            return fail(m_pos, "a number is written with a full stop, not a comma: write " +
                                   std::string(m_s.substr(start, m_pos - start)) + "." +
                                   std::string(1, m_s[m_pos + 1]) + "…");
        return m_pos > start || unknown();
    }

    bool string()
    {
        const std::size_t start = m_pos++;
        while (!atEnd()) {
            const char c = m_s[m_pos];
            if (c == '\\') {
                m_pos += 2;
                continue;
            }
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c == '\n' || c == '\r')
                break;
            ++m_pos;
        }
        return fail(start, "the text that starts here has no closing quote (\")");
    }

    /** After an item: the comma that must come, or the closing bracket. */
    bool separator(char close, std::size_t itemEnd, bool& more)
    {
        skipSpace();
        const char c = peek();
        if (c == ',') {
            const std::size_t comma = m_pos++;
            skipSpace();
            if (peek() == close)
                return fail(comma, std::string("remove this comma: nothing follows it before \"") + close + "\"");
            more = true;
            return true;
        }
        if (c == close) {
            ++m_pos;
            more = false;
            return true;
        }
        if (startsValue(c) || c == '\'')
            return fail(itemEnd, "a comma (,) is missing after this value");
        return unknown();
    }

    bool object()
    {
        const std::size_t open = m_pos++;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        for (bool more = true; more;) {
            skipSpace();
            const char c = peek();
            if (c == '\'')
                return fail(m_pos, "field names need double quotes (\"), not single quotes (')");
            if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
                std::size_t end = m_pos;
                while (end < m_s.size() && (std::isalnum(static_cast<unsigned char>(m_s[end])) || m_s[end] == '_'))
                    ++end;
                return fail(m_pos, "field names need double quotes: write \"" +
                                       std::string(m_s.substr(m_pos, std::min<std::size_t>(end - m_pos, 40))) + "\"");
            }
            if (atEnd())
                return fail(open, "this \"{\" is never closed with \"}\"");
            if (c != '"' || !string())
                return m_slip ? false : unknown();
            skipSpace();
            if (peek() != ':')
                return startsValue(peek()) ? fail(m_pos, "a colon (:) is missing between the field name and its value")
                                           : unknown();
            ++m_pos;
            skipSpace();
            if (atEnd())
                return fail(open, "this \"{\" is never closed with \"}\"");
            m_inObject = true;
            if (!value())
                return false;
            const std::size_t itemEnd = m_pos > 0 ? m_pos - 1 : 0;
            skipSpace();
            if (atEnd())
                return fail(open, "this \"{\" is never closed with \"}\"");
            if (!separator('}', itemEnd, more))
                return false;
        }
        return true;
    }

    bool array()
    {
        const std::size_t open = m_pos++;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        for (bool more = true; more;) {
            skipSpace();
            if (atEnd())
                return fail(open, "this \"[\" is never closed with \"]\"");
            m_inObject = false;
            if (!value())
                return false;
            const std::size_t itemEnd = m_pos > 0 ? m_pos - 1 : 0;
            skipSpace();
            if (atEnd())
                return fail(open, "this \"[\" is never closed with \"]\"");
            if (!separator(']', itemEnd, more))
                return false;
        }
        return true;
    }

    std::string_view m_s;
    std::size_t m_pos = 0;
    bool m_inObject = false; ///< the value being read is a member's: a comma must be followed by a name
    std::optional<JsonSlip> m_slip;
};

} // namespace

std::optional<JsonSlip> findJsonSlip(std::string_view bytes)
{
    return SlipFinder(bytes).run();
}

} // namespace reflekt
