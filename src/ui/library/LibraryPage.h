#pragma once

#include "store/ProgressRepository.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeView;

namespace reflekt {

class LibraryModel;
class Workspace;

// The packages with their modules and the profile's progress; a detail pane for the selection.
class LibraryPage : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPage(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    LibraryModel* model() const { return m_model; }
    /**
     * Where "Continue where I left off" goes: the step opened last in the module in progress
     * (opened, not every step done, still in the library) that was opened most recently.
     */
    std::optional<StepRef> continueTarget() const;

Q_SIGNALS:
    void openModule(const QString& bundleId, const QString& moduleId);
    void continueLearning();

private:
    void showDetails();
    void updateContinue();
    void openSelected();

    Workspace& m_workspace;
    LibraryModel* m_model;
    QTreeView* m_tree;
    QLabel* m_cover;
    QLabel* m_title;
    QLabel* m_details;
    QPushButton* m_open;
    QPushButton* m_continue;
    QLabel* m_greeting;
};

} // namespace reflekt
