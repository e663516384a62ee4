#include "ui/facilitator/GroupSessionController.h"

#include "platform/Workspace.h"

#include <QDateTime>

#include <cmath>

namespace reflekt {

namespace {

int questionMinutes(const Question& q)
{
    int sum = q.minutes.value_or(0);
    for (const Question& c : q.children)
        sum += questionMinutes(c);
    return sum;
}

std::optional<int> plannedOf(const Question& q)
{
    const int m = questionMinutes(q);
    return m > 0 ? std::optional<int>(m) : std::nullopt;
}

} // namespace

GroupSessionController::GroupSessionController(Workspace& workspace, const Bundle& bundle,
                                               const QString& moduleId, SessionPlan plan, Clock clock,
                                               QObject* parent)
    : QObject(parent), m_workspace(workspace), m_bundle(bundle), m_plan(std::move(plan)),
      m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_module = m_bundle.findModule(moduleId.toStdString());
    if (m_module)
        buildItems();
}

void GroupSessionController::buildItems()
{
    m_items.push_back({SessionItem::Kind::TitleCard, -1, -1, 0, std::nullopt});
    for (std::size_t s = 0; s < m_module->steps.size(); ++s) {
        const Step& step = m_module->steps[s];
        if (!m_plan.stepIds.contains(QString::fromStdString(step.id)))
            continue;
        const int si = static_cast<int>(s);
        switch (step.type) {
        case StepType::Film:
            m_items.push_back({SessionItem::Kind::Film, si, -1, 0, plannedMinutes(step)});
            break;
        case StepType::Text:
            m_items.push_back({SessionItem::Kind::Text, si, -1, 0, step.minutes});
            break;
        case StepType::Activity:
            m_items.push_back({SessionItem::Kind::Activity, si, -1, 0, step.minutes});
            break;
        case StepType::Reflection: {
            const int count = static_cast<int>(step.questions.size());
            for (int q = 0; q < count; ++q)
                m_items.push_back({SessionItem::Kind::Question, si, q, count,
                                   plannedOf(step.questions[static_cast<std::size_t>(q)])});
            break;
        }
        }
    }
    m_items.push_back({SessionItem::Kind::EndCard, -1, -1, 0, std::nullopt});
}

bool GroupSessionController::start()
{
    if (!m_module || !m_workspace.store()) {
        m_error = tr("The module is not in the library any more.");
        return false;
    }
    SessionRepository& sessions = m_workspace.store()->sessions();
    std::vector<std::string> guests;
    for (const QString& g : m_plan.guestNames)
        if (!g.trimmed().isEmpty())
            guests.push_back(g.trimmed().toStdString());
    if (m_plan.continueSessionId != 0) {
        const auto found = sessions.find(m_plan.continueSessionId);
        if (!found.ok() || !found.value->has_value()) {
            m_error = found.ok() ? tr("That group session is not in the database.")
                                 : QString::fromStdString(found.error);
            return false;
        }
        if ((*found.value)->endedMs) {
            m_error = tr("That group session has already been finished.");
            return false;
        }
        const auto continued = sessions.startMeeting(m_plan.continueSessionId, m_plan.participantIds, guests);
        if (!continued.ok()) {
            m_error = QString::fromStdString(continued.error);
            return false;
        }
        m_session = *continued.value;
        // A series keeps what it set out to cover and who leads it.
        m_plan.facilitator = QString::fromStdString(m_session.facilitator);
        if (!m_session.plannedSteps.empty()) {
            m_plan.stepIds.clear();
            for (const auto& id : m_session.plannedSteps)
                m_plan.stepIds << QString::fromStdString(id);
            m_items.clear();
            buildItems();
        }
    } else {
        std::vector<std::string> planned;
        for (const QString& id : m_plan.stepIds)
            planned.push_back(id.toStdString());
        const auto started =
            sessions.start(m_bundle.id, m_bundle.version, m_module->id, m_plan.facilitator.trimmed().toStdString(),
                           m_plan.participantIds, guests, planned);
        if (!started.ok()) {
            m_error = QString::fromStdString(started.error);
            return false;
        }
        m_session = *started.value;
    }
    const auto notes = sessions.groupNotes(m_session.id);
    if (notes.ok())
        for (const Note& n : *notes.value)
            m_notes[n.questionId] = QString::fromStdString(n.text);
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (const auto key = keyOf(m_items[i]); key && m_session.wasShown(*key))
            m_earlier.insert(static_cast<int>(i));
    m_startedAt = now();
    m_itemEnteredAt = m_startedAt;
    m_index = resumeIndex();
    m_visited.insert(m_index);
    record(m_index);
    return true;
}

std::optional<SessionItemKey> GroupSessionController::keyOf(const SessionItem& item) const
{
    const Step* step = stepOf(item);
    if (!step)
        return std::nullopt;
    const Question* question = questionOf(item);
    return SessionItemKey{step->id, question ? question->id : std::string()};
}

int GroupSessionController::resumeIndex() const
{
    // Where the group stopped; a new session (or one whose item is no longer planned) at the title.
    if (!m_session.resumeAt)
        return 0;
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (keyOf(m_items[i]) == m_session.resumeAt)
            return static_cast<int>(i);
    return 0;
}

int GroupSessionController::meetingNumber() const
{
    return m_session.meetings.empty() ? 1 : m_session.meetings.back().number;
}

void GroupSessionController::record(int index)
{
    const auto key = keyOf(m_items[static_cast<std::size_t>(index)]);
    if (!key || !m_workspace.store())
        return;
    const StoreStatus status = m_workspace.store()->sessions().recordShown(m_session.id, *key);
    // The wall goes on regardless; the console says what could not be kept (a full disk).
    const QString problem = status.ok() ? QString() : QString::fromStdString(status.error);
    if (problem != m_recordProblem) {
        m_recordProblem = problem;
        Q_EMIT recordProblemChanged(problem);
    }
}

bool GroupSessionController::keepOpen()
{
    if (!m_workspace.store()) {
        m_error = tr("The database is closed.");
        return false;
    }
    const StoreStatus status = m_workspace.store()->sessions().endMeeting(m_session.id);
    if (!status.ok()) {
        m_error = QString::fromStdString(status.error);
        return false;
    }
    return true;
}

const SessionItem* GroupSessionController::nextItem() const
{
    const auto next = static_cast<std::size_t>(m_index + 1);
    return next < m_items.size() ? &m_items[next] : nullptr;
}

const Step* GroupSessionController::stepOf(const SessionItem& item) const
{
    if (item.stepIndex < 0)
        return nullptr;
    return &m_module->steps[static_cast<std::size_t>(item.stepIndex)];
}

const Question* GroupSessionController::questionOf(const SessionItem& item) const
{
    const Step* step = stepOf(item);
    if (!step || item.questionIndex < 0)
        return nullptr;
    return &step->questions[static_cast<std::size_t>(item.questionIndex)];
}

QString GroupSessionController::text(const LocalizedText& value) const
{
    return m_workspace.text(m_bundle, value);
}

QString GroupSessionController::itemTitle(const SessionItem& item) const
{
    switch (item.kind) {
    case SessionItem::Kind::TitleCard:
        return tr("Title card: %1").arg(text(m_module->title));
    case SessionItem::Kind::EndCard:
        return tr("End of the session");
    case SessionItem::Kind::Question:
        return tr("Question %1 of %2: %3")
            .arg(item.questionIndex + 1)
            .arg(item.questionCount)
            .arg(text(questionOf(item)->text));
    case SessionItem::Kind::Film:
        return tr("Film: %1").arg(text(stepOf(item)->title));
    case SessionItem::Kind::Text:
        return tr("Text: %1").arg(text(stepOf(item)->title));
    case SessionItem::Kind::Activity:
        return tr("Activity: %1").arg(text(stepOf(item)->title));
    }
    return {};
}

int GroupSessionController::plannedMinutes(const Step& step)
{
    if (step.minutes)
        return *step.minutes;
    switch (step.type) {
    case StepType::Film:
        return static_cast<int>(std::ceil(step.durationSeconds / 60.0));
    case StepType::Reflection: {
        int sum = 0;
        for (const Question& q : step.questions)
            sum += questionMinutes(q);
        return sum;
    }
    default:
        return 0;
    }
}

int GroupSessionController::plannedMinutes() const
{
    int sum = 0;
    for (const Step& step : m_module->steps)
        if (m_plan.stepIds.contains(QString::fromStdString(step.id)))
            sum += plannedMinutes(step);
    return sum;
}

qint64 GroupSessionController::elapsedMs() const
{
    return now() - m_startedAt;
}

qint64 GroupSessionController::itemElapsedMs() const
{
    const auto it = m_itemSpent.find(m_index);
    return (it == m_itemSpent.end() ? 0 : it->second) + (now() - m_itemEnteredAt);
}

std::optional<qint64> GroupSessionController::itemPlannedMs() const
{
    const auto& minutes = currentItem().plannedMinutes;
    if (!minutes || *minutes <= 0)
        return std::nullopt;
    return qint64{*minutes} * 60000;
}

GroupSessionController::TimerState GroupSessionController::timerState() const
{
    const auto planned = itemPlannedMs();
    if (!planned)
        return TimerState::None;
    const qint64 spent = itemElapsedMs();
    if (spent > *planned)
        return TimerState::Over;
    // Amber for the last fifth of the planned time, but at least the last minute.
    const qint64 warnAt = std::max(qint64{0}, std::min(*planned * 4 / 5, *planned - 60000));
    return spent >= warnAt ? TimerState::Near : TimerState::Normal;
}

void GroupSessionController::leaveItem()
{
    m_itemSpent[m_index] += now() - m_itemEnteredAt;
}

void GroupSessionController::goTo(int index)
{
    if (index < 0 || index >= static_cast<int>(m_items.size()) || index == m_index)
        return;
    leaveItem();
    m_index = index;
    m_itemEnteredAt = now();
    m_visited.insert(index);
    record(index);
    Q_EMIT currentChanged(m_index);
    Q_EMIT clockChanged();
}

void GroupSessionController::advance()
{
    if (m_blank) { // as in slide software: the first press brings the picture back
        setBlank(false);
        return;
    }
    if (m_pager && m_pager(+1))
        return;
    if (m_index + 1 >= static_cast<int>(m_items.size())) {
        Q_EMIT endRequested();
        return;
    }
    goTo(m_index + 1);
}

void GroupSessionController::back()
{
    if (m_blank) {
        setBlank(false);
        return;
    }
    if (m_pager && m_pager(-1))
        return;
    goTo(m_index - 1);
}

void GroupSessionController::setBlank(bool blank)
{
    if (blank == m_blank)
        return;
    m_blank = blank;
    Q_EMIT blankChanged(blank);
}

void GroupSessionController::setWallTimerVisible(bool visible)
{
    if (visible == m_wallTimer)
        return;
    m_wallTimer = visible;
    Q_EMIT wallTimerVisibleChanged(visible);
}

void GroupSessionController::tick()
{
    Q_EMIT clockChanged();
}

bool GroupSessionController::execute(SessionCommand command)
{
    switch (command) {
    case SessionCommand::Advance:
        advance();
        return true;
    case SessionCommand::Back:
        back();
        return true;
    case SessionCommand::ToggleBlank:
        setBlank(!m_blank);
        return true;
    case SessionCommand::End:
        Q_EMIT endRequested();
        return true;
    case SessionCommand::PlayPause:
        if (m_blank) // the picture comes back first, as with every presenter key
            setBlank(false);
        else if (currentItem().kind == SessionItem::Kind::Film)
            Q_EMIT playPauseRequested();
        return true;
    case SessionCommand::Resume:
        setBlank(false); // never moves on: a remote's slideshow button is pressed by habit
        return true;
    case SessionCommand::LeaveEditor:
    case SessionCommand::None:
        break;
    }
    return false;
}

ClickerKeys::Context GroupSessionController::keyContext(bool typing) const
{
    if (typing)
        return ClickerKeys::Context::TextEditor;
    return currentItem().kind == SessionItem::Kind::Film ? ClickerKeys::Context::Film
                                                          : ClickerKeys::Context::Window;
}

bool GroupSessionController::isCovered(int index) const
{
    return m_visited.count(index) > 0 || m_earlier.count(index) > 0;
}

QStringList GroupSessionController::coveredStepIds() const
{
    std::map<int, bool> complete;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const int step = m_items[i].stepIndex;
        if (step < 0)
            continue;
        const bool seen = isCovered(static_cast<int>(i));
        const auto it = complete.find(step);
        complete[step] = (it == complete.end() ? true : it->second) && seen;
    }
    QStringList out;
    for (const auto& [step, done] : complete)
        if (done)
            out << QString::fromStdString(m_module->steps[static_cast<std::size_t>(step)].id);
    return out;
}

QString GroupSessionController::groupNote(const QString& questionId) const
{
    const auto it = m_notes.find(questionId.toStdString());
    return it == m_notes.end() ? QString() : it->second;
}

QString GroupSessionController::saveGroupNote(const QString& questionId, const QString& value)
{
    if (!m_workspace.store())
        return tr("The database is closed.");
    const auto saved = m_workspace.store()->sessions().saveGroupNote(m_session.id, questionId.toStdString(),
                                                                     value.toStdString());
    if (!saved.ok())
        return QString::fromStdString(saved.error);
    m_notes[questionId.toStdString()] = value;
    return {};
}

bool GroupSessionController::finish(const QStringList& stepIds)
{
    if (!m_workspace.store()) {
        m_error = tr("The database is closed.");
        return false;
    }
    std::vector<std::string> ids;
    for (const QString& s : stepIds)
        ids.push_back(s.toStdString());
    const StoreStatus status = m_workspace.store()->sessions().finish(m_session.id, ids);
    if (!status.ok()) {
        m_error = QString::fromStdString(status.error);
        return false;
    }
    m_finished = true;
    for (const Attendee& a : m_session.attendees)
        if (a.participantId && *a.participantId == m_workspace.participantId())
            Q_EMIT m_workspace.progressChanged(QString::fromStdString(m_bundle.id),
                                               QString::fromStdString(m_module->id));
    Q_EMIT finished();
    return true;
}

} // namespace reflekt
