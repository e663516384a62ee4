#include "core/FileSniffer.h"

#include <algorithm>
#include <array>
#include <fstream>

namespace reflekt {

namespace {

bool startsWith(std::string_view bytes, std::string_view prefix)
{
    return bytes.substr(0, prefix.size()) == prefix;
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

void skipXmlSpace(std::string_view text, std::size_t& pos)
{
    while (pos < text.size() && isXmlSpace(text[pos]))
        ++pos;
}

// Skips "<?...?>", "<!--...-->" and "<!DOCTYPE ...>" prologue items; false if one is unterminated.
bool skipPrologItem(std::string_view text, std::size_t& pos)
{
    std::string_view rest = text.substr(pos);
    std::string_view close;
    if (startsWith(rest, "<?"))
        close = "?>";
    else if (startsWith(rest, "<!--"))
        close = "-->";
    else if (startsWith(rest, "<!DOCTYPE") || startsWith(rest, "<!doctype"))
        close = ">";
    else
        return false;
    // A doctype's internal subset ("[ ... ]") may hold '>' characters of its own.
    if (close == ">") {
        std::size_t bracket = rest.find('[');
        std::size_t end = rest.find('>');
        if (bracket != std::string_view::npos && bracket < end) {
            std::size_t closing = rest.find("]", bracket);
            if (closing == std::string_view::npos)
                return false;
            end = rest.find('>', closing);
        }
        if (end == std::string_view::npos)
            return false;
        pos += end + 1;
        return true;
    }
    std::size_t end = rest.find(close, 2);
    if (end == std::string_view::npos)
        return false;
    pos += end + close.size();
    return true;
}

bool looksLikeSvg(std::string_view text)
{
    text = text.substr(0, kSniffBytes);
    std::size_t pos = startsWith(text, "\xEF\xBB\xBF") ? 3 : 0;
    for (;;) {
        skipXmlSpace(text, pos);
        if (pos >= text.size() || text[pos] != '<')
            return false;
        std::string_view rest = text.substr(pos);
        if (startsWith(rest, "<svg")) {
            if (rest.size() == 4)
                return false;  // cut off in the middle of the element name
            char next = rest[4];
            return isXmlSpace(next) || next == '>' || next == '/';
        }
        if (!skipPrologItem(text, pos))
            return false;
    }
}

// ISO BMFF major brands that are still images rather than films.
bool isImageBrand(std::string_view brand)
{
    static constexpr std::array<std::string_view, 6> kImageBrands = {"heic", "heix", "avif",
                                                                      "avis", "mif1", "msf1"};
    return std::find(kImageBrands.begin(), kImageBrands.end(), brand) != kImageBrands.end();
}

} // namespace

FileKind sniffBytes(std::string_view bytes)
{
    if (bytes.size() >= 12 && bytes.substr(4, 4) == "ftyp")
        return isImageBrand(bytes.substr(8, 4)) ? FileKind::Unknown : FileKind::Mp4;
    if (startsWith(bytes, "\x1A\x45\xDF\xA3"))
        return FileKind::WebM;
    if (startsWith(bytes, "OggS"))
        return FileKind::Ogg;
    if (startsWith(bytes, "\x89PNG\r\n\x1A\n"))
        return FileKind::Png;
    if (startsWith(bytes, "\xFF\xD8\xFF"))
        return FileKind::Jpeg;
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a"))
        return FileKind::Gif;
    if (bytes.size() >= 12 && startsWith(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP")
        return FileKind::WebP;
    if (startsWith(bytes, "%PDF-"))
        return FileKind::Pdf;
    if (looksLikeSvg(bytes))
        return FileKind::Svg;
    return FileKind::Unknown;
}

FileKind sniffFile(const std::filesystem::path& path)
{
    // Only regular files: opening a FIFO planted in a bundle folder would block for ever.
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return FileKind::Unknown;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return FileKind::Unknown;
    std::string buffer(kSniffBytes, '\0');
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    std::streamsize got = in.gcount();
    buffer.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
    return sniffBytes(buffer);
}

bool isVideo(FileKind kind)
{
    return kind == FileKind::Mp4 || kind == FileKind::WebM || kind == FileKind::Ogg;
}

bool isImage(FileKind kind)
{
    return kind == FileKind::Png || kind == FileKind::Jpeg || kind == FileKind::Gif ||
           kind == FileKind::WebP || kind == FileKind::Svg;
}

std::string describe(FileKind kind)
{
    switch (kind) {
    case FileKind::Mp4:
        return "MP4 video";
    case FileKind::WebM:
        return "WebM/Matroska video";
    case FileKind::Ogg:
        return "Ogg video";
    case FileKind::Png:
        return "PNG image";
    case FileKind::Jpeg:
        return "JPEG image";
    case FileKind::Gif:
        return "GIF image";
    case FileKind::WebP:
        return "WebP image";
    case FileKind::Svg:
        return "SVG image";
    case FileKind::Pdf:
        return "PDF document";
    case FileKind::Unknown:
        break;
    }
    return "unrecognised file";
}

std::size_t utf8SequenceLength(std::string_view bytes, std::size_t pos)
{
    if (pos >= bytes.size())
        return 0;
    auto byteAt = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    const unsigned char lead = byteAt(pos);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80;  // allowed range of the second byte (excludes overlongs, surrogates)
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (bytes.size() - pos < length)
        return 0;
    const unsigned char second = byteAt(pos + 1);
    if (second < low || second > high)
        return 0;
    for (std::size_t i = 2; i < length; ++i) {
        const unsigned char c = byteAt(pos + i);
        if (c < 0x80 || c > 0xBF)
            return 0;
    }
    return length;
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes)
{
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        // Fast path for ASCII runs, the common case in captions and Markdown.
        if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
            ++pos;
            continue;
        }
        std::size_t length = utf8SequenceLength(bytes, pos);
        if (length == 0)
            return pos;
        pos += length;
    }
    return std::nullopt;
}

bool isValidUtf8(std::string_view bytes)
{
    return !firstInvalidUtf8(bytes).has_value();
}

} // namespace reflekt
