#include "RoomClient.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace reflekt::testing {

namespace {

HttpReply parse(const QByteArray& raw)
{
    HttpReply reply;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0)
        return reply;
    const QList<QByteArray> lines = raw.left(end).split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    reply.status = status.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            reply.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    reply.body = raw.mid(end + 4);
    return reply;
}

// Reads one response (by Content-Length) or until the server closes.
QByteArray exchange(const QUrl& base, const QByteArray& bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), static_cast<quint16>(base.port()));
    QElapsedTimer clock;
    clock.start();
    while (socket.state() != QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs) {
        QTest::qWait(1);
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return {};
    }
    socket.write(bytes);
    QByteArray raw;
    while (clock.elapsed() < timeoutMs) {
        QTest::qWait(1);
        raw += socket.readAll();
        const qsizetype end = raw.indexOf("\r\n\r\n");
        if (end >= 0) {
            const HttpReply head = parse(raw);
            if (head.headers.contains("content-length") &&
                raw.size() - end - 4 >= head.headers.value("content-length").toLongLong())
                break;
        }
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            raw += socket.readAll();
            break;
        }
    }
    return raw;
}

} // namespace

HttpReply rawRequest(const QUrl& base, const QByteArray& bytes, int timeoutMs)
{
    return parse(exchange(base, bytes, timeoutMs));
}

QString Phone::formValue(const QByteArray& html, const QString& name)
{
    const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
    return re.match(QString::fromUtf8(html)).captured(1);
}

QByteArray Phone::request(const QByteArray& method, const QString& path, const QByteArray& body) const
{
    const QString target = path.isEmpty() ? m_page.path() : path;
    QByteArray request = method + ' ' + target.toUtf8() + " HTTP/1.1\r\nHost: " + m_page.host().toUtf8() + ':' +
                         QByteArray::number(m_page.port()) + "\r\nConnection: close\r\n";
    if (!m_cookie.isEmpty())
        request += "Cookie: " + m_cookie + "\r\n";
    if (method == "POST")
        request += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    return request;
}

HttpReply Phone::send(const QByteArray& method, const QString& path, const QByteArray& body)
{
    HttpReply reply = rawRequest(m_page, request(method, path, body), 10000);
    if (const QByteArray set = reply.headers.value("set-cookie"); !set.isEmpty())
        m_cookie = set.left(set.indexOf(';'));
    return reply;
}

HttpReply Phone::get(const QString& path)
{
    HttpReply reply = send("GET", path, {});
    if (path.isEmpty() || path == m_page.path())
        m_lastPage = reply.body;
    return reply;
}

HttpReply Phone::answer(const QString& text)
{
    return rawRequest(m_page, answerRequest(text), 10000);
}

QByteArray Phone::answerRequest(const QString& text) const
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("phone"), formValue(m_lastPage, QStringLiteral("phone")));
    form.addQueryItem(QStringLiteral("q"), formValue(m_lastPage, QStringLiteral("q")));
    form.addQueryItem(QStringLiteral("text"), text);
    // QUrlQuery leaves '+' and '&' inside values as they are; a browser escapes both.
    QByteArray body;
    for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return request("POST", m_page.path() + QStringLiteral("answer"), body);
}

std::vector<std::vector<int>> sendAtOnce(std::vector<Phone>& phones, const QUrl& base,
                                         const std::function<QString(int phone, int answer)>& text, int answers,
                                         int timeoutMs)
{
    std::vector<std::vector<int>> statuses(phones.size());
    std::vector<QByteArray> received(phones.size());
    std::vector<std::unique_ptr<QTcpSocket>> sockets(phones.size());
    std::function<void(std::size_t)> next = [&](std::size_t p) {
        const int number = static_cast<int>(statuses[p].size());
        if (number >= answers)
            return;
        received[p].clear();
        sockets[p] = std::make_unique<QTcpSocket>();
        QTcpSocket* socket = sockets[p].get();
        const QByteArray bytes = phones[p].answerRequest(text(static_cast<int>(p), number));
        QObject::connect(socket, &QTcpSocket::connected, socket, [socket, bytes] { socket->write(bytes); });
        auto finish = [&, p, socket] {
            received[p] += socket->readAll();
            const HttpReply reply = parse(received[p]);
            const qsizetype end = received[p].indexOf("\r\n\r\n");
            const bool complete = end >= 0 && reply.headers.contains("content-length") &&
                                  received[p].size() - end - 4 >= reply.headers.value("content-length").toLongLong();
            if (!complete && socket->state() != QAbstractSocket::UnconnectedState)
                return;
            QObject::disconnect(socket, nullptr, nullptr, nullptr);
            statuses[p].push_back(reply.status);
            socket->deleteLater();
            sockets[p].release();
            next(p);
        };
        QObject::connect(socket, &QTcpSocket::readyRead, socket, finish);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, finish);
        socket->connectToHost(base.host(), static_cast<quint16>(base.port()));
    };
    for (std::size_t p = 0; p < phones.size(); ++p)
        next(p);
    (void)QTest::qWaitFor([&] { // what did not arrive in time shows in the statuses
        for (const auto& s : statuses)
            if (static_cast<int>(s.size()) < answers)
                return false;
        return true;
    }, timeoutMs);
    for (auto& socket : sockets)
        if (socket)
            QObject::disconnect(socket.get(), nullptr, nullptr, nullptr);
    return statuses;
}

} // namespace reflekt::testing
