#pragma once

#include "core/Bundle.h"

#include <QAbstractListModel>
#include <QSet>

namespace reflekt {

class Workspace;

// The steps of one module in order, each with its type, its planned minutes and where the
// participant is with it: not started, opened, or done (the tick).
class StepListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { StepIdRole = Qt::UserRole + 1, DoneRole, StateRole, MinutesRole, DetailRole, UnavailableRole };
    enum class State { NotStarted, Opened, Done };

    explicit StepListModel(Workspace& workspace, QObject* parent = nullptr);

    void setModule(const Bundle* bundle, const Module* module);
    void setDone(const QString& stepId, bool done);
    /** The participant has opened the step (it shows "opened" until it is done). */
    void setOpened(const QString& stepId);
    bool isDone(const QString& stepId) const { return m_done.contains(stepId); }
    int doneCount() const { return static_cast<int>(m_done.size()); }
    /** True when any step has been opened or done: the overview then says Continue, not Start. */
    bool hasProgress() const { return !m_done.isEmpty() || !m_opened.isEmpty(); }
    State state(int row) const;
    int rowOf(const QString& stepId) const;
    /** Planned minutes of the whole module: the sum of its steps' (as the group session plans them). */
    int totalMinutes() const;

    static QString typeLabel(StepType type);
    static QString stateLabel(State state);
    /** "4 min"; empty for 0 (a step with no planned time). */
    static QString minutesText(int minutes);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void changed(const QString& stepId);

    Workspace& m_workspace;
    const Bundle* m_bundle = nullptr;
    const Module* m_module = nullptr;
    QSet<QString> m_done;
    QSet<QString> m_opened;
};

} // namespace reflekt
