#pragma once

#include "core/Bundle.h"

#include <QColor>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace reflekt {

class StepListModel;
class Workspace;

// What opening a module shows first: its title, what it is for, its steps with where the
// participant is with each and their planned minutes, the time in all, and one action in the
// package accent: Start, or Continue at the step the participant would go on with.
class ModuleOverview : public QWidget {
    Q_OBJECT
public:
    /** `continueRow`: the step Continue opens (ModulePage::continueRow()). */
    ModuleOverview(Workspace& workspace, const Bundle& bundle, const Module& module, const StepListModel& steps,
                   int continueRow, QWidget* parent = nullptr);

    void setScale(double scale);
    QPushButton* primaryButton() const { return m_primary; }
    /** The label ModuleKind has in the library ("Module", "Case", ...). */
    static QString kindLabel(ModuleKind kind);

Q_SIGNALS:
    void goToStep(int row);

private:
    QWidget* m_column;
    QLabel* m_kind;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_meta;
    QLabel* m_hint;
    QLabel* m_stepsHeading;
    QPushButton* m_primary;
    QList<QWidget*> m_rows;
};

} // namespace reflekt
