#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace reflekt {

// One running Reflekt per data folder: a second launch hands its arguments (a file to open) to
// the first, which comes to the front, and then exits.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);

    /** True if another instance took the message; this process should then exit. */
    bool forwardToRunning(const QStringList& arguments);
    /** Starts listening for later launches. */
    bool listen();
    /** Stops listening, so that a process started now becomes the running instance. */
    void stopListening();

Q_SIGNALS:
    void messageReceived(const QStringList& arguments);

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace reflekt
