#pragma once

#include "core/Bundle.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace reflekt {

class StepItemDelegate;
class StepListModel;
class Workspace;

// One module: its steps in order with a mark for where the participant is with each, the current
// step's view, and previous/next. Opening a module without a step shows its overview first
// (ModuleOverview); Next after the last step shows what is done and what is left
// (ModuleCompletePage). Only the current view exists, so a film stops when you leave it.
class ModulePage : public QWidget {
    Q_OBJECT
public:
    explicit ModulePage(Workspace& workspace, QWidget* parent = nullptr);

    /** Opens a module at `stepId`, or at its overview when `stepId` is empty or not in the module. */
    /** False when the module is not in the library, or the participant chose to stay (mayLeave()). */
    bool openModule(const QString& bundleId, const QString& moduleId, const QString& stepId = {});
    /** Opens step `row`; the row after the last step is the module-complete page. */
    void openStep(int row);
    /** Shows the module's overview (what opening a module without a step shows). */
    void showOverview();
    /** The step a participant continues at: the one last opened, or the next not done after it
        when that one is done; the first step when none was opened. */
    int continueRow() const;
    /** Saves what the current step holds (notes, film position). False if a save failed. */
    bool flush();
    /**
     * Saves what the current step holds before the participant leaves it. When a note cannot be
     * saved, asks what to do with its text (UnsavedTextPrompt). False: stay on this step.
     */
    bool mayLeave();
    void setScale(double scale);

    QString bundleId() const;
    QString moduleId() const;
    int currentRow() const { return m_row; }
    QWidget* currentView() const { return m_view; }
    const Module* module() const { return m_module; }

Q_SIGNALS:
    void backToLibrary();
    void startGroupSession(const QString& bundleId, const QString& moduleId);
    /** "Export my notes" on the module-complete page: the same as File > Export notes. */
    void exportNotes();
    /** The completion page's "next module" (in the same package). */
    void openModuleRequested(const QString& bundleId, const QString& moduleId);

private:
    QWidget* createView(const Step& step);
    void showCompletePage();
    /** Records a step done by a view that does not record it itself (text, activity). */
    void markDone(const QString& stepId);
    void stepCompleted(const QString& stepId);
    void updateHeader();
    void showPage(QWidget* page);

    Workspace& m_workspace;
    const Bundle* m_bundle = nullptr;
    const Module* m_module = nullptr;
    StepListModel* m_steps;
    QListView* m_list;
    QLabel* m_title;
    QLabel* m_progress;
    QProgressBar* m_progressBar;
    QPushButton* m_back;
    QPushButton* m_group;
    QPushButton* m_overview;
    StepItemDelegate* m_delegate;
    QPushButton* m_prev;
    QPushButton* m_next;
    QVBoxLayout* m_viewLayout;
    QPointer<QWidget> m_view;
    int m_row = -1;
    double m_scale = 1.0;
};

} // namespace reflekt
