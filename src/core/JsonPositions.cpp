#include "core/JsonPositions.h"

#include "core/UnicodeText.h"

namespace reflekt {

namespace {

class Scanner {
public:
    Scanner(std::string_view s, std::unordered_map<std::string, TextPosition>& at) : m_s(s), m_at(at) {}

    void run()
    {
        space();
        value("", 0);
    }

private:
    static constexpr int kMaxDepth = 256; // parseManifest refuses deeper text before this runs

    bool atEnd() const { return m_pos >= m_s.size(); }
    char peek() const { return atEnd() ? '\0' : m_s[m_pos]; }
    void advance()
    {
        if (m_s[m_pos] == '\n') {
            ++m_here.line;
            m_here.column = 1;
        } else if ((static_cast<unsigned char>(m_s[m_pos]) & 0xC0) != 0x80) {
            ++m_here.column; // characters, not UTF-8 continuation bytes
        }
        ++m_pos;
    }
    void space()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    unsigned long hex4()
    {
        unsigned long v = 0;
        for (int i = 0; i < 4 && !atEnd(); ++i) {
            const char c = peek();
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= static_cast<unsigned long>(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= static_cast<unsigned long>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= static_cast<unsigned long>(c - 'A' + 10);
            else
                return v;
            advance();
        }
        return v;
    }

    /** A string at m_pos (its opening quote), decoded as the walker sees member names. */
    std::string string()
    {
        std::string out;
        advance(); // "
        while (!atEnd() && peek() != '"') {
            if (peek() != '\\') {
                out += peek();
                advance();
                continue;
            }
            advance();
            if (atEnd())
                break;
            const char e = peek();
            advance();
            switch (e) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'u': {
                unsigned long cp = hex4();
                if (cp >= 0xD800 && cp < 0xDC00 && peek() == '\\' && m_pos + 1 < m_s.size() && m_s[m_pos + 1] == 'u') {
                    advance();
                    advance();
                    const unsigned long low = hex4();
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, static_cast<std::uint32_t>(cp));
                break;
            }
            default: out += e;
            }
        }
        if (!atEnd())
            advance(); // "
        return out;
    }

    static std::string escaped(const std::string& key)
    {
        std::string out;
        for (char c : key) {
            if (c == '~')
                out += "~0";
            else if (c == '/')
                out += "~1";
            else
                out += c;
        }
        return out;
    }

    void value(const std::string& pointer, int depth)
    {
        m_at.try_emplace(pointer, m_here);
        if (depth > kMaxDepth || atEnd())
            return;
        const char c = peek();
        if (c == '{') {
            advance();
            space();
            while (!atEnd() && peek() == '"') {
                const TextPosition keyAt = m_here;
                const std::string child = pointer + '/' + escaped(string());
                space();
                if (peek() != ':')
                    return;
                advance();
                space();
                m_at.try_emplace(child, keyAt);
                value(child, depth + 1);
                space();
                if (peek() != ',')
                    break;
                advance();
                space();
            }
            if (peek() == '}')
                advance();
        } else if (c == '[') {
            advance();
            space();
            for (std::size_t i = 0; !atEnd() && peek() != ']'; ++i) {
                const std::size_t before = m_pos;
                value(pointer + '/' + std::to_string(i), depth + 1);
                space();
                if (peek() == ',') {
                    advance();
                    space();
                } else if (peek() != ']' || m_pos == before) {
                    return;
                }
            }
            if (peek() == ']')
                advance();
        } else if (c == '"') {
            string();
        } else {
            while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']' && peek() != ' ' && peek() != '\n' &&
                   peek() != '\r' && peek() != '\t')
                advance();
        }
    }

    std::string_view m_s;
    std::size_t m_pos = 0;
    TextPosition m_here;
    std::unordered_map<std::string, TextPosition>& m_at;
};

} // namespace

JsonPositions::JsonPositions(std::string_view bytes)
{
    Scanner(bytes, m_at).run();
}

std::optional<TextPosition> JsonPositions::find(std::string pointer) const
{
    for (;;) {
        if (const auto it = m_at.find(pointer); it != m_at.end())
            return it->second;
        const auto slash = pointer.rfind('/');
        if (slash == std::string::npos)
            return std::nullopt;
        pointer.resize(slash);
    }
}

} // namespace reflekt
