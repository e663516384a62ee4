#pragma once

#include "store/ProgressRepository.h"

#include <QModelIndex>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace reflekt {

class LibraryModel;
class Workspace;

// The packages as cards with their modules and the profile's progress; beside them the selection
// with its cover and one primary action (Start / Continue) in the package's accent. With no
// package at all, a short note on how to add one.
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
    /** The module the primary action opens for `index` (a module row, or a package's next module). */
    QModelIndex primaryTarget(const QModelIndex& index) const;

Q_SIGNALS:
    void openModule(const QString& bundleId, const QString& moduleId);
    void continueLearning();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildDetail();
    QWidget* buildEmptyState();
    void applyWidths();
    void showDetails();
    void updateContinue();
    void openSelected();

    Workspace& m_workspace;
    LibraryModel* m_model;
    QTreeView* m_tree;
    QStackedWidget* m_body;
    QWidget* m_cards = nullptr;
    QWidget* m_empty = nullptr;
    QWidget* m_detail = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_cover;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_details;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_open;
    QPushButton* m_continue;
    QLabel* m_greeting;
    QLabel* m_subline;
};

} // namespace reflekt
