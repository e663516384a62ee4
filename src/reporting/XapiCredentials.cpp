#include "reporting/XapiCredentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#ifdef REFLEKT_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace reflekt {

namespace {

const QString kService = QStringLiteral("Reflekt LRS");

} // namespace

XapiCredentials::XapiCredentials(QString dataDir) : m_dataDir(std::move(dataDir)) {}

bool XapiCredentials::keychainBuiltIn()
{
#ifdef REFLEKT_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString XapiCredentials::filePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("xapi-credentials"));
}

// One entry per data folder, so a --data-dir profile set has its own LRS account.
QString XapiCredentials::keychainKey() const
{
    return QStringLiteral("lrs:") + QDir(m_dataDir).absolutePath();
}

XapiCredentials::Loaded XapiCredentials::loadFile() const
{
    Loaded out;
    QFile file(filePath());
    if (!file.exists()) {
        out.ok = true;
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = QCoreApplication::translate("XapiCredentials", "Could not read %1: %2")
                        .arg(filePath(), file.errorString());
        return out;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    out.ok = true;
    out.key = o.value(QStringLiteral("key")).toString();
    out.secret = o.value(QStringLiteral("secret")).toString();
    return out;
}

bool XapiCredentials::saveFile(const QString& key, const QString& secret, QString& error)
{
    QDir().mkpath(m_dataDir);
    QSaveFile file(filePath());
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("secret"), secret}}).toJson();
    // Owner-only before a byte of the secret is written.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(body) != body.size() || !file.commit()) {
        error = QCoreApplication::translate("XapiCredentials", "Could not write %1: %2")
                    .arg(filePath(), file.errorString());
        return false;
    }
    m_where = QCoreApplication::translate("XapiCredentials",
                                          "The key and secret are kept in %1, a file only you can read.")
                  .arg(QDir::toNativeSeparators(filePath()));
    return true;
}

XapiCredentials::Loaded XapiCredentials::load()
{
#ifdef REFLEKT_HAVE_KEYCHAIN
    if (!QFile::exists(filePath())) {
        QKeychain::ReadPasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(keychainKey());
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        if (job.error() == QKeychain::NoError) {
            const QJsonObject o = QJsonDocument::fromJson(job.textData().toUtf8()).object();
            m_where = QCoreApplication::translate("XapiCredentials",
                                                  "The key and secret are kept in the system keychain.");
            return {true,
                    o.value(QStringLiteral("key")).toString(),
                    o.value(QStringLiteral("secret")).toString(),
                    {}};
        }
        if (job.error() == QKeychain::EntryNotFound) {
            m_where = QCoreApplication::translate("XapiCredentials",
                                                  "The key and secret will be kept in the system keychain.");
            return {true, {}, {}, {}};
        }
    }
#endif
    Loaded out = loadFile();
    if (out.ok)
        m_where = QCoreApplication::translate("XapiCredentials",
                                              "The key and secret are kept in %1, a file only you can read.")
                      .arg(QDir::toNativeSeparators(filePath()));
    return out;
}

bool XapiCredentials::save(const QString& key, const QString& secret, QString& error)
{
#ifdef REFLEKT_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(keychainKey());
    job.setTextData(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("secret"), secret}})
            .toJson(QJsonDocument::Compact)));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError) {
        QFile::remove(filePath()); // no second copy outside the keychain
        m_where = QCoreApplication::translate("XapiCredentials",
                                              "The key and secret are kept in the system keychain.");
        return true;
    }
    // No keychain service answering (a desktop without one): the owner-only file serves.
    const QString reason = job.errorString();
    if (!saveFile(key, secret, error))
        return false;
    m_where += QLatin1Char(' ') +
               QCoreApplication::translate("XapiCredentials", "(The system keychain was not available: %1)")
                   .arg(reason);
    return true;
#else
    return saveFile(key, secret, error);
#endif
}

} // namespace reflekt
