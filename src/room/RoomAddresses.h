#pragma once

#include <QHostAddress>
#include <QList>

namespace reflekt {

// Where the room listens: loopback (the facilitator's own browser) and the IPv4 addresses this
// laptop has on the networks it is connected to, never "any address". The one a phone is told
// (in the QR code) is the first that is not publicly routable: the meeting room's Wi-Fi.
class RoomAddresses {
public:
    /** Loopback first, then each local network address of an interface that is up. */
    static QList<QHostAddress> choose();
    /** The address for the wall: a local network one if there is one, else loopback. */
    static QHostAddress forPhones(const QList<QHostAddress>& addresses);
    /** Not routable on the internet: private, shared, link-local, documentation and benchmark ranges. */
    static bool isLocalNetwork(const QHostAddress& address);
};

} // namespace reflekt
