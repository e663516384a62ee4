#include "WebDriver.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

namespace reflekt::testing {

namespace {

const QString kElementKey = QStringLiteral("element-6066-11e4-a52e-4f735466cecf");

QString chromium()
{
    for (const QString& name : {QStringLiteral("chromium"), QStringLiteral("chromium-browser")})
        if (const QString path = QStandardPaths::findExecutable(name); !path.isEmpty())
            return path;
    return {};
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

QString WebDriver::unavailable()
{
    if (chromium().isEmpty())
        return QStringLiteral("chromium is not installed (scripts/deps.sh test installs it)");
    if (QStandardPaths::findExecutable(QStringLiteral("chromedriver")).isEmpty())
        return QStringLiteral("chromedriver is not installed (package chromium-driver)");
    return {};
}

WebDriver::WebDriver() = default;

WebDriver::~WebDriver()
{
    if (!m_session.isEmpty())
        call("DELETE", QStringLiteral("/session/%1").arg(m_session));
    if (m_driver.state() != QProcess::NotRunning) {
        m_driver.terminate();
        if (!m_driver.waitForFinished(3000))
            m_driver.kill();
        m_driver.waitForFinished(3000);
    }
}

bool WebDriver::start()
{
    const quint16 port = freePort();
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_driver.setStandardOutputFile(QProcess::nullDevice());
    m_driver.start(QStringLiteral("chromedriver"), {QStringLiteral("--port=%1").arg(port)});
    if (!m_driver.waitForStarted(10000)) {
        m_error = QStringLiteral("chromedriver did not start: ") + m_driver.errorString();
        return false;
    }
    const bool ready = QTest::qWaitFor([this] {
        const QJsonValue status = call("GET", QStringLiteral("/status"));
        return status.toObject().value(QStringLiteral("ready")).toBool();
    }, 15000);
    if (!ready) {
        m_error = QStringLiteral("chromedriver did not get ready on port %1").arg(port);
        return false;
    }
    const QJsonArray args{QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                          QStringLiteral("--disable-gpu"), QStringLiteral("--disable-dev-shm-usage"),
                          QStringLiteral("--no-first-run"), QStringLiteral("--disable-extensions"),
                          QStringLiteral("--window-size=412,915"), QStringLiteral("--lang=sv-SE"),
                          QStringLiteral("--user-data-dir=") + m_profile.path()};
    const QJsonObject options{{QStringLiteral("binary"), chromium()}, {QStringLiteral("args"), args}};
    const QJsonObject caps{{QStringLiteral("alwaysMatch"),
                            QJsonObject{{QStringLiteral("browserName"), QStringLiteral("chrome")},
                                        {QStringLiteral("goog:chromeOptions"), options}}}};
    const QJsonValue session = call("POST", QStringLiteral("/session"), {{QStringLiteral("capabilities"), caps}});
    m_session = session.toObject().value(QStringLiteral("sessionId")).toString();
    if (m_session.isEmpty()) {
        m_error = QStringLiteral("Chromium did not start: ") +
                  QString::fromUtf8(QJsonDocument(session.toObject()).toJson(QJsonDocument::Compact));
        return false;
    }
    return true;
}

QJsonValue WebDriver::call(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    QNetworkRequest request(QUrl(m_base.toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray payload = method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply* reply = m_net.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    const QJsonObject object = QJsonDocument::fromJson(answer).object();
    return object.value(QStringLiteral("value"));
}

bool WebDriver::open(const QUrl& url)
{
    const QJsonValue v = call("POST", QStringLiteral("/session/%1/url").arg(m_session), {{QStringLiteral("url"), url.toString()}});
    return v.isNull();
}

QString WebDriver::find(const QString& css)
{
    const QJsonValue v = call("POST", QStringLiteral("/session/%1/element").arg(m_session),
                              {{QStringLiteral("using"), QStringLiteral("css selector")}, {QStringLiteral("value"), css}});
    if (qEnvironmentVariableIsSet("REFLEKT_WEBDRIVER_DEBUG"))
        qWarning("find %s: %s", qPrintable(css), QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).constData());
    return v.toObject().value(kElementKey).toString();
}

QString WebDriver::text(const QString& element)
{
    return call("GET", QStringLiteral("/session/%1/element/%2/text").arg(m_session, element)).toString();
}

bool WebDriver::type(const QString& element, const QString& text)
{
    return call("POST", QStringLiteral("/session/%1/element/%2/value").arg(m_session, element),
                {{QStringLiteral("text"), text}})
        .isNull();
}

bool WebDriver::click(const QString& element)
{
    return call("POST", QStringLiteral("/session/%1/element/%2/click").arg(m_session, element), QJsonObject{}).isNull();
}

QString WebDriver::currentUrl()
{
    return call("GET", QStringLiteral("/session/%1/url").arg(m_session)).toString();
}

QString WebDriver::source()
{
    return call("GET", QStringLiteral("/session/%1/source").arg(m_session)).toString();
}

QByteArray WebDriver::screenshot()
{
    return QByteArray::fromBase64(call("GET", QStringLiteral("/session/%1/screenshot").arg(m_session)).toString().toLatin1());
}

} // namespace reflekt::testing
