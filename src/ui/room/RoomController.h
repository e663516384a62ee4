#pragma once

#include "store/RoomAnswerRepository.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

namespace reflekt {

class GroupSessionController;
class RoomServer;
struct RoomAnswer;

// The room during a group session: opens and closes the server, tells it which question the wall
// shows, keeps every answer that arrives in the store at once, and holds what the facilitator put
// on the wall. The console's Room tab and the wall observe it. Opened "for this question", it
// closes itself when the wall leaves that question; opened for the session, when the session ends.
class RoomController : public QObject {
    Q_OBJECT
public:
    explicit RoomController(GroupSessionController& session, QObject* parent = nullptr);
    ~RoomController() override;

    /** Opens the room; false with error() (no address to listen on). */
    bool open(bool forWholeSession);
    void close();
    bool isOpen() const { return m_server != nullptr; }
    bool isForWholeSession() const { return m_forSession; }
    QString error() const { return m_error; }

    /** The address phones open (the one in the QR code), and it without "http://" for the wall. */
    QUrl phoneUrl() const;
    QString shortAddress() const;
    bool reachableFromPhones() const;
    QImage qrCode(int modulePixels) const;
    int phones() const;
    RoomServer* server() const { return m_server.get(); }

    /** The wall's current question ("" when it shows something else) and its answers, oldest first. */
    QString questionId() const { return m_questionId; }
    const std::vector<StoredRoomAnswer>& answers() const { return m_answers; }
    /** Answers on the wall now, in the order they were put there. */
    std::vector<StoredRoomAnswer> onWall() const;
    bool isOnWall(std::int64_t answerId) const;

    void showOnWall(std::int64_t answerId);
    void takeOffWall(std::int64_t answerId);
    void clearWall();
    void setHidden(std::int64_t answerId, bool hidden);
    void setInMinutes(std::int64_t answerId, bool inMinutes);
    /** The last store problem ("" if none): an answer that could not be kept is still shown. */
    QString storeProblem() const { return m_storeProblem; }

Q_SIGNALS:
    void stateChanged();
    void phonesChanged(int phones);
    /** The list was replaced (another question). */
    void answersReset();
    void answerAdded(int row);
    void answerChanged(int row);
    void wallChanged();
    void storeProblemChanged(const QString& problem);

private:
    void followWall();
    void take(const RoomAnswer& answer);
    void loadAnswers();
    int rowOf(std::int64_t answerId) const;
    void setStoreProblem(const QString& problem);

    GroupSessionController& m_session;
    std::unique_ptr<RoomServer> m_server;
    bool m_forSession = false;
    QString m_openedFor; ///< the question id a room "for this question" was opened on
    QString m_questionId;
    bool m_followed = false; ///< the answers of m_questionId are loaded
    std::vector<StoredRoomAnswer> m_answers;
    std::vector<std::int64_t> m_onWall;
    QString m_error;
    QString m_storeProblem;
    std::int64_t m_unsavedId = -1; ///< ids for answers the store could not keep (negative)
};

} // namespace reflekt
