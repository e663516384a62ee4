#include "room/RoomAddresses.h"

#include <QNetworkInterface>

#include <array>
#include <utility>

namespace reflekt {

bool RoomAddresses::isLocalNetwork(const QHostAddress& address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    static const std::array<std::pair<const char*, int>, 8> kRanges = {{
        {"10.0.0.0", 8}, {"172.16.0.0", 12}, {"192.168.0.0", 16}, // private (RFC 1918)
        {"100.64.0.0", 10},                                       // shared, carrier NAT (RFC 6598)
        {"169.254.0.0", 16},                                      // link-local
        {"192.0.2.0", 24}, {"198.51.100.0", 24},                  // documentation (RFC 5737)
        {"198.18.0.0", 15},                                       // benchmarking (RFC 2544)
    }};
    for (const auto& [network, bits] : kRanges)
        if (address.isInSubnet(QHostAddress(QString::fromLatin1(network)), bits))
            return true;
    return false;
}

QList<QHostAddress> RoomAddresses::choose()
{
    QList<QHostAddress> local;
    QList<QHostAddress> other;
    for (const QNetworkInterface& iface : QNetworkInterface::allInterfaces()) {
        const auto flags = iface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry& entry : iface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            (isLocalNetwork(ip) ? local : other).append(ip);
        }
    }
    QList<QHostAddress> addresses{QHostAddress(QHostAddress::LocalHost)};
    addresses += local;
    addresses += other; // a network that hands out public addresses: the token still guards the room
    return addresses;
}

QHostAddress RoomAddresses::forPhones(const QList<QHostAddress>& addresses)
{
    for (const QHostAddress& address : addresses)
        if (isLocalNetwork(address))
            return address;
    for (const QHostAddress& address : addresses)
        if (!address.isLoopback())
            return address;
    return QHostAddress(QHostAddress::LocalHost);
}

} // namespace reflekt
