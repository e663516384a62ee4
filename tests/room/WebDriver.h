#pragma once

// Debian's Chromium as a phone, driven through chromedriver's W3C WebDriver protocol with
// QNetworkAccessManager. Each call waits by spinning the event loop, so the room (in the test's
// own thread) serves the browser meanwhile.

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace reflekt::testing {

class WebDriver {
public:
    /** Why a browser cannot run here ("" if it can): chromium or chromedriver missing. */
    static QString unavailable();

    WebDriver();
    ~WebDriver();

    /** Starts chromedriver and a headless Chromium the size of a phone; false with error(). */
    bool start();
    QString error() const { return m_error; }

    bool open(const QUrl& url);
    /** The element's id for a CSS selector, or "" if there is none. */
    QString find(const QString& css);
    QString text(const QString& element);
    bool type(const QString& element, const QString& text);
    bool click(const QString& element);
    QString currentUrl();
    QString source();
    /** A PNG of the page. */
    QByteArray screenshot();

private:
    QJsonValue call(const QByteArray& method, const QString& path, const QJsonObject& body = {});

    QNetworkAccessManager m_net;
    QProcess m_driver;
    QTemporaryDir m_profile;
    QUrl m_base;
    QString m_session;
    QString m_error;
};

} // namespace reflekt::testing
