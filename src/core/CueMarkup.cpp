#include "core/CueMarkup.h"

#include "core/UnicodeText.h"

#include <cstdint>

namespace reflekt {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r';
}

std::optional<std::uint32_t> decodeReference(std::string_view name)
{
    if (name == "amp")
        return 0x26;
    if (name == "lt")
        return 0x3C;
    if (name == "gt")
        return 0x3E;
    if (name == "nbsp")
        return 0xA0;
    if (name == "lrm")
        return 0x200E;
    if (name == "rlm")
        return 0x200F;
    if (name == "quot")
        return 0x22;
    if (name == "apos")
        return 0x27;
    if (name.size() < 2 || name[0] != '#')
        return std::nullopt;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8)
        return std::nullopt;
    std::uint32_t value = 0;
    for (char c : digits) {
        std::uint32_t d = 0;
        if (isDigit(c))
            d = static_cast<std::uint32_t>(c - '0');
        else if (hex && c >= 'a' && c <= 'f')
            d = static_cast<std::uint32_t>(c - 'a' + 10);
        else if (hex && c >= 'A' && c <= 'F')
            d = static_cast<std::uint32_t>(c - 'A' + 10);
        else
            return std::nullopt;
        value = value * (hex ? 16u : 10u) + d;
    }
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0xFFFD;
    return value;
}

// Open <i>, <b> and <u> tags; nesting counts, so "<i><i>a</i>b</i>" stays italic to the end.
struct OpenTags {
    int italic = 0;
    int bold = 0;
    int underline = 0;

    void apply(std::string_view tag)
    {
        const bool end = !tag.empty() && tag.front() == '/';
        if (end)
            tag.remove_prefix(1);
        std::size_t length = 0;
        while (length < tag.size() && tag[length] != '.' && !isSpace(tag[length]))
            ++length;
        const std::string_view name = tag.substr(0, length);
        int* depth = name == "i" ? &italic : name == "b" ? &bold : name == "u" ? &underline : nullptr;
        if (!depth)
            return;
        if (!end)
            ++*depth;
        else if (*depth > 0)
            --*depth;
    }
};

void appendStyled(std::vector<CueSpan>& spans, const OpenTags& open, std::string_view text)
{
    if (text.empty())
        return;
    CueSpan style;
    style.italic = open.italic > 0;
    style.bold = open.bold > 0;
    style.underline = open.underline > 0;
    if (spans.empty() || spans.back().italic != style.italic || spans.back().bold != style.bold ||
        spans.back().underline != style.underline)
        spans.push_back(std::move(style));
    spans.back().text.append(text);
}

// "12.5%" -> 12.5; nullopt unless digits, an optional fraction and '%', at most 100.
std::optional<double> parsePercent(std::string_view text)
{
    if (text.size() < 2 || text.back() != '%')
        return std::nullopt;
    text.remove_suffix(1);
    double value = 0;
    std::size_t pos = 0;
    while (pos < text.size() && isDigit(text[pos]) && pos < 8)
        value = value * 10 + (text[pos++] - '0');
    if (pos == 0)
        return std::nullopt;
    if (pos < text.size() && text[pos] == '.') {
        double scale = 0.1;
        const std::size_t fractionStart = ++pos;
        while (pos < text.size() && isDigit(text[pos]) && pos - fractionStart < 8) {
            value += (text[pos++] - '0') * scale;
            scale /= 10;
        }
        if (pos == fractionStart)
            return std::nullopt;
    }
    if (pos != text.size() || value > 100.0)
        return std::nullopt;
    return value;
}

std::optional<CueLine> parseLine(std::string_view text)
{
    const std::size_t comma = text.find(',');
    if (comma != std::string_view::npos) {
        const std::string_view lineAlign = text.substr(comma + 1);
        if (lineAlign != "start" && lineAlign != "center" && lineAlign != "end")
            return std::nullopt;
        text = text.substr(0, comma);
    }
    if (auto percent = parsePercent(text))
        return CueLine{*percent, true};
    const bool negative = !text.empty() && text.front() == '-';
    if (negative)
        text.remove_prefix(1);
    if (text.empty() || text.size() > 6)
        return std::nullopt;
    double value = 0;
    for (char c : text) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return CueLine{negative ? -value : value, false};
}

std::optional<CueAlign> parseAlign(std::string_view text)
{
    if (text == "start")
        return CueAlign::Start;
    if (text == "center" || text == "middle")
        return CueAlign::Center;
    if (text == "end")
        return CueAlign::End;
    if (text == "left")
        return CueAlign::Left;
    if (text == "right")
        return CueAlign::Right;
    return std::nullopt;
}

} // namespace

std::vector<CueSpan> cueTextToSpans(std::string_view cueText)
{
    std::vector<CueSpan> spans;
    OpenTags open;
    std::string pending;
    std::size_t i = 0;
    while (i < cueText.size()) {
        const char c = cueText[i];
        if (c == '<') {
            // A tag or an inline timestamp; an unterminated one runs to the end and is dropped.
            const std::size_t close = cueText.find('>', i + 1);
            if (close == std::string_view::npos)
                break;
            appendStyled(spans, open, pending);
            pending.clear();
            open.apply(cueText.substr(i + 1, close - i - 1));
            i = close + 1;
            continue;
        }
        if (c == '&') {
            const std::size_t semi = cueText.find(';', i + 1);
            if (semi != std::string_view::npos && semi - i <= 12) {
                if (auto cp = decodeReference(cueText.substr(i + 1, semi - i - 1))) {
                    appendUtf8(pending, *cp);
                    i = semi + 1;
                    continue;
                }
            }
        }
        pending += c;
        ++i;
    }
    appendStyled(spans, open, pending);
    return spans;
}

std::string cueTextToPlain(std::string_view cueText)
{
    std::string out;
    for (const CueSpan& span : cueTextToSpans(cueText))
        out += span.text;
    return out;
}

CuePlacement parseCueSettings(std::string_view settings)
{
    CuePlacement placement;
    std::size_t pos = 0;
    while (pos < settings.size()) {
        while (pos < settings.size() && isSpace(settings[pos]))
            ++pos;
        std::size_t end = pos;
        while (end < settings.size() && !isSpace(settings[end]))
            ++end;
        const std::string_view setting = settings.substr(pos, end - pos);
        pos = end;
        const std::size_t colon = setting.find(':');
        if (colon == std::string_view::npos || colon == 0 || colon + 1 == setting.size())
            continue;
        const std::string_view name = setting.substr(0, colon);
        const std::string_view value = setting.substr(colon + 1);
        if (name == "line") {
            if (auto line = parseLine(value))
                placement.line = line;
        } else if (name == "align") {
            if (auto align = parseAlign(value))
                placement.align = *align;
        } else if (name == "position") {
            if (auto percent = parsePercent(value.substr(0, value.find(','))))
                placement.position = percent;
        }
    }
    return placement;
}

} // namespace reflekt
