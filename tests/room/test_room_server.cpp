// The room's server over real sockets: what a hostile network can send it, and a bounded load.
#include "RoomClient.h"

#include "room/RoomServer.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <map>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

struct OpenRoom {
    explicit OpenRoom(const char* language = "sv") : server(language)
    {
        REQUIRE(server.open({QHostAddress(QHostAddress::LocalHost)}, 0));
        RoomQuestion q;
        q.id = "q1";
        q.text = "Vad betyder trygghet?";
        q.number = 1;
        q.count = 2;
        server.setQuestion(q);
        page = server.pageUrl(QHostAddress(QHostAddress::LocalHost));
    }
    RoomServer server;
    QUrl page;
};

QByteArray requestHead(const QUrl& page, const QByteArray& method, const QByteArray& path)
{
    return method + ' ' + path + " HTTP/1.1\r\nHost: " + page.host().toUtf8() + "\r\n";
}

} // namespace

TEST_CASE("the room's server refuses hostile requests plainly and keeps serving", "[room]")
{
    OpenRoom room;
    const QByteArray prefix = room.page.path().toUtf8();
    QSignalSpy answers(&room.server, &RoomServer::answerArrived);

    SECTION("a wrong token")
    {
        const HttpReply reply = rawRequest(room.page, requestHead(room.page, "GET", "/r/wrongtoken00/") + "\r\n");
        CHECK(reply.status == 403);
        CHECK(reply.body.contains("Rummet är stängt"));
    }
    SECTION("paths outside the room, and nothing is listed")
    {
        for (const QByteArray& path : {QByteArray("/"), QByteArray("/etc/passwd"), prefix + "../../../etc/passwd",
                                      prefix + "%2e%2e/%2e%2e/etc/passwd", prefix + "media/", QByteArray("/r/")}) {
            const HttpReply reply = rawRequest(room.page, requestHead(room.page, "GET", path) + "\r\n");
            INFO(path.toStdString());
            CHECK((reply.status == 404 || reply.status == 403 || reply.status == 400));
            CHECK_FALSE(reply.body.contains("root:"));
        }
    }
    SECTION("a request of 1 MB is refused before it is read")
    {
        const QByteArray big(1024 * 1024, 'a');
        const HttpReply reply = rawRequest(
            room.page, requestHead(room.page, "POST", prefix + "answer") +
                           "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                           QByteArray::number(big.size()) + "\r\n\r\n" + big);
        CHECK(reply.status == 413);
    }
    SECTION("a body without a length, and headers that never end")
    {
        CHECK(rawRequest(room.page, requestHead(room.page, "POST", prefix + "answer") +
                                        "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                  .status == 411);
        CHECK(rawRequest(room.page, requestHead(room.page, "GET", prefix) + "X-Filler: " + QByteArray(20000, 'x') +
                                        "\r\n\r\n")
                  .status == 431);
    }
    SECTION("malformed requests")
    {
        for (const QByteArray& bytes : {QByteArray("GARBAGE\r\n\r\n"), QByteArray("\x16\x03\x01\x02\x00\x01\x00", 7),
                                       QByteArray("GET\r\n\r\n"), QByteArray("POST " + prefix + "answer HTTP/1.1\r\n"
                                                                             "Content-Length: -5\r\n\r\n")}) {
            const HttpReply reply = rawRequest(room.page, bytes, 3000);
            CHECK(reply.status != 200);
        }
    }
    // Whatever came before, a phone is served at once, and nothing was taken as an answer.
    Phone phone(room.page);
    CHECK(phone.get().status == 200);
    CHECK(phone.page().contains("Vad betyder trygghet?"));
    CHECK(answers.isEmpty());
}

TEST_CASE("the room takes at most the limit of answers a minute from one phone", "[room]")
{
    OpenRoom room;
    QSignalSpy answers(&room.server, &RoomServer::answerArrived);
    Phone phone(room.page);
    REQUIRE(phone.get().status == 200);
    std::map<int, int> statuses;
    for (int i = 0; i < 25; ++i)
        ++statuses[phone.answer(QStringLiteral("svar %1").arg(i)).status];
    CHECK(statuses[303] == 10);
    CHECK(statuses[429] == 15);
    CHECK(answers.size() == 10);
    // Another phone is not held back by the first one's flood.
    Phone other(room.page);
    REQUIRE(other.get().status == 200);
    CHECK(other.answer(QStringLiteral("jag också")).status == 303);
    CHECK(answers.size() == 11);
}

TEST_CASE("the room's server: a closed room's port refuses connections", "[room]")
{
    QUrl page;
    {
        OpenRoom room;
        page = room.page;
        Phone phone(page);
        REQUIRE(phone.get().status == 200);
    }
    Phone late(page);
    CHECK(late.get().status == 0); // connection refused: nothing listens any more
}

TEST_CASE("50 phones send 10 answers each: every answer arrives once, in order per phone", "[room][load]")
{
    OpenRoom room;
    std::map<int, std::vector<int>> arrived;
    int total = 0;
    QObject::connect(&room.server, &RoomServer::answerArrived, [&](const RoomAnswer& answer) {
        int phone = -1;
        int number = -1;
        REQUIRE(std::sscanf(answer.text.c_str(), "telefon %d svar %d", &phone, &number) == 2);
        arrived[phone].push_back(number);
        ++total;
    });
    constexpr int kPhones = 50;
    constexpr int kAnswers = 10;
    std::vector<Phone> phones;
    for (int p = 0; p < kPhones; ++p) {
        phones.emplace_back(room.page);
        REQUIRE(phones.back().get().status == 200);
    }
    // All phones at once, each answer after the one before (within the limit of 10 a minute).
    const auto statuses = sendAtOnce(
        phones, room.page, [](int p, int a) { return QStringLiteral("telefon %1 svar %2").arg(p).arg(a); }, kAnswers,
        60000);
    for (const auto& s : statuses)
        CHECK(s == std::vector<int>(kAnswers, 303));
    CHECK(total == kPhones * kAnswers);
    for (int p = 0; p < kPhones; ++p) {
        std::vector<int> expected(kAnswers);
        for (int a = 0; a < kAnswers; ++a)
            expected[static_cast<std::size_t>(a)] = a;
        INFO("phone " << p);
        CHECK(arrived[p] == expected);
    }
    CHECK(room.server.phones() == kPhones);
}
