#pragma once

// Phones for the room's tests: a raw socket for requests no browser would send, and a small
// HTTP/1.1 client that keeps its cookie, as a phone's browser does. Both wait by spinning the event
// loop, so the room (in the same thread) answers meanwhile.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrl>

#include <functional>
#include <vector>

namespace reflekt::testing {

struct HttpReply {
    int status = 0; ///< 0: no reply (the connection was refused or closed)
    QMap<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
};

/** Sends `bytes` as they are to host:port and reads until the server closes or `timeoutMs` passes. */
HttpReply rawRequest(const QUrl& base, const QByteArray& bytes, int timeoutMs = 5000);

/** A phone: GET and POST with its cookie. */
class Phone {
public:
    explicit Phone(QUrl page) : m_page(std::move(page)) {}

    HttpReply get(const QString& path = {});
    /** Posts an answer from the page's own form (its phone key and question). */
    HttpReply answer(const QString& text);
    /** The page from the last get(). */
    const QByteArray& page() const { return m_lastPage; }
    /** The request answer() would send, for phones that send at the same time (sendAtOnce). */
    QByteArray answerRequest(const QString& text) const;
    static QString formValue(const QByteArray& html, const QString& name);

private:
    QByteArray request(const QByteArray& method, const QString& path, const QByteArray& body) const;
    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& body);

    QUrl m_page;
    QByteArray m_cookie;
    QByteArray m_lastPage;
};

/**
 * Each phone sends its answers one after another (the next when the last is answered), all phones
 * at the same time, each answer on a connection of its own. Returns the statuses per phone, in
 * order; waits at most `timeoutMs` in all.
 */
std::vector<std::vector<int>> sendAtOnce(std::vector<Phone>& phones, const QUrl& base,
                                         const std::function<QString(int phone, int answer)>& text, int answers,
                                         int timeoutMs);

} // namespace reflekt::testing
