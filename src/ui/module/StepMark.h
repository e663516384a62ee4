#pragma once

#include "ui/module/StepListModel.h"

#include <QColor>
#include <QPalette>
#include <QPixmap>
#include <QRectF>

class QPainter;

namespace reflekt {

// The small round mark that says where a participant is with a step, the same in the step list,
// the module overview and the completion page: an empty ring (not started), a ring half filled in
// the package accent (opened), a filled accent disc with a tick (done), a warning ring (cannot be
// shown). Painted, not taken from the icon theme, so it looks the same on every desktop.
class StepMark {
public:
    static void paint(QPainter& painter, const QRectF& rect, StepListModel::State state, bool unavailable,
                      const QColor& accent, const QPalette& palette);
    static QPixmap pixmap(int size, qreal devicePixelRatio, StepListModel::State state, bool unavailable,
                          const QColor& accent, const QPalette& palette);
};

} // namespace reflekt
