// libFuzzer target: the room's gate takes whatever a network sends. Input: a question text, then
// requests, each "METHOD\x01PATH\x01QUERY\x01COOKIE\x01BODY" separated by \x02. It must never crash,
// and whatever it answers: a status of 200..599; an answer it takes is clean text within the
// limit (no control character but newlines, no direction override); and the page shows the
// question escaped, with the page's own script the only <script.
#include "core/RoomGate.h"
#include "core/RoomText.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::vector<std::string> split(std::string_view text, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t at = text.find(separator); at != std::string_view::npos; at = text.find(separator, start)) {
        parts.emplace_back(text.substr(start, at - start));
        start = at + 1;
    }
    parts.emplace_back(text.substr(start));
    return parts;
}

std::size_t count(const std::string& haystack, const std::string& needle)
{
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
        ++n;
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace reflekt;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::vector<std::string> requests = split(input, '\x02');
    RoomLimits limits;
    limits.answerCharacters = 200;
    limits.answersPerMinute = 3;
    limits.phones = 4;
    RoomGate gate("tok", "sv", limits);
    RoomQuestion question;
    question.id = "q1";
    question.text = requests.front();
    question.subQuestions = {requests.front()};
    gate.setQuestion(question);
    std::int64_t now = 0;
    for (std::size_t i = 1; i < requests.size() && i < 64; ++i) {
        const std::vector<std::string> f = split(requests[i], '\x01');
        RoomRequest r;
        r.method = f.size() > 0 ? f[0] : "GET";
        r.path = f.size() > 1 ? f[1] : "/r/tok/";
        r.query = f.size() > 2 ? f[2] : "";
        r.cookie = f.size() > 3 ? f[3] : "";
        r.body = f.size() > 4 ? f[4] : "";
        r.nowMs = now += 7000;
        const RoomGate::Result result = gate.handle(r);
        if (result.response.status < 200 || result.response.status > 599)
            std::abort();
        if (result.answer) {
            const std::string& text = result.answer->text;
            if (text.empty() || codePointCount(text) > limits.answerCharacters)
                std::abort();
            for (unsigned char c : text)
                if ((c < 0x20 && c != '\n') || c == 0x7F)
                    std::abort();
            if (text.find("\xE2\x80\xAE") != std::string::npos || text.find("\xE2\x81\xA6") != std::string::npos)
                std::abort();
        }
        const std::string& body = result.response.body;
        if (result.response.status == 200 && body.find("<form") != std::string::npos) {
            if (body.find(escapeHtml(question.text)) == std::string::npos || count(body, "<script") != 1)
                std::abort();
        }
    }
    return 0;
}
