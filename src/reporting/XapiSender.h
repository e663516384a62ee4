#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <string>
#include <vector>

namespace reflekt {

class Store;

// Sends the outbox to the LRS in the background (QtNetwork, on the UI thread's event loop, so the
// store is used from one thread only). Batches of statements are POSTed to <endpoint>/statements;
// a statement leaves the outbox's pending set only when the LRS acknowledged it (200/204).
// 409 (the LRS holds a different statement under that id) and 400 (invalid) set the statement
// aside with the LRS's reason, never to be retried; in a batch the offender is found by sending
// the batch one by one. Network, server and authentication errors are retried with exponential
// backoff (5 s doubling up to 10 minutes).
class XapiSender : public QObject {
    Q_OBJECT
public:
    explicit XapiSender(Store& store, QObject* parent = nullptr);

    void setEndpoint(const QUrl& endpoint);
    void setCredentials(const QString& key, const QString& secret);
    QUrl endpoint() const { return m_endpoint; }
    void setBatchSize(int size) { m_batchSize = size; }
    /** A request not answered within this time counts as a network error (default 30 s). */
    void setRequestTimeout(int ms) { m_requestTimeout = ms; }
    /** Regular syncs every `intervalMs` while the app runs (0 = only on demand). */
    void setInterval(int intervalMs);

    /** Starts a sync now (ignoring any backoff); nothing happens if one is running. */
    void syncNow();
    bool isSyncing() const { return m_syncing; }
    /** Delay before the next automatic attempt after `failures` failed syncs in a row. */
    static int backoffMs(int failures);

Q_SIGNALS:
    /** A sync ended: `error` is empty when everything due was acknowledged. */
    void syncFinished(const QString& error);
    /** Statements were acknowledged or set aside (for "number waiting" displays). */
    void progressed();

private:
    void sync(bool force);
    void sendNextBatch();
    void handleReply(QNetworkReply* reply, const std::vector<std::string>& ids);
    void finishSync(const QString& error);
    bool rejectConflicting(const QString& message, const std::vector<std::string>& ids);

    Store& m_store;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QUrl m_endpoint;
    QByteArray m_authorization;
    int m_batchSize = 50;
    int m_interval = 60'000;
    int m_requestTimeout = 30'000;
    bool m_syncing = false;
    bool m_oneByOne = false; ///< after a 400/409 on a batch: find the offender
    int m_failures = 0;
};

} // namespace reflekt
