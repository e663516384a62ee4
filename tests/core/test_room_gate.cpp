// The room's decisions without a network: what a phone gets, which answers are kept, every refusal.
#include "core/FormData.h"
#include "core/RoomGate.h"
#include "core/RoomText.h"

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {

RoomQuestion question(const std::string& id, const std::string& text)
{
    RoomQuestion q;
    q.id = id;
    q.text = text;
    q.number = 1;
    q.count = 2;
    q.subQuestions = {"Vad hände?"};
    return q;
}

std::string header(const RoomResponse& response, const std::string& name)
{
    for (const auto& [key, value] : response.headers)
        if (key == name)
            return value;
    return {};
}

RoomRequest get(const std::string& path, std::int64_t now = 1000, const std::string& cookie = {})
{
    RoomRequest r;
    r.method = "GET";
    const auto q = path.find('?');
    r.path = path.substr(0, q);
    if (q != std::string::npos)
        r.query = path.substr(q + 1);
    r.cookie = cookie;
    r.nowMs = now;
    return r;
}

RoomRequest post(const std::string& token, const std::string& body, std::int64_t now = 2000)
{
    RoomRequest r;
    r.method = "POST";
    r.path = "/r/" + token + "/answer";
    r.body = body;
    r.nowMs = now;
    return r;
}

// The phone key the page carries in its form.
std::string phoneKeyOf(const std::string& html)
{
    const std::string marker = "name=\"phone\" value=\"";
    const auto at = html.find(marker);
    REQUIRE(at != std::string::npos);
    return html.substr(at + marker.size(), html.find('"', at + marker.size()) - at - marker.size());
}

} // namespace

TEST_CASE("room: a phone gets the wall's question in the session's language, escaped", "[room]")
{
    RoomGate gate("tok3n", "sv");
    gate.setQuestion(question("q1", "Vad betyder <b>trygghet</b> för dig & mig?"));
    const RoomGate::Result result = gate.handle(get("/r/tok3n/"));
    CHECK(result.response.status == 200);
    CHECK(result.response.contentType == "text/html; charset=utf-8");
    const std::string& html = result.response.body;
    CHECK(html.find("<html lang=\"sv\">") != std::string::npos);
    CHECK(html.find("Vad betyder &lt;b&gt;trygghet&lt;/b&gt; för dig &amp; mig?") != std::string::npos);
    CHECK(html.find("<b>trygghet") == std::string::npos);
    CHECK(html.find("Fråga 1 av 2") != std::string::npos);
    CHECK(html.find("Skicka") != std::string::npos);
    CHECK(html.find("maxlength=\"1000\"") != std::string::npos);
    CHECK(header(result.response, "Content-Security-Policy").find("default-src 'none'") != std::string::npos);
    CHECK(header(result.response, "Set-Cookie").find("HttpOnly") != std::string::npos);
    CHECK_FALSE(result.answer);
}

TEST_CASE("room: an answer is taken as plain text for the question it answers", "[room]")
{
    RoomGate gate("tok3n", "nb");
    gate.setQuestion(question("q1", "Hva er trygghet?"));
    const std::string key = phoneKeyOf(gate.handle(get("/r/tok3n/")).response.body);
    const auto result = gate.handle(post("tok3n", "phone=" + key + "&q=q1&text=%3Cscript%3Ealert(1)%3C%2Fscript%3E+bl%C3%A5b%C3%A6r"));
    REQUIRE(result.answer);
    CHECK(result.answer->questionId == "q1");
    CHECK(result.answer->text == "<script>alert(1)</script> blåbær");
    CHECK(result.response.status == 303);
    CHECK(header(result.response, "Location") == "/r/tok3n/?sent=1");
    // The thank-you page after it, in Bokmål.
    CHECK(gate.handle(get("/r/tok3n/?sent=1")).response.body.find("Takk!") != std::string::npos);
}

TEST_CASE("room: a wrong token, another path or method gets a plain refusal and lists nothing", "[room]")
{
    RoomGate gate("right", "sv");
    gate.setQuestion(question("q1", "Fråga"));
    gate.addAsset("room.css", "text/css; charset=utf-8", "body{}");
    CHECK(gate.handle(get("/r/wrong/")).response.status == 403);
    CHECK(gate.handle(get("/r/righ/")).response.status == 403);
    CHECK(gate.handle(get("/r/right-and-more/")).response.status == 403);
    CHECK(gate.handle(get("/")).response.status == 404);
    CHECK(gate.handle(get("/r/right/../../etc/passwd")).response.status == 404);
    CHECK(gate.handle(get("/r/right/room.css")).response.body == "body{}");
    CHECK(gate.handle(get("/r/right/room.css/")).response.status == 404);
    CHECK(gate.handle(get("/r/right/media/")).response.status == 404);
    RoomRequest put = get("/r/right/");
    put.method = "PUT";
    CHECK(gate.handle(put).response.status == 405);
    CHECK(gate.handle(post("wrong", "phone=x&q=q1&text=hej")).response.status == 403);
}

TEST_CASE("room: refusals for an unknown phone, a long answer, a big body and an empty one", "[room]")
{
    RoomLimits limits;
    limits.answerCharacters = 20;
    RoomGate gate("t", "en", limits);
    gate.setQuestion(question("q1", "Q"));
    const std::string key = phoneKeyOf(gate.handle(get("/r/t/")).response.body);

    CHECK(gate.handle(post("t", "phone=madeup&q=q1&text=hi")).response.status == 403);
    auto longOne = gate.handle(post("t", "phone=" + key + "&q=q1&text=" + std::string(21, 'a')));
    CHECK(longOne.response.status == 413);
    CHECK(longOne.response.body.find("at most 20 characters") != std::string::npos);
    CHECK_FALSE(longOne.answer);
    // 20 letters å are 40 bytes but 20 characters: taken.
    std::string aring;
    for (int i = 0; i < 20; ++i)
        aring += "%C3%A5";
    CHECK(gate.handle(post("t", "phone=" + key + "&q=q1&text=" + aring)).answer);
    CHECK(gate.handle(post("t", "phone=" + key + "&q=q1&text=" + std::string(17 * 1024, 'a'))).response.status == 413);
    auto empty = gate.handle(post("t", "phone=" + key + "&q=q1&text=%0D%0A+%09+"));
    CHECK_FALSE(empty.answer);
    CHECK(header(empty.response, "Location") == "/r/t/?empty=1");
    CHECK(gate.handle(post("t", "phone=" + key + "&text=x")).response.status == 400);
    CHECK(gate.handle(post("t", "garbage%%%&&&==")).response.status == 403);
}

TEST_CASE("room: one phone gets at most the limit of answers a minute, then Retry-After", "[room]")
{
    RoomGate gate("t", "sv");
    gate.setQuestion(question("q1", "Q"));
    const std::string key = phoneKeyOf(gate.handle(get("/r/t/")).response.body);
    int taken = 0;
    for (int i = 0; i < 15; ++i)
        taken += gate.handle(post("t", "phone=" + key + "&q=q1&text=svar" + std::to_string(i), 10000 + i)).answer ? 1 : 0;
    CHECK(taken == 10);
    const auto refused = gate.handle(post("t", "phone=" + key + "&q=q1&text=igen", 20000));
    CHECK(refused.response.status == 429);
    CHECK(std::stoi(header(refused.response, "Retry-After")) >= 49);
    // A minute after the first, the phone may send again; another phone was never limited.
    CHECK(gate.handle(post("t", "phone=" + key + "&q=q1&text=senare", 70001)).answer);
    const std::string other = phoneKeyOf(gate.handle(get("/r/t/", 20000)).response.body);
    CHECK(other != key);
    CHECK(gate.handle(post("t", "phone=" + other + "&q=q1&text=annan", 20001)).answer);
}

TEST_CASE("room: the phone's page follows the wall, and a late answer keeps its question", "[room]")
{
    RoomGate gate("t", "sv");
    gate.setQuestion(question("q1", "Första frågan"));
    const auto first = gate.handle(get("/r/t/"));
    const std::string key = phoneKeyOf(first.response.body);
    const std::string cookie = "reflekt_phone=" + key;
    const std::string revisionBefore = gate.handle(get("/r/t/now", 1500, cookie)).response.body;

    gate.setQuestion(std::nullopt); // a film between questions
    CHECK(gate.handle(get("/r/t/now", 1600, cookie)).response.body != revisionBefore);
    const std::string waiting = gate.handle(get("/r/t/", 1700, cookie)).response.body;
    CHECK(waiting.find("Vänta på nästa fråga") != std::string::npos);
    CHECK(waiting.find("<form") == std::string::npos);

    gate.setQuestion(question("q2", "Andra frågan"));
    const auto second = gate.handle(get("/r/t/", 1800, cookie));
    CHECK(phoneKeyOf(second.response.body) == key); // the same phone, by its cookie
    CHECK(second.response.body.find("Andra frågan") != std::string::npos);
    // Written under the first question and sent after the wall moved on: kept for the first.
    const auto late = gate.handle(post("t", "phone=" + key + "&q=q1&text=sent", 1900));
    REQUIRE(late.answer);
    CHECK(late.answer->questionId == "q1");
    // A question the wall never showed is not one to answer.
    CHECK_FALSE(gate.handle(post("t", "phone=" + key + "&q=q9&text=x", 1950)).answer);
    CHECK(gate.activePhones(2000) == 1);
    CHECK(gate.activePhones(2000 + 60000) == 0);
}

TEST_CASE("room: the room admits a bounded number of phones", "[room]")
{
    RoomLimits limits;
    limits.phones = 3;
    RoomGate gate("t", "sv", limits);
    for (int i = 0; i < 3; ++i)
        CHECK(gate.handle(get("/r/t/")).response.status == 200);
    CHECK(gate.handle(get("/r/t/")).response.status == 503);
}

TEST_CASE("room: answer text is cleaned of controls and direction overrides, markup is kept as text", "[room]")
{
    CHECK(cleanRoomAnswer("  hej\r\nhopp\t!  ", 100).text == "hej\nhopp !");
    CHECK(cleanRoomAnswer("a\x1b[31mröd\x07", 100).text == "a[31mröd");
    CHECK(cleanRoomAnswer("abc\xE2\x80\xAE" "fed", 100).text == "abcfed"); // U+202E
    CHECK(cleanRoomAnswer("x\n\n\n\n\ny", 100).text == "x\n\ny");
    CHECK(cleanRoomAnswer("\xff\xfe", 100).text == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(cleanRoomAnswer("<img src=x onerror=alert(1)>", 100).text == "<img src=x onerror=alert(1)>");
    CHECK(cleanRoomAnswer(std::string("\0\0", 2), 100).problem == RoomTextProblem::Empty);
    CHECK(cleanRoomAnswer("åäö", 3).problem == RoomTextProblem::None);
    CHECK(cleanRoomAnswer("åäöx", 3).problem == RoomTextProblem::TooLong);
    CHECK(escapeHtml("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST_CASE("room: form fields decode as a browser sends them", "[room]")
{
    const FormData form = FormData::parse("a=1+2&b=%C3%A5%20%c3%a4&c&d=%zz%4&a=again&=empty");
    CHECK(form.value("a") == "1 2");
    CHECK(form.value("b") == "å ä");
    CHECK(form.value("c") == "");
    CHECK(form.value("d") == "%zz%4");
    CHECK_FALSE(form.value("e"));
    CHECK(form.size() == 6);
}
