#include "core/WebVtt.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace reflekt;

namespace {

const Problem* findProblem(const VttResult& r, Severity severity, const std::string& part)
{
    for (const Problem& p : r.problems)
        if (p.severity == severity && p.message.find(part) != std::string::npos)
            return &p;
    return nullptr;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace

TEST_CASE("WebVTT: the fixture bundle's captions parse with Swedish letters intact", "[webvtt]")
{
    const std::string bytes = readFile(std::string(REFLEKT_TEST_DATA_DIR) + "/good/minimal/media/clip.sv.vtt");
    REQUIRE_FALSE(bytes.empty());
    VttResult r = parseWebVtt(bytes, "media/clip.sv.vtt");
    CHECK(r.problems.empty());
    REQUIRE(r.cues.size() == 2);
    CHECK(r.cues[0].text == "Hej och välkommen.");
    CHECK(r.cues[1].start == Approx(1.0));
    CHECK(r.cues[1].end == Approx(2.0));
}

TEST_CASE("WebVTT: identifiers, both timestamp forms, settings and multi-line text", "[webvtt]")
{
    const std::string vtt = "\xEF\xBB\xBFWEBVTT - Kapitel 1\n"
                            "Kind: captions\n"
                            "\n"
                            "NOTE Ett kommentarblock\n"
                            "som sträcker sig över två rader\n"
                            "\n"
                            "STYLE\n"
                            "::cue { color: yellow }\n"
                            "\n"
                            "intro-1\n"
                            "00:01.500 --> 00:04.250 line:90% align:start\n"
                            "Første linje\n"
                            "andra raden\n"
                            "\n"
                            "01:02:03.004 --> 01:02:05.000\n"
                            "Blåbär, æble og ø\n";
    VttResult r = parseWebVtt(vtt, "c.vtt");
    CHECK(r.problems.empty());
    REQUIRE(r.cues.size() == 2);
    CHECK(r.cues[0].id == "intro-1");
    CHECK(r.cues[0].start == Approx(1.5));
    CHECK(r.cues[0].end == Approx(4.25));
    CHECK(r.cues[0].settings == "line:90% align:start");
    CHECK(r.cues[0].text == "Første linje\nandra raden");
    CHECK(r.cues[1].id.empty());
    CHECK(r.cues[1].start == Approx(3723.004));
    CHECK(r.cues[1].text == "Blåbär, æble og ø");
}

TEST_CASE("WebVTT: CRLF and CR line endings read the same as LF", "[webvtt]")
{
    const std::string lf = "WEBVTT\n\n1\n00:00.000 --> 00:02.000\nHej\nhopp\n\n00:02.000 --> 00:03.000\nSlut\n";
    std::string crlf;
    std::string cr;
    for (char c : lf) {
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
        cr += c == '\n' ? '\r' : c;
    }
    for (const std::string& input : {lf, crlf, cr}) {
        VttResult r = parseWebVtt(input, "c.vtt");
        CHECK(r.problems.empty());
        REQUIRE(r.cues.size() == 2);
        CHECK(r.cues[0].id == "1");
        CHECK(r.cues[0].text == "Hej\nhopp");
        CHECK(r.cues[1].text == "Slut");
    }
}

TEST_CASE("WebVTT: tags are stripped and entities decoded for display", "[webvtt]")
{
    CHECK(cueTextToPlain("<v Anna Lind>Hej <b>där</b>, <i>du</i>!</v>") == "Hej där, du!");
    CHECK(cueTextToPlain("<c.yellow.bg_blue>Gul</c> <u>och</u> <lang nb>blå</lang>") == "Gul och blå");
    CHECK(cueTextToPlain("Ett <00:01.000>två <00:02.000>tre") == "Ett två tre");
    CHECK(cueTextToPlain("<ruby>漢<rt>kan</rt></ruby>") == "漢kan");
    CHECK(cueTextToPlain("Fisk &amp; potatis &lt;3 &gt;") == "Fisk & potatis <3 >");
    CHECK(cueTextToPlain("a&nbsp;b") == "a\xC2\xA0" "b");
    CHECK(cueTextToPlain("&lrm;x&rlm;") == "\xE2\x80\x8Ex\xE2\x80\x8F");
    CHECK(cueTextToPlain("&#229;&#xE6;&#xf8;") == "åæø");
    CHECK(cueTextToPlain("&#0; &#xD800;") == "\xEF\xBF\xBD \xEF\xBF\xBD");
    // Not references: kept as written, so nothing the author typed disappears.
    CHECK(cueTextToPlain("AT&T & co &unknown; &amp") == "AT&T & co &unknown; &amp");
    // An unterminated tag runs to the end of the cue text.
    CHECK(cueTextToPlain("kvar <b") == "kvar ");

    VttResult r = parseWebVtt("WEBVTT\n\n00:00.000 --> 00:01.000\n<v Åsa>Räksmörgås &amp; kaffe</v>\n", "c.vtt");
    REQUIRE(r.cues.size() == 1);
    CHECK(r.cues[0].text == "Räksmörgås & kaffe");
}

TEST_CASE("WebVTT: timestamps follow the spec's forms", "[webvtt]")
{
    CHECK(parseWebVttTimestamp("00:00.000") == Approx(0.0));
    CHECK(parseWebVttTimestamp("59:59.999") == Approx(3599.999));
    CHECK(parseWebVttTimestamp("1:00:00.000") == Approx(3600.0));
    CHECK(parseWebVttTimestamp("100:00:00.500") == Approx(360000.5));
    CHECK_FALSE(parseWebVttTimestamp("00:60.000"));
    CHECK_FALSE(parseWebVttTimestamp("00:00:60.000"));
    CHECK_FALSE(parseWebVttTimestamp("00:00.00"));
    CHECK_FALSE(parseWebVttTimestamp("00:00.0000"));
    CHECK_FALSE(parseWebVttTimestamp("00:00,000"));  // SRT style comma
    CHECK_FALSE(parseWebVttTimestamp("0:00.000"));
    CHECK_FALSE(parseWebVttTimestamp("99999999999:00:00.000"));
    CHECK_FALSE(parseWebVttTimestamp(""));
}

TEST_CASE("WebVTT: a missing signature is an error and yields no cues", "[webvtt]")
{
    for (const std::string input : {"", "1\n00:00:01,000 --> 00:00:02,000\nSRT\n", "WEBVTTX\n",
                                    "webvtt\n\n00:00.000 --> 00:01.000\nx\n"}) {
        VttResult r = parseWebVtt(input, "film.sv.vtt");
        CHECK_FALSE(r.ok());
        CHECK(r.cues.empty());
        const Problem* p = findProblem(r, Severity::Error, "WEBVTT");
        REQUIRE(p);
        CHECK(p->file == "film.sv.vtt");
        CHECK(p->line == 1);
    }
}

TEST_CASE("WebVTT: bad timing lines are errors naming their line, other cues survive", "[webvtt]")
{
    const std::string vtt = "WEBVTT\n"                              // 1
                            "\n"                                    // 2
                            "00:00.000 --> 00:01.000\n"             // 3
                            "Bra\n"                                 // 4
                            "\n"                                    // 5
                            "00:00:01,000 --> 00:00:02,000\n"       // 6
                            "SRT-komma\n"                           // 7
                            "\n"                                    // 8
                            "00:05.000 --> 00:04.000\n"             // 9
                            "Baklänges\n"                           // 10
                            "\n"                                    // 11
                            "00:06.000 -> 00:07.000\n"              // 12 (one dash)
                            "\n"                                    // 13
                            "00:08.000 --> 00:09.000\n"             // 14
                            "Också bra\n";                          // 15
    VttResult r = parseWebVtt(vtt, "c.vtt");
    CHECK_FALSE(r.ok());
    REQUIRE(r.cues.size() == 2);
    CHECK(r.cues[0].text == "Bra");
    CHECK(r.cues[1].text == "Också bra");

    const Problem* comma = findProblem(r, Severity::Error, "bad start time");
    REQUIRE(comma);
    CHECK(comma->line == 6);
    CHECK(comma->message.find("00:00:01,000") != std::string::npos);
    CHECK(comma->toString().rfind("c.vtt:6:1: error:", 0) == 0);

    const Problem* backwards = findProblem(r, Severity::Error, "before it starts");
    REQUIRE(backwards);
    CHECK(backwards->line == 9);
    CHECK(backwards->message.find("00:00:04.000") != std::string::npos);

    const Problem* arrow = findProblem(r, Severity::Error, "is not a cue timing");
    REQUIRE(arrow);
    CHECK(arrow->line == 12);
    CHECK(findProblem(r, Severity::Warning, "outside any cue") == nullptr);
}

TEST_CASE("WebVTT: a one-dash arrow is an error naming the line and the fix, not stray text", "[webvtt]")
{
    const std::string vtt = "WEBVTT\n"                             // 1
                            "\n"                                   // 2
                            "intro\n"                              // 3
                            "00:00:01.000 -> 00:00:03.000\n"       // 4
                            "Hej\n"                                // 5
                            "\n"                                   // 6
                            "00:00:04.000 --> 00:00:05.000\n"      // 7
                            "Klockan 10:00 - 11:00\n"              // 8 (text, not a timing)
                            "10:00 - 11:00\n";                     // 9 (no fraction: still text)
    VttResult r = parseWebVtt(vtt, "c.vtt");
    CHECK_FALSE(r.ok());
    const Problem* p = findProblem(r, Severity::Error, "is not a cue timing");
    REQUIRE(p);
    CHECK(p->line == 4);
    CHECK(p->message == "\"00:00:01.000 -> 00:00:03.000\" is not a cue timing: the arrow is \"-->\"");
    CHECK(p->toString().rfind("c.vtt:4:", 0) == 0);
    CHECK(findProblem(r, Severity::Warning, "outside any cue") == nullptr);
    REQUIRE(r.cues.size() == 1);
    CHECK(r.cues[0].text == "Klockan 10:00 - 11:00\n10:00 - 11:00");
}

TEST_CASE("WebVTT: a comma in a time names the line and shows the time with a full stop", "[webvtt]")
{
    const std::string vtt = "WEBVTT\n"                             // 1
                            "\n"                                   // 2
                            "1\n"                                  // 3
                            "00:00:01,000 --> 00:00:03,000\n"      // 4
                            "Hej\n";                               // 5
    VttResult r = parseWebVtt(vtt, "c.vtt");
    CHECK_FALSE(r.ok());
    CHECK(r.cues.empty());
    const Problem* p = findProblem(r, Severity::Error, "a comma in a time");
    REQUIRE(p);
    CHECK(p->line == 4);
    CHECK(p->message.find("WebVTT writes 00:00:01.000 with a full stop") != std::string::npos);

    // The end time alone with a comma: the message shows the end time fixed.
    VttResult e = parseWebVtt("WEBVTT\n\n00:00:01.000 --> 00:00:03,500\nHej\n", "c.vtt");
    const Problem* q = findProblem(e, Severity::Error, "bad end time");
    REQUIRE(q);
    CHECK(q->line == 3);
    CHECK(q->message.find("WebVTT writes 00:00:03.500 with a full stop") != std::string::npos);
}

TEST_CASE("WebVTT: an SRT file given as captions is refused with a word about SRT", "[webvtt]")
{
    const std::string srt = "\xEF\xBB\xBF" "1\r\n"
                            "00:00:01,000 --> 00:00:03,000\r\n"
                            "Hej och välkommen\r\n"
                            "\r\n"
                            "2\r\n"
                            "00:00:04,000 --> 00:00:05,000\r\n"
                            "<i>Blåbär</i>\r\n";
    VttResult r = parseWebVtt(srt, "media/film.sv.srt");
    CHECK_FALSE(r.ok());
    CHECK(r.cues.empty());
    const Problem* p = findProblem(r, Severity::Error, "this looks like an SRT file");
    REQUIRE(p);
    CHECK(p->line == 1);
    CHECK(p->file == "media/film.sv.srt");
    CHECK(p->message.find("reflekt convert-captions media/film.sv.srt") != std::string::npos);
    VttResult named = parseWebVtt(srt, "media/film.sv.vtt");
    const Problem* inPlace = findProblem(named, Severity::Error, "this looks like an SRT file");
    REQUIRE(inPlace);
    CHECK(inPlace->message.find("reflekt convert-captions --force media/film.sv.vtt") != std::string::npos);

    // A file that is merely missing its header does not get the SRT hint.
    VttResult plain = parseWebVtt("00:00:01.000 --> 00:00:03.000\nHej\n", "c.vtt");
    REQUIRE(findProblem(plain, Severity::Error, "WEBVTT"));
    CHECK(findProblem(plain, Severity::Error, "SRT") == nullptr);
}

TEST_CASE("WebVTT: a bad end time and a missing arrow name the column", "[webvtt]")
{
    VttResult r = parseWebVtt("WEBVTT\n\nid\n00:01.000 --> 00:02\n", "c.vtt");
    const Problem* p = findProblem(r, Severity::Error, "bad end time");
    REQUIRE(p);
    CHECK(p->line == 4);
    CHECK(p->column == 15);
    CHECK(r.cues.empty());
}

TEST_CASE("WebVTT: invalid UTF-8 is an error at its line, the rest still shows", "[webvtt]")
{
    VttResult r = parseWebVtt("WEBVTT\n\n00:00.000 --> 00:01.000\nbra\n\n00:01.000 --> 00:02.000\nd\xE5lig\n",
                              "c.vtt");
    const Problem* p = findProblem(r, Severity::Error, "UTF-8");
    REQUIRE(p);
    CHECK(p->line == 7);
    CHECK(p->column == 2);
    REQUIRE(r.cues.size() == 2);
    CHECK(r.cues[1].text == "d\xEF\xBF\xBDlig");
}

TEST_CASE("WebVTT: a missing blank line between cues still gives two cues", "[webvtt]")
{
    VttResult r = parseWebVtt("WEBVTT\n00:00.000 --> 00:01.000\nett\n00:01.000 --> 00:02.000\ntvå\n", "c.vtt");
    CHECK(r.problems.empty());
    REQUIRE(r.cues.size() == 2);
    CHECK(r.cues[0].text == "ett");
    CHECK(r.cues[1].text == "två");
}

TEST_CASE("WebVTT: out-of-order cues are sorted with a warning, zero-length cues warned", "[webvtt]")
{
    VttResult r = parseWebVtt("WEBVTT\n\n00:05.000 --> 00:06.000\nsen\n\n00:01.000 --> 00:02.000\ntidig\n\n"
                              "00:07.000 --> 00:07.000\nnoll\n",
                              "c.vtt");
    CHECK(r.ok());
    REQUIRE(r.cues.size() == 3);
    CHECK(r.cues[0].text == "tidig");
    CHECK(r.cues[1].text == "sen");
    const Problem* order = findProblem(r, Severity::Warning, "before the cue above");
    REQUIRE(order);
    CHECK(order->line == 6);
    const Problem* zero = findProblem(r, Severity::Warning, "zero length");
    REQUIRE(zero);
    CHECK(zero->line == 9);
}

TEST_CASE("WebVTT: hostile input is capped, never fatal", "[webvtt]")
{
    std::string manyBad = "WEBVTT\n\n";
    for (int i = 0; i < 5000; ++i)
        manyBad += "xx:yy --> zz\n\n";
    VttResult r = parseWebVtt(manyBad, "c.vtt");
    CHECK_FALSE(r.ok());
    CHECK(r.problems.size() == kMaxWebVttProblems + 1);
    CHECK(r.problems.back().message.find("4900 more problems") != std::string::npos);

    std::string huge(kMaxWebVttBytes + 1, 'a');
    huge.replace(0, 7, "WEBVTT\n");
    VttResult big = parseWebVtt(huge, "c.vtt");
    CHECK_FALSE(big.ok());
    CHECK(big.cues.empty());

    std::string binary;
    for (int i = 0; i < 4096; ++i)
        binary += static_cast<char>((i * 37) & 0xFF);
    CHECK_FALSE(parseWebVtt("WEBVTT\n\n00:00.000 --> 00:01.000\n" + binary, "c.vtt").ok());
}

TEST_CASE("WebVTT: cueIndexAt finds the cue showing at a time", "[webvtt]")
{
    std::vector<Cue> cues = {{1.0, 2.0, "", "a", "", {}, {}},
                             {2.0, 3.0, "", "b", "", {}, {}},
                             {5.0, 20.0, "", "long", "", {}, {}},
                             {6.0, 7.0, "", "inner", "", {}, {}}};
    CHECK_FALSE(cueIndexAt(cues, 0.5));
    CHECK(cueIndexAt(cues, 1.0) == 0u);
    CHECK(cueIndexAt(cues, 1.999) == 0u);
    CHECK(cueIndexAt(cues, 2.0) == 1u);  // end is exclusive: the next cue takes over
    CHECK_FALSE(cueIndexAt(cues, 3.0));
    CHECK_FALSE(cueIndexAt(cues, 4.0));
    CHECK(cueIndexAt(cues, 5.5) == 2u);
    CHECK(cueIndexAt(cues, 6.5) == 3u);  // the later-starting overlapping cue wins
    CHECK(cueIndexAt(cues, 10.0) == 2u); // back to the long cue once the inner one ended
    CHECK_FALSE(cueIndexAt(cues, 20.0));
    CHECK_FALSE(cueIndexAt({}, 1.0));
    CHECK_FALSE(cueIndexAt(cues, std::nan("")));
}

namespace {
CueSpan span(std::string text, bool italic = false, bool bold = false, bool underline = false)
{
    return CueSpan{std::move(text), italic, bold, underline};
}
} // namespace

TEST_CASE("WebVTT: <i>, <b> and <u> become styled spans, other tags are dropped", "[webvtt][spans]")
{
    using Spans = std::vector<CueSpan>;
    CHECK(cueTextToSpans("Hej <i>du</i>!") == Spans{span("Hej "), span("du", true), span("!")});
    CHECK(cueTextToSpans("<b>Fet <i>och kursiv</i></b> text") ==
          Spans{span("Fet ", false, true), span("och kursiv", true, true), span(" text")});
    CHECK(cueTextToSpans("<u>under</u>") == Spans{span("under", false, false, true)});
    // Classes on a tag keep its style; voice, class and language tags add none and split nothing.
    CHECK(cueTextToSpans("<i.loud>Hallå</i> <v Anna>där <c.yellow>borta</c></v>") ==
          Spans{span("Hallå", true), span(" där borta")});
    // Entities are decoded inside spans, and cue line breaks are kept.
    CHECK(cueTextToSpans("<i>Fisk &amp;\npotatis</i>") == Spans{span("Fisk &\npotatis", true)});
    // A stray end tag is ignored, an unclosed tag lasts to the end, nesting is counted.
    CHECK(cueTextToSpans("a</i>b<b>c") == Spans{span("ab"), span("c", false, true)});
    CHECK(cueTextToSpans("<i><i>a</i>b</i>c") == Spans{span("ab", true), span("c")});
    CHECK(cueTextToSpans("").empty());
    CHECK(cueTextToSpans("<i></i>").empty());
}

TEST_CASE("WebVTT: a parsed cue has spans that join to its plain text", "[webvtt][spans]")
{
    VttResult r = parseWebVtt("WEBVTT\n\n00:00.000 --> 00:01.000\n<v Åsa>Det var <i>så</i> "
                              "<b>viktigt</b>\n&lt;sa hon&gt;</v>\n",
                              "c.vtt");
    REQUIRE(r.cues.size() == 1);
    const Cue& cue = r.cues[0];
    CHECK(cue.text == "Det var så viktigt\n<sa hon>");
    std::string joined;
    for (const CueSpan& s : cue.spans)
        joined += s.text;
    CHECK(joined == cue.text);
    CHECK(cue.spans == std::vector<CueSpan>{span("Det var "), span("så", true), span(" "),
                                            span("viktigt", false, true), span("\n<sa hon>")});
}

TEST_CASE("WebVTT: line, align and position settings are parsed", "[webvtt][settings]")
{
    CuePlacement p = parseCueSettings("line:10% align:start position:25.5%");
    REQUIRE(p.line);
    CHECK(p.line->percent);
    CHECK(p.line->value == Approx(10));
    CHECK(p.align == CueAlign::Start);
    REQUIRE(p.position);
    CHECK(*p.position == Approx(25.5));

    p = parseCueSettings("line:-2 align:end");
    REQUIRE(p.line);
    CHECK_FALSE(p.line->percent);
    CHECK(p.line->value == Approx(-2));
    CHECK(p.align == CueAlign::End);

    CHECK(parseCueSettings("line:0,start").line == CueLine{0, false});
    CHECK(parseCueSettings("line:100%,end").line == CueLine{100, true});
    CHECK(parseCueSettings("align:left").align == CueAlign::Left);
    CHECK(parseCueSettings("align:right").align == CueAlign::Right);
    CHECK(parseCueSettings("align:middle").align == CueAlign::Center);
    CHECK(parseCueSettings("position:40%,line-left").position == Approx(40));
    // The last valid value of a setting wins, like in the spec.
    CHECK(parseCueSettings("align:start align:end").align == CueAlign::End);

    const CuePlacement defaults = parseCueSettings("");
    CHECK_FALSE(defaults.line);
    CHECK(defaults.align == CueAlign::Center);
    CHECK_FALSE(defaults.position);
}

TEST_CASE("WebVTT: unknown and malformed cue settings are ignored", "[webvtt][settings]")
{
    for (const char* bad : {"line:", "line:%", "line:101%", "line:1.5", "line:5,top", "line:--1", "line:1-",
                            "line:12345678", "line:abc", ":10%", "line", "line:10%%", "line:.5%",
                            "line:5.%", "line:99999999999999999999%"}) {
        INFO(bad);
        CHECK_FALSE(parseCueSettings(bad).line);
    }
    const CuePlacement p = parseCueSettings("vertical:rl size:50% region:fred align:sideways position:200% "
                                            "   \t line:50%");
    CHECK(p.align == CueAlign::Center);
    CHECK_FALSE(p.position);
    REQUIRE(p.line);
    CHECK(p.line->value == Approx(50));

    VttResult r = parseWebVtt("WEBVTT\n\n00:00.000 --> 00:01.000 line:abc align:start foo:bar\nHej\n", "c.vtt");
    REQUIRE(r.cues.size() == 1);
    CHECK(r.problems.empty());
    CHECK_FALSE(r.cues[0].placement.line);
    CHECK(r.cues[0].placement.align == CueAlign::Start);
}
