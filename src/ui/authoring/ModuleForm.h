#pragma once

#include "core/Bundle.h"

#include <QWidget>

namespace reflekt {

class EditorDocument;

// One module: its title and summary per language, kind, minutes (with a suggestion from its
// steps), the facilitator guide in Markdown with a live preview per language, and buttons that
// add its steps.
class ModuleForm : public QWidget {
    Q_OBJECT
public:
    ModuleForm(EditorDocument* doc, std::size_t module, QWidget* parent = nullptr);

    void addStep(StepType type);

Q_SIGNALS:
    /** A step was added: the editor opens it. */
    void stepAdded(std::size_t module, std::size_t step);

private:
    QWidget* guidePage(const QString& language);

    EditorDocument* m_doc;
    std::size_t m_module;
    QString m_pointer;
};

} // namespace reflekt
