#include "core/UnicodeText.h"

#include "core/FileSniffer.h"

#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <cstdint>

namespace reflekt {

namespace {

bool isAscii(std::string_view bytes)
{
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string lowerAscii(std::string_view bytes)
{
    std::string out(bytes);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

icu::StringPiece piece(std::string_view bytes)
{
    return {bytes.data(), static_cast<std::int32_t>(bytes.size())};
}

/** NFC of `text`, or `text` itself if ICU cannot normalise it (its data missing). */
icu::UnicodeString toNfc(const icu::UnicodeString& text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status) || nfc == nullptr)
        return text;
    icu::UnicodeString out = nfc->normalize(text, status);
    return U_FAILURE(status) ? text : out;
}

} // namespace

std::string validUtf8(std::string_view bytes)
{
    if (isAscii(bytes))
        return std::string(bytes);
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX))
        return "\xEF\xBF\xBD"; // more than ICU takes at once; no text of ours is anywhere near this
    std::string out;
    icu::UnicodeString::fromUTF8(piece(bytes)).toUTF8String(out);
    return out;
}

std::string terminalSafe(std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const std::string valid = validUtf8(text);
    std::string out;
    out.reserve(valid.size());
    for (std::size_t i = 0; i < valid.size(); ++i) {
        const auto byte = static_cast<unsigned char>(valid[i]);
        const auto next = i + 1 < valid.size() ? static_cast<unsigned char>(valid[i + 1]) : 0u;
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f) {
            out += "\\x";
            out += kHex[byte >> 4];
            out += kHex[byte & 0xf];
        } else if (byte == 0xc2 && next >= 0x80 && next <= 0x9f) { // U+0080..U+009F, in valid UTF-8
            out += "\\u00";
            out += kHex[next >> 4];
            out += kHex[next & 0xf];
            ++i;
        } else if (const unsigned third = i + 2 < valid.size() ? static_cast<unsigned char>(valid[i + 2]) : 0u;
                   byte == 0xe2 && ((next == 0x80 && third >= 0xaa && third <= 0xae) ||
                                    (next == 0x81 && third >= 0xa6 && third <= 0xa9))) {
            // Bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069):
            // they reorder what follows on the terminal, so a name could hide what it says.
            const unsigned code = next == 0x80 ? 0x2000u + (third - 0x80u) : 0x2040u + (third - 0x80u);
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += kHex[(code >> shift) & 0xf];
            i += 2;
        } else {
            out += valid[i];
        }
    }
    return out;
}

std::string foldedName(std::string_view utf8)
{
    if (isAscii(utf8))
        return lowerAscii(utf8); // NFC and full folding of ASCII are plain lower case
    if (!isValidUtf8(utf8))
        return lowerAscii(utf8);
    // Folding can undo NFC (it may decompose), so normalise once more after it.
    icu::UnicodeString text = toNfc(icu::UnicodeString::fromUTF8(piece(utf8)));
    text.foldCase(U_FOLD_CASE_DEFAULT);
    std::string out;
    toNfc(text).toUTF8String(out);
    return out;
}

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::vector<std::string_view> splitLines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t begin = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r')
            continue;
        lines.push_back(text.substr(begin, i - begin));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        begin = i + 1;
    }
    if (begin < text.size())
        lines.push_back(text.substr(begin));
    return lines;
}

} // namespace reflekt
