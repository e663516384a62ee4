#pragma once

#include "core/Bundle.h"

#include <QWidget>

class QVBoxLayout;

namespace reflekt {

class BundleTextBrowser;
class Workspace;

// A text or activity step. A text counts as read once its end has been on screen (scrolled to,
// or the whole text fits); an activity once its worksheet or cards were printed, or its PDF
// opened. Opening the step alone is not enough (docs/user-guide.md).
class DocumentStepView : public QWidget {
    Q_OBJECT
public:
    DocumentStepView(Workspace& workspace, const Bundle& bundle, const Step& step, QWidget* parent = nullptr);

    /** The text shown, or nullptr for a PDF activity. */
    BundleTextBrowser* browser() const { return m_browser; }

Q_SIGNALS:
    /** The participant did what makes this step done. May come more than once. */
    void completed();

private:
    void addPdfActivity(const QString& file, QVBoxLayout* layout);
    void print();

    BundleTextBrowser* m_browser = nullptr;
};

} // namespace reflekt
