#pragma once

#include <QTcpServer>

#include <cstddef>
#include <memory>

namespace reflekt {

// One listening address of the room. It guards each connection before Qt HTTP Server reads from
// it, so a phone (or anything else on the network) cannot make the laptop hold more than a small
// request in memory, keep a connection stalled, or open more connections than the room allows:
// - a request whose headers do not fit in 16 KiB gets 431, a body over the limit 413, a body
//   without a length (chunked) 411, before the body is read;
// - the socket's read buffer is bounded, and a connection that stops half-way through a request
//   is dropped after 10 s, an idle one after 60 s.
class RoomListener : public QTcpServer {
    Q_OBJECT
public:
    /** `live` counts the connections of all listeners of one room. */
    RoomListener(std::shared_ptr<int> live, int maxConnections, std::size_t maxBodyBytes, QObject* parent = nullptr);

    static constexpr int kHeaderBytes = 16 * 1024;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::shared_ptr<int> m_live;
    int m_maxConnections;
    std::size_t m_maxBodyBytes;
};

} // namespace reflekt
