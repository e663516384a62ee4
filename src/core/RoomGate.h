#pragma once

#include "core/RoomPhonePage.h"
#include "core/RoomPhones.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace reflekt {

/** The room's limits; every one is on purpose, see docs/facilitator.md ("The room"). */
struct RoomLimits {
    std::size_t answerCharacters = 1000; ///< code points in one answer
    int answersPerMinute = 10;           ///< per phone
    std::size_t requestBytes = 16 * 1024; ///< a request's body
    std::size_t phones = 300;            ///< phones admitted while the room is open
};

/** One HTTP request as the room sees it: no address, no user agent (they are never looked at). */
struct RoomRequest {
    std::string method; ///< "GET", "POST", ...
    std::string path;   ///< decoded path, such as "/r/TOKEN/answer"
    std::string query;  ///< the raw query, without '?'
    std::string cookie; ///< the Cookie header, raw
    std::string body;
    std::int64_t nowMs = 0;
};

struct RoomResponse {
    int status = 200;
    std::string contentType;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

/** An answer the room took: the question it answers and its plain text. Nothing about the phone. */
struct RoomAnswer {
    std::string questionId;
    std::string text;
    std::int64_t receivedMs = 0;
};

/**
 * Everything the room decides about a request, without a network: which page a phone gets,
 * whether an answer is taken, and every refusal. The HTTP server only carries bytes to and from it,
 * so this logic is tested and fuzzed without sockets. Paths live under /r/TOKEN/; nothing is
 * served from a file system and nothing is listed.
 */
class RoomGate {
public:
    RoomGate(std::string token, std::string language, RoomLimits limits = {});

    struct Result {
        RoomResponse response;
        std::optional<RoomAnswer> answer;
    };
    Result handle(const RoomRequest& request);

    /** What the wall shows now (nullopt between questions); the phones follow it. */
    void setQuestion(std::optional<RoomQuestion> question);
    /** A file the page uses (room.css, room.js), served from memory under the token. */
    void addAsset(const std::string& name, const std::string& contentType, std::string bytes);

    const std::string& token() const { return m_token; }
    /** "/r/TOKEN": the start of every path the room answers. */
    std::string prefix() const { return "/r/" + m_token; }
    int activePhones(std::int64_t nowMs) const { return m_phones.activeCount(nowMs); }
    const RoomLimits& limits() const { return m_limits; }
    long revision() const { return m_revision; }

private:
    RoomResponse page(const RoomRequest& request, RoomNotice notice);
    Result answer(const RoomRequest& request);
    RoomResponse refusal(int status, RoomPhonePage::Text text, const std::string& detail = {}) const;
    std::string cookieKey(const std::string& cookie) const;

    std::string m_token;
    RoomLimits m_limits;
    RoomPhonePage m_page;
    RoomPhones m_phones;
    std::optional<RoomQuestion> m_question;
    std::set<std::string> m_questionsShown; ///< answers to an earlier question of the session still count
    std::map<std::string, std::pair<std::string, std::string>> m_assets;
    long m_revision = 0;
};

} // namespace reflekt
