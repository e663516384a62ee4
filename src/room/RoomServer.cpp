#include "room/RoomServer.h"

#include "core/RoomToken.h"
#include "room/RoomListener.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

namespace reflekt {

namespace {

constexpr int kMaxConnections = 256;

std::string resource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

std::string methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

QByteArray bytes(const std::string& text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

RoomServer::RoomServer(const std::string& language, RoomLimits limits, QObject* parent)
    : QAbstractHttpServer(parent), m_gate(randomRoomToken(12), language, limits), m_live(std::make_shared<int>(0))
{
    m_gate.addAsset("room.css", "text/css; charset=utf-8", resource(QStringLiteral(":/reflekt/room/room.css")));
    m_gate.addAsset("room.js", "text/javascript; charset=utf-8", resource(QStringLiteral(":/reflekt/room/room.js")));
    m_clock.start();
    m_phoneCount.setInterval(2000);
    connect(&m_phoneCount, &QTimer::timeout, this, &RoomServer::countPhones);
}

RoomServer::~RoomServer() = default;

bool RoomServer::open(const QList<QHostAddress>& addresses, quint16 preferredPort)
{
    const RoomLimits& limits = m_gate.limits();
    // The preferred port on every address, else one the system picks on the first and then the same on the rest.
    for (quint16 port : {preferredPort, quint16(0)}) {
        QList<RoomListener*> listeners;
        QList<QHostAddress> listening;
        quint16 chosen = port;
        for (const QHostAddress& address : addresses) {
            auto* listener = new RoomListener(m_live, kMaxConnections, limits.requestBytes, this);
            if (listener->listen(address, chosen)) {
                chosen = listener->serverPort();
                listeners.append(listener);
                listening.append(address);
            } else {
                m_error = listener->errorString();
                delete listener;
                if (port != 0)
                    break;
            }
        }
        if (port != 0 && listening.size() != addresses.size()) {
            qDeleteAll(listeners);
            continue;
        }
        if (listening.isEmpty())
            return false;
        for (RoomListener* listener : listeners)
            bind(listener);
        m_listening = listening;
        m_port = chosen;
        m_error.clear();
        m_phoneCount.start();
        return true;
    }
    return false;
}

QUrl RoomServer::pageUrl(const QHostAddress& host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(QString::fromStdString(m_gate.prefix()) + QLatin1Char('/'));
    return url;
}

void RoomServer::setQuestion(std::optional<RoomQuestion> question)
{
    m_gate.setQuestion(std::move(question));
}

int RoomServer::phones() const
{
    return m_gate.activePhones(m_clock.elapsed());
}

void RoomServer::countPhones()
{
    const int now = phones();
    if (now != m_lastPhones) {
        m_lastPhones = now;
        Q_EMIT phonesChanged(now);
    }
}

bool RoomServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    RoomRequest in;
    in.method = methodName(request.method());
    in.path = request.url().path(QUrl::FullyDecoded).toStdString();
    in.query = request.url().query(QUrl::FullyEncoded).toStdString();
    in.cookie = request.value("cookie").toStdString();
    const QByteArray body = request.body();
    in.body.assign(body.constData(), static_cast<std::size_t>(body.size()));
    in.nowMs = m_clock.elapsed();

    RoomGate::Result result = m_gate.handle(in);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(result.response.status));
    const QByteArray payload = bytes(result.response.body);
    responder.writeHeader("Content-Type", bytes(result.response.contentType));
    responder.writeHeader("Content-Length", QByteArray::number(payload.size()));
    for (const auto& [name, value] : result.response.headers)
        responder.writeHeader(bytes(name), bytes(value));
    responder.writeBody(payload);
    if (result.answer)
        Q_EMIT answerArrived(*result.answer);
    countPhones();
    return true;
}

void RoomServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace reflekt
