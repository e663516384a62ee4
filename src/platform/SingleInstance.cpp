#include "platform/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStringList>

namespace reflekt {

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent) : QObject(parent)
{
    // Keyed on the resolved folder: "--data-dir link-to-data" and "--data-dir data" are one
    // instance, or two windows would write to one database and the last writer would win.
    QDir().mkpath(dataDir);
    const QString canonical = QFileInfo(dataDir).canonicalFilePath();
    const QString key = canonical.isEmpty() ? QDir(dataDir).absolutePath() : canonical;
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    m_name = QStringLiteral("reflekt-%1-%2").arg(qEnvironmentVariable("USER"), QString::fromLatin1(hash));
}

bool SingleInstance::forwardToRunning(const QStringList& arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(300))
        return false;
    // NUL-separated UTF-8: a path can hold anything but NUL.
    socket.write(arguments.join(QChar(0)).toUtf8());
    socket.waitForBytesWritten(1000);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A stale socket from a crashed instance: nobody answered forwardToRunning(), so remove it.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        QLocalSocket* socket = m_server->nextPendingConnection();
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
            const QString payload = QString::fromUtf8(socket->readAll());
            Q_EMIT messageReceived(payload.isEmpty() ? QStringList() : payload.split(QChar(0)));
        });
    });
    return true;
}

void SingleInstance::stopListening()
{
    if (!m_server)
        return;
    m_server->close(); // removes the socket file too
    delete m_server;
    m_server = nullptr;
}

} // namespace reflekt
