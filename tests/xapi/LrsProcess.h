#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QUrl>

#include <map>
#include <optional>
#include <string>

namespace reflekt::testing {

// The loopback LRS of run-lrs.sh: installs (npm, cached in the build folder), starts, freezes,
// stops and restarts it, and reads statements back with plain HTTP.
class LrsProcess {
public:
    LrsProcess();
    ~LrsProcess();

    /** Installs and starts; false with skipReason() set when npm cannot reach its registry. */
    bool start(QString& error);
    static bool skipped() { return s_skipped; }
    static QString skipReason() { return s_skipReason; }

    QUrl endpoint() const;
    bool stopService();
    bool startService();
    /** SIGSTOP / SIGCONT of the service: requests hang, as when a server stops answering. */
    void freeze(bool frozen);

    /** Every statement the LRS holds, by id (following "more"). */
    std::optional<std::map<std::string, QByteArray>> statements(QString& error);
    /** POSTs raw JSON to the statements resource; returns the HTTP status. */
    int post(const QByteArray& body);

private:
    bool script(const QStringList& args, QString& output);
    QByteArray get(const QString& url, int& status);

    QString m_dir;
    int m_redisPort = 0;
    int m_lrsPort = 0;
    bool m_started = false;
    static inline bool s_skipped = false;
    static inline QString s_skipReason;
};

} // namespace reflekt::testing
