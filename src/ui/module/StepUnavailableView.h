#pragma once

#include <QWidget>

namespace reflekt {

struct Step;

// Shown instead of a step whose own file is missing or damaged (Step::unavailable): names the
// file and what is wrong, and says that the rest of the package works.
class StepUnavailableView : public QWidget {
    Q_OBJECT
public:
    StepUnavailableView(const Step& step, const QString& bundleFolder, QWidget* parent = nullptr);
};

} // namespace reflekt
