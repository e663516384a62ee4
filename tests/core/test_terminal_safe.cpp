// Issue 14: what `reflekt validate`, `list` and `import` print of a bundle's bytes must not act on
// the terminal (an ESC sequence in a title could retitle the window, hide text or fake output).
#include "core/UnicodeText.h"

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {
const std::string kReplacement = "\xEF\xBF\xBD"; // U+FFFD
}

TEST_CASE("terminalSafe shows escape sequences and other controls escaped", "[unicode][cli]")
{
    CHECK(terminalSafe("Kurs \x1b]0;pwned\x07 \x1b[2J") == "Kurs \\x1b]0;pwned\\x07 \\x1b[2J");
    CHECK(terminalSafe("over\rwritten\b") == "over\\x0dwritten\\x08");
    CHECK(terminalSafe(std::string("nul\0here\x7f", 9)) == "nul\\x00here\\x7f");
    // C1 controls: U+009B is a CSI on terminals that take 8-bit controls.
    const std::string csi = "\xC2\x9B";
    CHECK(terminalSafe("a" + csi + "31mb\xC2\x85") == "a\\u009b31mb\\u0085");
}

TEST_CASE("terminalSafe replaces bytes that are not UTF-8", "[unicode][cli]")
{
    CHECK(terminalSafe("kurs-\xFF\xFE-2024") == "kurs-" + kReplacement + kReplacement + "-2024");
    CHECK(terminalSafe("half \xC3") == "half " + kReplacement);
    CHECK(terminalSafe("\xC0\xAF overlong") == kReplacement + kReplacement + " overlong");
    // A lone C1 byte is not UTF-8 either: replaced, never passed on as an 8-bit CSI.
    CHECK(terminalSafe(std::string("x\x9B") + "2J") == "x" + kReplacement + "2J");
}

TEST_CASE("terminalSafe leaves ordinary text alone", "[unicode][cli]")
{
    const std::string swedish = "Språket och minnen – å ä ö, Å Ä Ö, é, 😀";
    CHECK(terminalSafe(swedish) == swedish);
    CHECK(terminalSafe("line one\n\tindented") == "line one\n\tindented");
    CHECK(terminalSafe("C:\\Kurser\\film.mp4") == "C:\\Kurser\\film.mp4");
    CHECK(terminalSafe("") == "");
}

TEST_CASE("terminalSafe shows bidirectional overrides escaped, so a name cannot reorder the line", "[unicode][cli]")
{
    // "Kurs" + RIGHT-TO-LEFT OVERRIDE + "fdp.exe": on a terminal it would read "Kursexe.pdf".
    CHECK(terminalSafe("Kurs\u202efdp.exe") == "Kurs\\u202efdp.exe");
    CHECK(terminalSafe("a\u2066b\u2069c\u202ad") == "a\\u2066b\\u2069c\\u202ad");
    // Neighbours that do no harm stay: en dash, ellipsis, the right single quote.
    CHECK(terminalSafe("1–2… don’t") == "1–2… don’t");
}
