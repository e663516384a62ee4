#include "ui/module/StepMark.h"

#include "ui/widgets/Design.h"
#include "ui/widgets/StatusColors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace reflekt {

void StepMark::paint(QPainter& painter, const QRectF& rect, StepListModel::State state, bool unavailable,
                     const QColor& accent, const QPalette& palette)
{
    const QColor background = palette.color(QPalette::Base);
    const QColor line = Design::accentOn(accent, background);
    const qreal side = std::min(rect.width(), rect.height());
    const qreal pen = std::max(1.5, side / 11.0);
    const QRectF r(rect.center().x() - side / 2 + pen / 2, rect.center().y() - side / 2 + pen / 2, side - pen,
                   side - pen);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (unavailable) {
        const QColor error = StatusColors::errorText(background);
        painter.setPen(QPen(error, pen));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(r);
        painter.drawLine(QPointF(r.center().x(), r.top() + side * 0.25), QPointF(r.center().x(), r.center().y() + side * 0.08));
        painter.setBrush(error);
        painter.drawEllipse(QPointF(r.center().x(), r.bottom() - side * 0.22), pen * 0.6, pen * 0.6);
        painter.restore();
        return;
    }
    switch (state) {
    case StepListModel::State::NotStarted:
        painter.setPen(QPen(StatusColors::mutedText(palette, QPalette::Base), pen));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(r);
        break;
    case StepListModel::State::Opened: {
        painter.setPen(QPen(line, pen));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(r);
        // The left half filled: begun, not finished.
        QPainterPath half;
        const QRectF inner = r.adjusted(pen * 1.5, pen * 1.5, -pen * 1.5, -pen * 1.5);
        half.moveTo(inner.center());
        half.arcTo(inner, 90, 180);
        half.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(line);
        painter.drawPath(half);
        break;
    }
    case StepListModel::State::Done: {
        const Design::Fill fill = Design::accentFill(accent);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill.background);
        painter.drawEllipse(r.adjusted(-pen / 2, -pen / 2, pen / 2, pen / 2));
        QPen tick(fill.text, pen * 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(tick);
        painter.setBrush(Qt::NoBrush);
        const QPointF c = r.center();
        const qreal u = side / 4.2;
        painter.drawPolyline(QList<QPointF>{{c.x() - u, c.y()}, {c.x() - u * 0.3, c.y() + u * 0.7},
                                            {c.x() + u, c.y() - u * 0.6}});
        break;
    }
    }
    painter.restore();
}

QPixmap StepMark::pixmap(int size, qreal devicePixelRatio, StepListModel::State state, bool unavailable,
                         const QColor& accent, const QPalette& palette)
{
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    paint(painter, QRectF(0, 0, size, size), state, unavailable, accent, palette);
    return pm;
}

} // namespace reflekt
