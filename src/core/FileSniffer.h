#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace reflekt {

/**
 * What a file is by its first bytes, whatever its name says. Only the kinds a bundle may
 * reference: films, images and PDF worksheets.
 */
enum class FileKind { Unknown, Mp4, WebM, Ogg, Png, Jpeg, Gif, WebP, Svg, Pdf };

/** How many leading bytes sniffBytes() looks at at most; sniffFile() reads this much. */
inline constexpr std::size_t kSniffBytes = 4096;

/**
 * Recognises a file from its leading bytes (give at least the first kSniffBytes when you can):
 * ISO BMFF with an "ftyp" box at offset 4 (MP4, M4V, QuickTime; still-image brands such as
 * HEIC and AVIF are not films and give Unknown), EBML (WebM and Matroska), "OggS", PNG, JPEG,
 * GIF87a/89a, RIFF WEBP, "%PDF-", and SVG: text that, after an optional byte order mark, white
 * space, an XML declaration, comments and a doctype, opens with an <svg> element.
 */
FileKind sniffBytes(std::string_view bytes);

/**
 * sniffBytes() over the first kSniffBytes of a file (symlinks followed); Unknown when it is not a
 * regular file or cannot be read. Never throws.
 */
FileKind sniffFile(const std::filesystem::path& path);

/** True for Mp4, WebM and Ogg. */
bool isVideo(FileKind kind);
/** True for Png, Jpeg, Gif, WebP and Svg. */
bool isImage(FileKind kind);
/** A short English description for messages and logs, e.g. "PNG image". */
std::string describe(FileKind kind);

/**
 * Byte offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
 * UTF-16 surrogates and code points above U+10FFFF are ill-formed), or nullopt if all is valid.
 */
std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes);

/** True if `bytes` is well-formed UTF-8 (an empty string is). */
bool isValidUtf8(std::string_view bytes);

/**
 * Length of the well-formed UTF-8 sequence starting at `pos`, or 0 if the bytes there are not one.
 * Used to walk text and to replace bad bytes with U+FFFD.
 */
std::size_t utf8SequenceLength(std::string_view bytes, std::size_t pos);

} // namespace reflekt
