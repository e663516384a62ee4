#pragma once

#include "core/Bundle.h"

#include <QWidget>

namespace reflekt {

class StepListModel;
class Workspace;

// What Next shows after a module's last step: what is done, what is left (each a button that goes
// there), exporting one's notes, and the way back to the library.
class ModuleCompletePage : public QWidget {
    Q_OBJECT
public:
    ModuleCompletePage(Workspace& workspace, const Bundle& bundle, const Module& module,
                       const StepListModel& steps, QWidget* parent = nullptr);

Q_SIGNALS:
    void goToStep(int row);
    void exportNotes();
    void backToLibrary();
};

} // namespace reflekt
