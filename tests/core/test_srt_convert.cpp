#include "core/SrtConverter.h"
#include "core/WebVtt.h"

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {

// Converts and parses the result back, requiring both steps to be clean.
VttResult convertAndParse(const std::string& srt)
{
    SrtConversion c = convertSrtToWebVtt(srt, "film.srt");
    INFO(c.vtt);
    REQUIRE(c.ok());
    REQUIRE(c.vtt.rfind("WEBVTT\n", 0) == 0);
    VttResult r = parseWebVtt(c.vtt, "film.vtt");
    REQUIRE(r.problems.empty());
    return r;
}

} // namespace

TEST_CASE("SRT: CRLF, a BOM, comma times and cue numbers with gaps convert to clean WebVTT", "[srt]")
{
    const std::string srt = "\xEF\xBB\xBF"
                            "1\r\n"
                            "00:00:01,000 --> 00:00:03,500\r\n"
                            "Hej och välkommen\r\n"
                            "andra raden\r\n"
                            "\r\n"
                            "7\r\n"
                            "00:00:04,250 --> 00:01:05,000\r\n"
                            "Blåbär\r\n";
    SrtConversion c = convertSrtToWebVtt(srt, "film.srt");
    REQUIRE(c.ok());
    CHECK(c.vtt == "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.500\nHej och välkommen\nandra raden\n\n"
                   "7\n00:00:04.250 --> 00:01:05.000\nBlåbär\n");
    VttResult r = convertAndParse(srt);
    REQUIRE(r.cues.size() == 2);
    CHECK(r.cues[0].id == "1");
    CHECK(r.cues[0].start == Approx(1.0));
    CHECK(r.cues[0].end == Approx(3.5));
    CHECK(r.cues[0].text == "Hej och välkommen\nandra raden");
    CHECK(r.cues[1].id == "7");
    CHECK(r.cues[1].end == Approx(65.0));
}

TEST_CASE("SRT: a Windows-1252 file keeps å ä ö", "[srt]")
{
    // "Blåbär är gött" and a curly quote (0x94) in Windows-1252: not valid UTF-8.
    const std::string srt = "1\n00:00:01,000 --> 00:00:02,000\nBl\xE5" "b\xE4r \xE4r g\xF6tt \x94\n";
    VttResult r = convertAndParse(srt);
    REQUIRE(r.cues.size() == 1);
    CHECK(r.cues[0].text == "Blåbär är gött \xE2\x80\x9D");
}

TEST_CASE("SRT: italic tags are kept, ASS and font tags are stripped", "[srt]")
{
    const std::string srt = "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Kursiv</i> och "
                            "<font color=\"#ffff00\">gul</font> <b>fet</b>\n";
    SrtConversion c = convertSrtToWebVtt(srt, "film.srt");
    REQUIRE(c.ok());
    CHECK(c.vtt.find("<i>Kursiv</i> och gul <b>fet</b>\n") != std::string::npos);
    CHECK(c.vtt.find("an8") == std::string::npos);
    CHECK(c.vtt.find("font") == std::string::npos);
    VttResult r = convertAndParse(srt);
    REQUIRE(r.cues.size() == 1);
    CHECK(r.cues[0].text == "Kursiv och gul fet");
    REQUIRE_FALSE(r.cues[0].spans.empty());
    CHECK(r.cues[0].spans[0].text == "Kursiv");
    CHECK(r.cues[0].spans[0].italic);
}

TEST_CASE("SRT: a broken time range is an error naming its line, and no text is returned", "[srt]")
{
    const std::string srt = "1\n"                              // 1
                            "00:00:01,000 --> 00:00:02,000\n"  // 2
                            "Bra\n"                            // 3
                            "\n"                               // 4
                            "2\n"                              // 5
                            "00:00:03,000 -> 00:00:04,000\n"   // 6
                            "Trasig\n";                        // 7
    SrtConversion c = convertSrtToWebVtt(srt, "film.srt");
    CHECK_FALSE(c.ok());
    CHECK(c.vtt.empty());
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].line == 6);
    CHECK(c.problems[0].file == "film.srt");
    CHECK(c.problems[0].message.find("00:00:03,000 -> 00:00:04,000") != std::string::npos);

    SrtConversion empty = convertSrtToWebVtt("\r\n\r\n", "film.srt");
    CHECK_FALSE(empty.ok());
}
