#include "room/RoomListener.h"

#include <QTcpSocket>
#include <QTimer>

namespace reflekt {

namespace {

constexpr int kStallMs = 10000;
constexpr int kIdleMs = 60000;

void refuse(QTcpSocket* socket, const QByteArray& statusLine)
{
    // The HTTP server must not read on: it would wait for a body that is never taken.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    const QByteArray body = statusLine.mid(statusLine.indexOf(' ') + 1) + '\n';
    socket->write("HTTP/1.1 " + statusLine + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

// Looks at the head of a request that starts now, before anything reads it. False if refused.
bool checkHead(QTcpSocket* socket, std::size_t maxBodyBytes)
{
    const QByteArray head = socket->peek(RoomListener::kHeaderBytes);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() >= RoomListener::kHeaderBytes) {
            refuse(socket, "431 Request Header Fields Too Large");
            return false;
        }
        return true; // the rest of the head is on its way
    }
    const QList<QByteArray> lines = head.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            refuse(socket, "411 Length Required");
            return false;
        }
        if (name == "content-length") {
            bool ok = false;
            const qulonglong length = value.toULongLong(&ok);
            if (!ok || length > maxBodyBytes) {
                refuse(socket, ok ? "413 Payload Too Large" : "400 Bad Request");
                return false;
            }
        }
    }
    return true;
}

} // namespace

RoomListener::RoomListener(std::shared_ptr<int> live, int maxConnections, std::size_t maxBodyBytes, QObject* parent)
    : QTcpServer(parent), m_live(std::move(live)), m_maxConnections(maxConnections), m_maxBodyBytes(maxBodyBytes)
{
    setMaxPendingConnections(64);
}

void RoomListener::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (*m_live >= m_maxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++*m_live;
    connect(socket, &QObject::destroyed, socket, [live = m_live] { --*live; });
    // Enough for the head and the largest body taken; beyond it the socket stops reading.
    socket->setReadBufferSize(static_cast<qint64>(m_maxBodyBytes) + kHeaderBytes);

    auto* stall = new QTimer(socket);
    stall->setSingleShot(true);
    stall->setInterval(kStallMs);
    connect(stall, &QTimer::timeout, socket, &QTcpSocket::abort);
    auto* idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(kIdleMs);
    connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    idle->start();

    // Connected before the HTTP server's own slot, so it sees each request first.
    connect(socket, &QTcpSocket::readyRead, socket, [socket, stall, idle, max = m_maxBodyBytes] {
        idle->start();
        if (!socket->isTransactionStarted() && !checkHead(socket, max))
            return;
        if (!stall->isActive())
            stall->start();
    });
    connect(socket, &QTcpSocket::bytesWritten, stall, &QTimer::stop);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    addPendingConnection(socket);
}

} // namespace reflekt
