#include "core/RoomGate.h"

#include "core/FormData.h"
#include "core/RoomText.h"

namespace reflekt {

namespace {

constexpr const char* kHtml = "text/html; charset=utf-8";
constexpr const char* kText = "text/plain; charset=utf-8";
constexpr const char* kCookie = "reflekt_phone";

// Compares without stopping at the first difference, so the time taken says nothing of the token.
bool sameToken(const std::string& a, const std::string& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff = static_cast<unsigned char>(diff | (a[i] ^ b[i]));
    return diff == 0;
}

void addSafetyHeaders(RoomResponse& response)
{
    // The page needs nothing but its own style sheet, script and form; nothing may frame it.
    response.headers.emplace_back("Content-Security-Policy",
                                  "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; "
                                  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    response.headers.emplace_back("X-Content-Type-Options", "nosniff");
    response.headers.emplace_back("Referrer-Policy", "no-referrer");
    response.headers.emplace_back("Cache-Control", "no-store");
}

RoomNotice noticeOf(const std::string& query)
{
    const FormData fields = FormData::parse(query);
    if (fields.value("sent"))
        return RoomNotice::Sent;
    if (fields.value("empty"))
        return RoomNotice::Empty;
    if (fields.value("moved"))
        return RoomNotice::Moved;
    return RoomNotice::None;
}

} // namespace

RoomGate::RoomGate(std::string token, std::string language, RoomLimits limits)
    : m_token(std::move(token)),
      m_limits(limits),
      m_page(std::move(language), limits.answerCharacters),
      m_phones(limits.phones, limits.answersPerMinute)
{
}

void RoomGate::setQuestion(std::optional<RoomQuestion> question)
{
    if (question)
        m_questionsShown.insert(question->id);
    m_question = std::move(question);
    ++m_revision;
}

void RoomGate::addAsset(const std::string& name, const std::string& contentType, std::string bytes)
{
    m_assets[name] = {contentType, std::move(bytes)};
}

RoomResponse RoomGate::refusal(int status, RoomPhonePage::Text text, const std::string& detail) const
{
    RoomResponse response;
    response.status = status;
    response.contentType = kHtml;
    std::string message = m_page.text(text);
    if (const auto at = message.find("%1"); at != std::string::npos)
        message.replace(at, 2, detail);
    response.body = m_page.message(message);
    addSafetyHeaders(response);
    return response;
}

std::string RoomGate::cookieKey(const std::string& cookie) const
{
    const std::string name = std::string(kCookie) + "=";
    std::size_t at = 0;
    while ((at = cookie.find(name, at)) != std::string::npos) {
        if (at == 0 || cookie[at - 1] == ' ' || cookie[at - 1] == ';') {
            const std::size_t start = at + name.size();
            const std::size_t end = cookie.find(';', start);
            return cookie.substr(start, end == std::string::npos ? std::string::npos : end - start);
        }
        at += name.size();
    }
    return {};
}

RoomGate::Result RoomGate::handle(const RoomRequest& request)
{
    using T = RoomPhonePage::Text;
    if (request.method != "GET" && request.method != "POST") {
        RoomResponse response = refusal(405, T::BadRequest);
        response.headers.emplace_back("Allow", "GET, POST");
        return {response, std::nullopt};
    }
    if (request.body.size() > m_limits.requestBytes)
        return {refusal(413, T::TooLarge), std::nullopt};
    if (request.path.rfind("/r/", 0) != 0)
        return {refusal(404, T::NotFound), std::nullopt};
    const std::size_t slash = request.path.find('/', 3);
    const std::string token = request.path.substr(3, slash == std::string::npos ? std::string::npos : slash - 3);
    if (!sameToken(token, m_token))
        return {refusal(403, T::Closed), std::nullopt};
    const std::string rest = slash == std::string::npos ? std::string() : request.path.substr(slash);

    if (rest == "/answer") {
        if (request.method == "POST")
            return answer(request);
        RoomResponse response = refusal(303, T::NotFound);
        response.headers.emplace_back("Location", prefix() + "/");
        return {response, std::nullopt};
    }
    if (request.method != "GET")
        return {refusal(405, T::BadRequest), std::nullopt};
    if (rest.empty() || rest == "/")
        return {page(request, noticeOf(request.query)), std::nullopt};
    if (rest == "/now") {
        m_phones.touch(cookieKey(request.cookie), request.nowMs);
        RoomResponse response{200, kText, std::to_string(m_revision), {}};
        addSafetyHeaders(response);
        return {response, std::nullopt};
    }
    if (rest.size() > 1) {
        if (auto it = m_assets.find(rest.substr(1)); it != m_assets.end()) {
            RoomResponse response{200, it->second.first, it->second.second, {}};
            addSafetyHeaders(response);
            return {response, std::nullopt};
        }
    }
    return {refusal(404, T::NotFound), std::nullopt};
}

RoomResponse RoomGate::page(const RoomRequest& request, RoomNotice notice)
{
    const std::optional<std::string> key = m_phones.admit(cookieKey(request.cookie), request.nowMs);
    if (!key)
        return refusal(503, RoomPhonePage::Text::Full);
    RoomResponse response{200, kHtml,
                          m_page.render(m_question ? &*m_question : nullptr, prefix(), *key, m_revision, notice),
                          {}};
    response.headers.emplace_back("Set-Cookie", std::string(kCookie) + "=" + *key + "; Path=" + prefix() +
                                                    "; HttpOnly; SameSite=Strict");
    addSafetyHeaders(response);
    return response;
}

RoomGate::Result RoomGate::answer(const RoomRequest& request)
{
    using T = RoomPhonePage::Text;
    const FormData form = FormData::parse(request.body);
    std::string key = form.value("phone").value_or(std::string());
    if (!m_phones.knows(key))
        key = cookieKey(request.cookie);
    if (!m_phones.knows(key))
        return {refusal(403, T::Expired), std::nullopt};

    auto backTo = [this](const std::string& notice) {
        RoomResponse response{303, kText, {}, {}};
        response.headers.emplace_back("Location", prefix() + "/?" + notice + "=1");
        addSafetyHeaders(response);
        return response;
    };
    const std::optional<std::string> questionId = form.value("q");
    const std::optional<std::string> text = form.value("text");
    if (!questionId || !text)
        return {refusal(400, T::BadRequest), std::nullopt};
    if (m_questionsShown.count(*questionId) == 0)
        return {backTo("moved"), std::nullopt};

    CleanedAnswer cleaned = cleanRoomAnswer(*text, m_limits.answerCharacters);
    if (cleaned.problem == RoomTextProblem::Empty)
        return {backTo("empty"), std::nullopt};
    if (cleaned.problem == RoomTextProblem::TooLong)
        return {refusal(413, T::TooLong, std::to_string(m_limits.answerCharacters)), std::nullopt};
    if (!m_phones.takeAnswer(key, request.nowMs)) {
        RoomResponse response = refusal(429, T::TooMany);
        response.headers.emplace_back("Retry-After", std::to_string(m_phones.secondsUntilNext(key, request.nowMs)));
        return {response, std::nullopt};
    }
    return {backTo("sent"), RoomAnswer{*questionId, std::move(cleaned.text), request.nowMs}};
}

} // namespace reflekt
