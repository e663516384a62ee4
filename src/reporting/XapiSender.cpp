#include "reporting/XapiSender.h"

#include "store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace reflekt {

namespace {

constexpr int kBackoffBaseMs = 5'000;
constexpr int kBackoffCapMs = 10 * 60'000;

// The LRS's own words: "message", or the list of "warnings" a validating LRS returns with a 400.
QString lrsMessage(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QStringList parts;
    if (o.contains(QStringLiteral("message")))
        parts << o.value(QStringLiteral("message")).toString();
    for (const auto& w : o.value(QStringLiteral("warnings")).toArray())
        parts << w.toString();
    if (parts.isEmpty())
        return QString::fromUtf8(body.left(500)).trimmed();
    return parts.join(QStringLiteral("; "));
}

} // namespace

XapiSender::XapiSender(Store& store, QObject* parent) : QObject(parent), m_store(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { sync(false); });
}

void XapiSender::setEndpoint(const QUrl& endpoint)
{
    m_endpoint = endpoint;
}

void XapiSender::setCredentials(const QString& key, const QString& secret)
{
    m_authorization = "Basic " + (key + QLatin1Char(':') + secret).toUtf8().toBase64();
}

void XapiSender::setInterval(int intervalMs)
{
    m_interval = intervalMs;
    if (m_interval > 0 && !m_syncing)
        m_timer.start(m_interval);
    else if (m_interval <= 0)
        m_timer.stop();
}

int XapiSender::backoffMs(int failures)
{
    if (failures <= 0)
        return 0;
    const int shift = std::min(failures - 1, 16);
    return static_cast<int>(std::min<qint64>(kBackoffCapMs, static_cast<qint64>(kBackoffBaseMs) << shift));
}

void XapiSender::syncNow()
{
    sync(true);
}

void XapiSender::sync(bool force)
{
    if (m_syncing)
        return;
    if (!m_endpoint.isValid() || m_endpoint.isEmpty()) {
        if (m_interval > 0) // look again later: the endpoint may be set up by then
            m_timer.start(m_interval);
        Q_EMIT syncFinished(tr("No learning record store is set up."));
        return;
    }
    if (force) {
        m_failures = 0;
        m_store.outbox().makeAllDue();
    }
    m_syncing = true;
    m_oneByOne = false;
    m_timer.stop();
    sendNextBatch();
}

void XapiSender::sendNextBatch()
{
    const auto batch = m_store.outbox().takeBatch(m_oneByOne ? 1 : m_batchSize);
    if (!batch.ok()) {
        finishSync(QString::fromStdString(batch.error));
        return;
    }
    if (batch.value->empty()) {
        finishSync({});
        return;
    }
    // The stored JSON is sent byte for byte as queued, so a re-sent statement is identical.
    QByteArray body = "[";
    std::vector<std::string> ids;
    for (const auto& e : *batch.value) {
        if (!ids.empty())
            body += ',';
        body += QByteArray::fromStdString(e.json);
        ids.push_back(e.statementId);
    }
    body += ']';
    QString base = m_endpoint.toString();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    QNetworkRequest request(QUrl(base + QStringLiteral("statements")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-Experience-API-Version", "1.0.3");
    request.setRawHeader("Authorization", m_authorization);
    request.setTransferTimeout(m_requestTimeout);
    QNetworkReply* reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, ids] { handleReply(reply, ids); });
}

bool XapiSender::rejectConflicting(const QString& message, const std::vector<std::string>& ids)
{
    // Learning Locker names the statement: "<id> is conflicting". Other LRSs may not.
    for (const auto& id : ids)
        if (message.contains(QString::fromStdString(id))) {
            m_store.outbox().markRejected(id, "409 " + message.toStdString());
            return true;
        }
    return false;
}

void XapiSender::handleReply(QNetworkReply* reply, const std::vector<std::string>& ids)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString message = lrsMessage(body);
    if (status == 200 || status == 204) {
        const auto marked = m_store.outbox().markSent(ids);
        if (!marked.ok()) {
            finishSync(QString::fromStdString(marked.error));
            return;
        }
        Q_EMIT progressed();
        sendNextBatch();
        return;
    }
    if (status == 409 || status == 400) {
        if (ids.size() == 1) {
            m_store.outbox().markRejected(
                ids.front(), (QString::number(status) + QLatin1Char(' ') + message).toStdString());
        } else if (!(status == 409 && rejectConflicting(message, ids))) {
            m_oneByOne = true; // the batch is refused whole: find the one statement it is about
        }
        Q_EMIT progressed();
        sendNextBatch();
        return;
    }
    QString error;
    if (status == 401 || status == 403)
        error = tr("The learning record store refused the key and secret (HTTP %1).").arg(status);
    else if (status != 0)
        error = tr("The learning record store answered HTTP %1: %2").arg(status).arg(message);
    else
        error = tr("Could not reach the learning record store: %1").arg(reply->errorString());
    ++m_failures;
    const qint64 next = QDateTime::currentMSecsSinceEpoch() + backoffMs(m_failures);
    m_store.outbox().retryLater(ids, error.toStdString(), next);
    finishSync(error);
}

void XapiSender::finishSync(const QString& error)
{
    m_syncing = false;
    if (error.isEmpty())
        m_failures = 0;
    m_store.outbox().recordSync(QDateTime::currentMSecsSinceEpoch(), error.toStdString());
    const int wait = error.isEmpty() ? m_interval : std::max(backoffMs(m_failures), 1000);
    if (wait > 0)
        m_timer.start(wait);
    Q_EMIT syncFinished(error);
}

} // namespace reflekt
