#include "ui/player/ChapterSeekBar.h"

#include "ui/widgets/AccessibleFactory.h"

#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace reflekt {

ChapterSeekBar::ChapterSeekBar(QWidget* parent) : QSlider(Qt::Horizontal, parent)
{
    AccessibleFactory::install(); // seconds and spoken time for a screen reader (SeekBarAccessible)
    setObjectName(QStringLiteral("seekBar"));
    setAccessibleName(tr("Position in film"));
    setToolTip(tr("Position in the film. Click to jump, drag to scrub; ticks mark chapters."));
    setMouseTracking(true);
    setRange(0, 0);
    setSingleStep(5000); // arrow keys move 5 s, as Left/Right do elsewhere in the player
    setPageStep(10000);
    setMinimumHeight(22);
    connect(this, &QAbstractSlider::actionTriggered, this, [this](int action) {
        if (action != SliderMove && action != SliderNoAction)
            Q_EMIT seekRequested(sliderPosition() / 1000.0);
    });
    connect(this, &QAbstractSlider::sliderReleased, this, [this] { Q_EMIT seekRequested(value() / 1000.0); });
}

void ChapterSeekBar::setDuration(double seconds)
{
    const int ms = std::isfinite(seconds) && seconds > 0 ? static_cast<int>(std::lround(seconds * 1000)) : 0;
    setRange(0, ms);
    update();
}

void ChapterSeekBar::setChapters(const QList<ChapterMark>& chapters)
{
    m_chapters = chapters;
    std::sort(m_chapters.begin(), m_chapters.end(),
              [](const ChapterMark& a, const ChapterMark& b) { return a.start < b.start; });
    update();
}

void ChapterSeekBar::setPosition(double seconds)
{
    if (isSliderDown())
        return;
    const QSignalBlocker block(this);
    setValue(static_cast<int>(std::lround(std::max(0.0, seconds) * 1000)));
}

void ChapterSeekBar::seekTo(double seconds)
{
    if (!std::isfinite(seconds) || maximum() <= 0)
        return;
    const double clamped = std::clamp(seconds, 0.0, maximum() / 1000.0);
    setValue(static_cast<int>(std::lround(clamped * 1000)));
    Q_EMIT seekRequested(clamped);
}

int ChapterSeekBar::chapterAt(double seconds) const
{
    int found = -1;
    for (int i = 0; i < m_chapters.size(); ++i) {
        if (m_chapters[i].start <= seconds)
            found = i;
    }
    return found;
}

QRect ChapterSeekBar::grooveRect() const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    return style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
}

int ChapterSeekBar::handleLength() const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    return style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this).width();
}

double ChapterSeekBar::secondsAtX(int x) const
{
    const QRect groove = grooveRect();
    const int handle = handleLength();
    const int span = std::max(1, groove.width() - handle);
    const int value =
        QStyle::sliderValueFromPosition(minimum(), maximum(), x - groove.x() - handle / 2, span);
    return value / 1000.0;
}

int ChapterSeekBar::xForSeconds(double seconds) const
{
    const QRect groove = grooveRect();
    const int handle = handleLength();
    const int span = std::max(1, groove.width() - handle);
    const int value = static_cast<int>(std::lround(seconds * 1000));
    return groove.x() + handle / 2 + QStyle::sliderPositionFromValue(minimum(), maximum(), value, span);
}

void ChapterSeekBar::paintEvent(QPaintEvent* event)
{
    QSlider::paintEvent(event);
    if (m_chapters.isEmpty() || maximum() <= 0)
        return;
    QPainter painter(this);
    const QRect groove = grooveRect();
    const int top = std::max(0, groove.center().y() - 7);
    const int bottom = std::min(height() - 1, groove.center().y() + 7);
    painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
    for (const ChapterMark& chapter : m_chapters) {
        if (chapter.start <= 0)
            continue; // a tick at 0 only hides the handle at the start
        const int x = xForSeconds(chapter.start);
        painter.drawLine(x, top, x, bottom);
    }
}

void ChapterSeekBar::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && maximum() > 0) {
        // Jump to the click, then let QSlider start a drag from the handle now under the mouse.
        const double seconds = secondsAtX(event->position().toPoint().x());
        setValue(static_cast<int>(std::lround(seconds * 1000)));
        Q_EMIT seekRequested(seconds);
    }
    QSlider::mousePressEvent(event);
}

void ChapterSeekBar::mouseMoveEvent(QMouseEvent* event)
{
    QSlider::mouseMoveEvent(event);
    if (maximum() <= 0)
        return;
    const double seconds = secondsAtX(event->position().toPoint().x());
    const int chapter = chapterAt(seconds);
    const QString text = chapter >= 0 ? tr("%1 — %2").arg(formatFilmTime(seconds), m_chapters[chapter].title)
                                      : formatFilmTime(seconds);
    QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

} // namespace reflekt
