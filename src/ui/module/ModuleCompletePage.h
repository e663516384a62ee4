#pragma once

#include "core/Bundle.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace reflekt {

class StepListModel;
class Workspace;

// What Next shows after a module's last step: a moment of completion (the mark, the module's
// name, what was done and when), what is left (each a button that goes there), and what comes
// next: the package's next module as the one primary action, exporting one's notes, the library.
class ModuleCompletePage : public QWidget {
    Q_OBJECT
public:
    ModuleCompletePage(Workspace& workspace, const Bundle& bundle, const Module& module,
                       const StepListModel& steps, QWidget* parent = nullptr);

    void setScale(double scale);
    /** The module after `module` in `bundle` that a participant goes on to (not a facilitator's). */
    static const Module* nextModule(const Bundle& bundle, const Module& module);

Q_SIGNALS:
    void goToStep(int row);
    void exportNotes();
    void backToLibrary();
    /** "Go on to …": the package's next module, by id. */
    void openModule(const QString& moduleId);

private:
    QWidget* m_column;
    QLabel* m_mark;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_time = nullptr;
    QLabel* m_nextText = nullptr;
    QPushButton* m_nextButton = nullptr;
    QList<QLabel*> m_headings;
    QList<QLabel*> m_body;
    QList<QPushButton*> m_buttons;
    bool m_finished = false;
    QColor m_accent;
};

} // namespace reflekt
