#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reflekt {

/**
 * The key under which a file name is compared with others, the way case-insensitive file systems
 * (Windows, macOS) compare them: Unicode NFC normalisation, then full case folding (so "Å" and "å",
 * an "é" written as one character or as "e" plus a combining accent, and "STRASSE" and "straße"
 * all give one key). Only for comparing: the key is never shown or written to disk.
 *
 * Bytes that are not valid UTF-8 cannot be normalised; such a name is folded for ASCII letters
 * only and keeps its other bytes, so two different invalid names never share a key, and no
 * invalid name shares one with a valid name.
 */
std::string foldedName(std::string_view utf8);

/**
 * `bytes` with each ill-formed UTF-8 sequence replaced by U+FFFD (the replacement character);
 * valid UTF-8 comes back unchanged. For text that must be valid UTF-8, such as JSON output,
 * when it may echo file names or manifest bytes.
 */
std::string validUtf8(std::string_view bytes);

/**
 * `text` made safe to print on a terminal: ill-formed UTF-8 becomes U+FFFD (as validUtf8()), and
 * control characters other than newline and tab are shown escaped instead of acting on the
 * terminal: C0 controls and DEL as `\x1b`, C1 controls as `\u009b`, bidirectional overrides and
 * isolates (U+202A..U+202E, U+2066..U+2069) as `\u202e`. Everything else, such as
 * "å ä ö", comes back unchanged. For text from a bundle or a file name echoed by the command line.
 */
std::string terminalSafe(std::string_view text);

/** Appends code point `cp` (up to U+10FFFF) to `out` as UTF-8. */
void appendUtf8(std::string& out, std::uint32_t cp);

/** `text` cut into lines on LF, CRLF and CR (line breaks are ASCII, so safe on UTF-8). */
std::vector<std::string_view> splitLines(std::string_view text);

} // namespace reflekt
