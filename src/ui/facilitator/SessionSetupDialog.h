#pragma once

#include "core/Bundle.h"
#include "ui/facilitator/GroupSessionController.h"

#include <QDialog>

#include <map>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace reflekt {

class CheckList;
class Workspace;

// Before a group session: who leads it, who is present (profiles on this computer, ticked, and
// guests typed by name, who need no profile), which steps to cover (all by default) and the
// planned time they add up to. Lists the module's earlier sessions and their meetings; the newest
// open one is continued by default, with the people of its last meeting ticked.
class SessionSetupDialog : public QDialog {
    Q_OBJECT
public:
    SessionSetupDialog(Workspace& workspace, const Bundle& bundle, const QString& moduleId,
                       QWidget* parent = nullptr);

    SessionPlan plan() const;
    /** Adds a guest (ticked as present); ignores empty names and names already listed. */
    void addGuest(const QString& name);
    /** Ticks or unticks the named profile or guest. False if there is no such row. */
    bool setPresent(const QString& name, bool present);
    /** Ticks or unticks a step. False if the module has no such step. */
    bool setStepIncluded(const QString& stepId, bool included);
    int plannedMinutes() const;

private:
    void addPeople();
    void addSteps();
    void addSessions();
    /** Ticks who and what for the session chosen: a new one, or the next meeting of an open one. */
    void showSession();
    /** Adds a guest's row; returns its index in the list of people. */
    int addGuestRow(const QString& name, bool present);
    void updateState();

    Workspace& m_workspace;
    const Bundle& m_bundle;
    const Module* m_module;
    QLineEdit* m_facilitator;
    CheckList* m_people;
    QLineEdit* m_guest;
    QPushButton* m_addGuest;
    CheckList* m_steps;
    QLabel* m_planned;
    QComboBox* m_continue;
    QListWidget* m_history;
    QPushButton* m_start = nullptr;
    std::map<qlonglong, GroupSession> m_open; ///< the module's open sessions, by id
};

} // namespace reflekt
