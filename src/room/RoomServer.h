#pragma once

#include "core/RoomGate.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace reflekt {

// The room's HTTP server while the room is open: Qt HTTP Server on the laptop's loopback and
// local network addresses (never on all addresses), every request handed to RoomGate, every answer
// it takes passed on as answerArrived(). Deleting it closes the ports and drops every connection,
// so an address from an earlier room is refused by the network itself.
class RoomServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    RoomServer(const std::string& language, RoomLimits limits = {}, QObject* parent = nullptr);
    ~RoomServer() override;

    /**
     * Listens on `addresses` (RoomAddresses::choose()), on `preferredPort` if it is free on all of
     * them, else on a port the system gives. False with error() if it could listen nowhere.
     */
    bool open(const QList<QHostAddress>& addresses, quint16 preferredPort = 8765);
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    /** The page's address on `host`: http://HOST:PORT/r/TOKEN/ */
    QUrl pageUrl(const QHostAddress& host) const;
    QList<QHostAddress> listening() const { return m_listening; }

    /** What the wall shows now; the phones' pages follow it. */
    void setQuestion(std::optional<RoomQuestion> question);
    /** Phones heard from in the last 30 s. */
    int phones() const;
    const RoomGate& gate() const { return m_gate; }

Q_SIGNALS:
    void answerArrived(const reflekt::RoomAnswer& answer);
    void phonesChanged(int phones);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void countPhones();

    RoomGate m_gate;
    QElapsedTimer m_clock;
    std::shared_ptr<int> m_live;
    QTimer m_phoneCount;
    QList<QHostAddress> m_listening;
    QString m_error;
    quint16 m_port = 0;
    int m_lastPhones = 0;
};

} // namespace reflekt
