#include "ui/room/RoomController.h"

#include "platform/Workspace.h"
#include "room/RoomAddresses.h"
#include "room/RoomServer.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/room/QrCodeImage.h"

#include <QDateTime>

#include <algorithm>

namespace reflekt {

namespace {

// The session's language for the phone page: the one the wall shows the package in.
std::string pageLanguage(const GroupSessionController& session)
{
    const std::string wanted = session.workspace().contentLanguage().left(2).toStdString();
    const auto& languages = session.bundle().languages;
    if (std::find(languages.begin(), languages.end(), wanted) != languages.end())
        return wanted;
    return session.bundle().defaultLanguage;
}

void addSubQuestions(std::vector<std::string>& out, const std::vector<Question>& children,
                     const GroupSessionController& session)
{
    for (const Question& child : children) {
        out.push_back(session.text(child.text).toStdString());
        addSubQuestions(out, child.children, session);
    }
}

} // namespace

RoomController::RoomController(GroupSessionController& session, QObject* parent)
    : QObject(parent), m_session(session)
{
    connect(&session, &GroupSessionController::currentChanged, this, &RoomController::followWall);
    connect(&session, &GroupSessionController::finished, this, &RoomController::close);
    followWall();
}

RoomController::~RoomController() = default;

bool RoomController::open(bool forWholeSession)
{
    m_forSession = forWholeSession;
    m_openedFor = m_questionId;
    if (m_server) {
        Q_EMIT stateChanged();
        return true;
    }
    auto server = std::make_unique<RoomServer>(pageLanguage(m_session));
    if (!server->open(RoomAddresses::choose())) {
        m_error = tr("The room could not open: %1").arg(server->error());
        return false;
    }
    m_error.clear();
    connect(server.get(), &RoomServer::answerArrived, this, &RoomController::take);
    connect(server.get(), &RoomServer::phonesChanged, this, &RoomController::phonesChanged);
    m_server = std::move(server);
    followWall();
    Q_EMIT stateChanged();
    return true;
}

void RoomController::close()
{
    if (!m_server)
        return;
    m_server.reset(); // the ports close and every connection drops
    m_forSession = false;
    Q_EMIT stateChanged();
    Q_EMIT phonesChanged(0);
}

QUrl RoomController::phoneUrl() const
{
    if (!m_server)
        return {};
    return m_server->pageUrl(RoomAddresses::forPhones(m_server->listening()));
}

QString RoomController::shortAddress() const
{
    QString text = phoneUrl().toString(QUrl::RemoveScheme);
    if (text.startsWith(QStringLiteral("//")))
        text.remove(0, 2);
    if (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

bool RoomController::reachableFromPhones() const
{
    return m_server && !RoomAddresses::forPhones(m_server->listening()).isLoopback();
}

QImage RoomController::qrCode(int modulePixels) const
{
    return m_server ? QrCodeImage::make(phoneUrl().toString(), modulePixels) : QImage();
}

int RoomController::phones() const
{
    return m_server ? m_server->phones() : 0;
}

void RoomController::followWall()
{
    const SessionItem& item = m_session.currentItem();
    const Question* question = item.kind == SessionItem::Kind::Question ? m_session.questionOf(item) : nullptr;
    const QString id = question ? QString::fromStdString(question->id) : QString();
    if (m_server && !m_forSession && id != m_openedFor) {
        close(); // opened for one question, and the wall has left it
    }
    if (m_server) {
        if (question) {
            RoomQuestion shown;
            shown.id = question->id;
            shown.text = m_session.text(question->text).toStdString();
            addSubQuestions(shown.subQuestions, question->children, m_session);
            shown.number = item.questionIndex + 1;
            shown.count = item.questionCount;
            m_server->setQuestion(shown);
        } else {
            m_server->setQuestion(std::nullopt);
        }
    }
    if (m_followed && id == m_questionId)
        return;
    m_followed = true;
    m_questionId = id;
    m_onWall.clear();
    loadAnswers();
    Q_EMIT answersReset();
    Q_EMIT wallChanged();
}

void RoomController::loadAnswers()
{
    m_answers.clear();
    Store* store = m_session.workspace().store();
    if (m_questionId.isEmpty() || !store)
        return;
    auto stored = store->roomAnswers().forQuestion(m_session.sessionId(), m_questionId.toStdString());
    if (!stored.ok()) {
        setStoreProblem(QString::fromStdString(stored.error));
        return;
    }
    m_answers = std::move(*stored.value);
}

void RoomController::take(const RoomAnswer& answer)
{
    StoredRoomAnswer kept;
    Store* store = m_session.workspace().store();
    auto stored = store ? store->roomAnswers().add(m_session.sessionId(), answer.questionId, answer.text)
                        : StoreResult<StoredRoomAnswer>::failure(tr("The database is closed.").toStdString());
    if (stored.ok()) {
        kept = std::move(*stored.value);
        if (!m_storeProblem.isEmpty())
            setStoreProblem({});
    } else {
        // Not kept on disk, but not lost either: shown here and on the wall until the session ends.
        kept.id = m_unsavedId--;
        kept.sessionId = m_session.sessionId();
        kept.questionId = answer.questionId;
        kept.text = answer.text;
        kept.receivedMs = QDateTime::currentMSecsSinceEpoch();
        setStoreProblem(QString::fromStdString(stored.error));
    }
    if (QString::fromStdString(kept.questionId) != m_questionId)
        return; // a late answer to an earlier question: kept with that question
    m_answers.push_back(std::move(kept));
    Q_EMIT answerAdded(static_cast<int>(m_answers.size()) - 1);
}

int RoomController::rowOf(std::int64_t answerId) const
{
    for (std::size_t i = 0; i < m_answers.size(); ++i)
        if (m_answers[i].id == answerId)
            return static_cast<int>(i);
    return -1;
}

std::vector<StoredRoomAnswer> RoomController::onWall() const
{
    std::vector<StoredRoomAnswer> out;
    for (std::int64_t id : m_onWall)
        if (const int row = rowOf(id); row >= 0)
            out.push_back(m_answers[static_cast<std::size_t>(row)]);
    return out;
}

bool RoomController::isOnWall(std::int64_t answerId) const
{
    return std::find(m_onWall.begin(), m_onWall.end(), answerId) != m_onWall.end();
}

void RoomController::showOnWall(std::int64_t answerId)
{
    const int row = rowOf(answerId);
    if (row < 0 || isOnWall(answerId))
        return;
    StoredRoomAnswer& answer = m_answers[static_cast<std::size_t>(row)];
    if (Store* store = m_session.workspace().store(); store && answerId > 0) {
        const StoreStatus status = store->roomAnswers().markShown(answerId);
        if (!status.ok())
            setStoreProblem(QString::fromStdString(status.error));
    }
    if (!answer.shown)
        answer.inMinutes = true;
    answer.shown = true;
    answer.hidden = false;
    m_onWall.push_back(answerId);
    Q_EMIT answerChanged(row);
    Q_EMIT wallChanged();
}

void RoomController::takeOffWall(std::int64_t answerId)
{
    const auto it = std::find(m_onWall.begin(), m_onWall.end(), answerId);
    if (it == m_onWall.end())
        return;
    m_onWall.erase(it);
    if (const int row = rowOf(answerId); row >= 0)
        Q_EMIT answerChanged(row);
    Q_EMIT wallChanged();
}

void RoomController::clearWall()
{
    const std::vector<std::int64_t> shown = m_onWall;
    m_onWall.clear();
    for (std::int64_t id : shown)
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT answerChanged(row);
    Q_EMIT wallChanged();
}

void RoomController::setHidden(std::int64_t answerId, bool hidden)
{
    const int row = rowOf(answerId);
    if (row < 0)
        return;
    if (Store* store = m_session.workspace().store(); store && answerId > 0) {
        const StoreStatus status = store->roomAnswers().setHidden(answerId, hidden);
        if (!status.ok())
            setStoreProblem(QString::fromStdString(status.error));
    }
    StoredRoomAnswer& answer = m_answers[static_cast<std::size_t>(row)];
    answer.hidden = hidden;
    if (hidden) {
        answer.inMinutes = false;
        takeOffWall(answerId);
    }
    Q_EMIT answerChanged(row);
}

void RoomController::setInMinutes(std::int64_t answerId, bool inMinutes)
{
    const int row = rowOf(answerId);
    if (row < 0)
        return;
    if (Store* store = m_session.workspace().store(); store && answerId > 0) {
        const StoreStatus status = store->roomAnswers().setInMinutes(answerId, inMinutes);
        if (!status.ok())
            setStoreProblem(QString::fromStdString(status.error));
    }
    m_answers[static_cast<std::size_t>(row)].inMinutes = inMinutes;
    Q_EMIT answerChanged(row);
}

void RoomController::setStoreProblem(const QString& problem)
{
    if (problem == m_storeProblem)
        return;
    m_storeProblem = problem;
    Q_EMIT storeProblemChanged(problem);
}

} // namespace reflekt
