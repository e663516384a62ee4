#include "ui/facilitator/WallThumbnail.h"

#include "ui/facilitator/GroupSessionController.h"
#include "ui/facilitator/WallPages.h"
#include "ui/player/FilmSource.h"

#include <QCoreApplication>
#include <QLayout>
#include <QPainter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace reflekt {

namespace {

// Where a wall of `wall` lands in a picture of `size`: as large as fits, centred, so a 4:3 wall
// keeps its shape in the console's 16:9 picture (as the live picture shows it).
QRectF fitted(QSize wall, QSize size)
{
    const double scale = std::min(static_cast<double>(size.width()) / wall.width(),
                                  static_cast<double>(size.height()) / wall.height());
    const QSizeF inner(wall.width() * scale, wall.height() * scale);
    return {QPointF((size.width() - inner.width()) / 2, (size.height() - inner.height()) / 2), inner};
}

} // namespace

WallThumbnail::WallThumbnail(const GroupSessionController& session)
    : m_session(session), m_root(std::make_unique<QWidget>())
{
    // Never shown: rendered with QWidget::render, so no window (or taskbar entry) ever appears.
    m_root->setObjectName(QStringLiteral("wallThumbnail"));
    m_root->setAttribute(Qt::WA_StyledBackground);
    m_root->setStyleSheet(WallPages::styleSheet(m_root->objectName()));
    m_stack = new QStackedWidget(m_root.get());
    m_stack->setObjectName(QStringLiteral("presentationStack"));
    auto* layout = new QVBoxLayout(m_root.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_pages = std::make_unique<WallPages>(session, m_stack);
}

WallThumbnail::~WallThumbnail() = default;

QImage WallThumbnail::render(const SessionItem& item, QSize wallSize, QSize size)
{
    if (wallSize.isEmpty())
        wallSize = QSize(960, 540);
    if (item.kind == SessionItem::Kind::Film)
        return renderFilm(item, wallSize, size);
    return renderPage(m_pages->fill(item), wallSize, size);
}

QImage WallThumbnail::renderFilm(const SessionItem& item, QSize wallSize, QSize size)
{
    const Step* step = m_session.stepOf(item);
    const QImage poster =
        step && !step->poster.empty()
            ? QImage(QString::fromStdString(m_session.bundle().resolve(step->poster).string()))
            : QImage();
    if (poster.isNull()) {
        const double seconds = step ? step->durationSeconds : 0.0;
        const QString length = seconds > 0 ? QCoreApplication::translate("reflekt::WallThumbnail", "Film, %1")
                                                 .arg(formatFilmTime(seconds))
                                           : QCoreApplication::translate("reflekt::WallThumbnail", "Film");
        return renderPage(m_pages->showCard(step ? m_session.text(step->title) : QString(), length), wallSize,
                          size);
    }
    // As the wall's player shows it before the first frame: letterboxed on black.
    QImage out(size, QImage::Format_RGB32);
    out.fill(Qt::black);
    QPainter painter(&out);
    const QRectF wall = fitted(wallSize, size);
    const QImage scaled = poster.scaled(wall.size().toSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    painter.drawImage(QPointF(wall.x() + (wall.width() - scaled.width()) / 2,
                              wall.y() + (wall.height() - scaled.height()) / 2),
                      scaled);
    return out;
}

QImage WallThumbnail::renderPage(QWidget* page, QSize wallSize, QSize size)
{
    m_stack->setCurrentWidget(page);
    m_root->resize(wallSize);
    m_pages->applySizes(wallSize);
    // A widget that was never shown lays itself out only when asked to, top down.
    m_root->ensurePolished();
    for (QWidget* w : m_root->findChildren<QWidget*>())
        w->ensurePolished();
    for (QLayout* l : m_root->findChildren<QLayout*>()) {
        l->invalidate();
        l->activate();
    }
    QImage out(size, QImage::Format_RGB32);
    out.fill(Qt::black);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF wall = fitted(wallSize, size);
    painter.translate(wall.topLeft());
    painter.scale(wall.width() / wallSize.width(), wall.height() / wallSize.height());
    m_root->render(&painter);
    return out;
}

} // namespace reflekt
