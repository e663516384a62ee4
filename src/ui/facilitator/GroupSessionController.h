#pragma once

#include "core/Bundle.h"
#include "store/SessionRepository.h"
#include "ui/facilitator/ClickerKeys.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <vector>

class QKeyEvent;

namespace reflekt {

class Workspace;

/** What the facilitator chose in the setup dialog. */
struct SessionPlan {
    QString facilitator;
    std::vector<std::int64_t> participantIds; ///< profiles present
    QStringList guestNames;                   ///< people present without a profile
    QStringList stepIds;                      ///< steps to cover, in module order
    std::int64_t continueSessionId = 0;       ///< an open session to continue, or 0 for a new one
};

/** One thing on the wall: the title card, a step, or one reflection question. */
struct SessionItem {
    enum class Kind { TitleCard, Film, Text, Activity, Question, EndCard };
    Kind kind = Kind::TitleCard;
    int stepIndex = -1;     ///< into module.steps
    int questionIndex = -1; ///< top-level question of a reflection step
    int questionCount = 0;  ///< questions of that step
    std::optional<int> plannedMinutes;
};

// A group session while it runs: the items in order, where the group is, the clocks, blanking,
// and the store calls (start, group notes, finish). Both windows observe it and send it the
// clicker's keys. It keeps its own copy of the bundle, so a library rescan cannot pull it away.
class GroupSessionController : public QObject {
    Q_OBJECT
public:
    /** Milliseconds from any fixed origin; injectable so tests drive the clock. */
    using Clock = std::function<qint64()>;
    /** Scrolls a long text on the wall by a page (+1/-1); true if it moved, so no new item. */
    using Pager = std::function<bool(int direction)>;
    enum class TimerState { None, Normal, Near, Over };

    GroupSessionController(Workspace& workspace, const Bundle& bundle, const QString& moduleId,
                           SessionPlan plan, Clock clock = {}, QObject* parent = nullptr);

    /** Starts (or reopens) the session in the store. False with error() when it cannot. */
    bool start();
    QString error() const { return m_error; }
    std::int64_t sessionId() const { return m_session.id; }
    const GroupSession& session() const { return m_session; }
    bool isFinished() const { return m_finished; }

    Workspace& workspace() const { return m_workspace; }
    const Bundle& bundle() const { return m_bundle; }
    const Module& module() const { return *m_module; }
    const SessionPlan& plan() const { return m_plan; }

    const std::vector<SessionItem>& items() const { return m_items; }
    int currentIndex() const { return m_index; }
    const SessionItem& currentItem() const { return m_items[static_cast<std::size_t>(m_index)]; }
    const SessionItem* nextItem() const;
    const Step* stepOf(const SessionItem& item) const;
    const Question* questionOf(const SessionItem& item) const;
    /** A short name for the console ("Question 2 of 4: …"); never personal. */
    QString itemTitle(const SessionItem& item) const;
    QString text(const LocalizedText& value) const;

    /** Sum of the planned minutes of the covered steps. */
    int plannedMinutes() const;
    static int plannedMinutes(const Step& step);

    qint64 elapsedMs() const;
    qint64 itemElapsedMs() const;
    std::optional<qint64> itemPlannedMs() const;
    TimerState timerState() const;

    void setPager(Pager pager) { m_pager = std::move(pager); }

    bool isBlank() const { return m_blank; }
    bool isWallTimerVisible() const { return m_wallTimer; }

    /** Whether the wall has shown item `index` in this meeting or an earlier one of the series. */
    bool isCovered(int index) const;
    /** 1 for the first meeting of the session, 2 for the one after it... */
    int meetingNumber() const;
    /** Why the store could not keep where the group is, or "" (then it could). */
    QString recordProblem() const { return m_recordProblem; }
    /** Steps every item of which was shown, in this meeting or an earlier one of the series. */
    QStringList coveredStepIds() const;
    /** The group's note for a question, as stored. */
    QString groupNote(const QString& questionId) const;
    /** Saves durably; "" or a message for the user. */
    QString saveGroupNote(const QString& questionId, const QString& text);
    /**
     * Ends the session and credits `stepIds` (how = group) to each profile present at a meeting
     * where the wall showed part of that step (SessionRepository::finish).
     */
    bool finish(const QStringList& stepIds);
    /** Ends today's meeting; the session stays open and resumes where the group stopped. */
    bool keepOpen();

    /**
     * Carries out a clicker command (ClickerKeys maps the keys). False for SessionCommand::None
     * and LeaveEditor, which are the window's to handle.
     */
    bool execute(SessionCommand command);
    /** The key map's context now: Film while a film item is on the wall; TextEditor if `typing`. */
    ClickerKeys::Context keyContext(bool typing = false) const;

public Q_SLOTS:
    void advance();
    void back();
    void goTo(int index);
    void setBlank(bool blank);
    void setWallTimerVisible(bool visible);
    /** Emits clockChanged(); a timer calls it a few times a second. */
    void tick();

Q_SIGNALS:
    void currentChanged(int index);
    void blankChanged(bool blank);
    void wallTimerVisibleChanged(bool visible);
    void clockChanged();
    /** Space or K during a film: the wall pauses or plays its film. */
    void playPauseRequested();
    /** Esc, or advancing past the last item: the windows ask whether to end. */
    void endRequested();
    void finished();
    /** The store could not (or again could) keep where the group is; "" when it works again. */
    void recordProblemChanged(const QString& problem);

private:
    void buildItems();
    void leaveItem();
    std::optional<SessionItemKey> keyOf(const SessionItem& item) const;
    int resumeIndex() const;
    void record(int index);
    qint64 now() const { return m_clock(); }

    Workspace& m_workspace;
    Bundle m_bundle;
    const Module* m_module = nullptr;
    SessionPlan m_plan;
    Clock m_clock;
    Pager m_pager;
    GroupSession m_session;
    QString m_error;
    std::vector<SessionItem> m_items;
    std::map<std::string, QString> m_notes;
    std::map<int, qint64> m_itemSpent;
    std::set<int> m_visited; ///< shown in this meeting
    std::set<int> m_earlier; ///< shown in an earlier meeting of the series
    QString m_recordProblem;
    int m_index = 0;
    qint64 m_startedAt = 0;
    qint64 m_itemEnteredAt = 0;
    bool m_blank = false;
    bool m_wallTimer = true;
    bool m_finished = false;
};

} // namespace reflekt
