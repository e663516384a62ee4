#pragma once

#include <QTabWidget>

class QListView;

namespace reflekt {

class FacilitatorGuide;
class GroupSessionController;

// The right-hand side of the facilitator console: the module's guide, and a list of every item of
// the session to jump to. Tabs, because on a 1280×720 screen neither has room under the other.
// The list chooses with the arrows and moves the wall only on Enter or a double-click; the
// clicker's keys reach the session through the console's event filter whichever has the focus.
class ConsoleSideTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit ConsoleSideTabs(GroupSessionController& session, QWidget* parent = nullptr);

    FacilitatorGuide* guide() const { return m_guide; }
    QListView* jumpList() const { return m_jump; }

private:
    FacilitatorGuide* m_guide = nullptr;
    QListView* m_jump = nullptr;
};

} // namespace reflekt
