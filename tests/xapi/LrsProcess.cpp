#include "LrsProcess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>
#include <sys/types.h>

namespace reflekt::testing {

namespace {

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

// REFLEKT_LRS_DIR in the environment picks another scratch folder (e.g. to try the skip path).
LrsProcess::LrsProcess() : m_dir(qEnvironmentVariable("REFLEKT_LRS_DIR", QStringLiteral(REFLEKT_LRS_DIR))) {}

LrsProcess::~LrsProcess()
{
    QString ignored;
    if (m_started) {
        freeze(false);
        script({QStringLiteral("stop"), m_dir}, ignored);
    }
}

bool LrsProcess::script(const QStringList& args, QString& output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(REFLEKT_RUN_LRS), args);
    p.waitForFinished(10 * 60 * 1000);
    output = QString::fromUtf8(p.readAll()).trimmed();
    if (p.exitCode() == 77 && args.front() == QLatin1String("install")) {
        s_skipped = true;
        s_skipReason = output;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool LrsProcess::start(QString& error)
{
    if (!script({QStringLiteral("install"), m_dir}, error))
        return false;
    m_redisPort = freePort();
    m_lrsPort = freePort();
    m_started = script({QStringLiteral("start"), m_dir, QString::number(m_redisPort), QString::number(m_lrsPort)},
                       error);
    return m_started;
}

QUrl LrsProcess::endpoint() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/xAPI/").arg(m_lrsPort));
}

bool LrsProcess::stopService()
{
    QString out;
    freeze(false);
    return script({QStringLiteral("stop-service"), m_dir}, out);
}

bool LrsProcess::startService()
{
    QString out;
    return script({QStringLiteral("start-service"), m_dir, QString::number(m_redisPort),
                   QString::number(m_lrsPort)},
                  out);
}

void LrsProcess::freeze(bool frozen)
{
    QFile pidFile(m_dir + QStringLiteral("/lrs.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return;
    const auto pid = static_cast<pid_t>(pidFile.readAll().trimmed().toLongLong());
    if (pid > 0)
        ::kill(pid, frozen ? SIGSTOP : SIGCONT);
}

QByteArray LrsProcess::get(const QString& url, int& status)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("X-Experience-API-Version", "1.0.3");
    request.setRawHeader("Authorization", "Basic " + QByteArray("test:test").toBase64());
    request.setTransferTimeout(20'000);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

int LrsProcess::post(const QByteArray& body)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(endpoint().toString() + QStringLiteral("statements"))};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-Experience-API-Version", "1.0.3");
    request.setRawHeader("Authorization", "Basic " + QByteArray("test:test").toBase64());
    QNetworkReply* reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

std::optional<std::map<std::string, QByteArray>> LrsProcess::statements(QString& error)
{
    std::map<std::string, QByteArray> out;
    QString url = endpoint().toString() + QStringLiteral("statements?limit=500");
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(m_lrsPort);
    while (!url.isEmpty()) {
        int status = 0;
        const QByteArray body = get(url, status);
        if (status != 200) {
            error = QStringLiteral("GET %1 answered %2: %3").arg(url).arg(status).arg(QString::fromUtf8(body));
            return std::nullopt;
        }
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        for (const auto& s : page.value(QStringLiteral("statements")).toArray()) {
            const QJsonObject o = s.toObject();
            const std::string id = o.value(QStringLiteral("id")).toString().toStdString();
            if (out.count(id) != 0) {
                error = QStringLiteral("the LRS returned %1 twice").arg(QString::fromStdString(id));
                return std::nullopt;
            }
            out[id] = QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
        const QString more = page.value(QStringLiteral("more")).toString();
        url = more.isEmpty() ? QString() : (more.startsWith(QLatin1Char('/')) ? origin + more : more);
    }
    return out;
}

} // namespace reflekt::testing
