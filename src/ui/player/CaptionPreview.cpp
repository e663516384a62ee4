#include "ui/player/CaptionPreview.h"

#include "core/WebVtt.h"

#include <QLinearGradient>
#include <QPainter>

namespace reflekt {

namespace {
// The preview is a small picture: a larger share of its height keeps the size steps apart.
constexpr double kPreviewShare = 0.09;
} // namespace

CaptionPreview::CaptionPreview(QWidget* parent) : QWidget(parent), m_overlay(kPreviewShare)
{
    setObjectName(QStringLiteral("captionPreview"));
    setAccessibleName(tr("Caption preview"));
    m_overlay.setFontFamily(font());
    // Written as a WebVTT cue so the sample shows italics the way a film's captions do.
    const std::string cueText =
        tr("This is how captions look.\nSome words can be <i>in italics</i>.").toStdString();
    Cue cue;
    cue.text = cueTextToPlain(cueText);
    cue.spans = cueTextToSpans(cueText);
    m_sample = CaptionCue::fromCue(cue);
    setAccessibleDescription(m_sample.text);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void CaptionPreview::setCaptionStyle(const CaptionStyle& style)
{
    m_overlay.setStyle(style);
    update();
}

QSize CaptionPreview::sizeHint() const
{
    return {420, 200};
}

QSize CaptionPreview::minimumSizeHint() const
{
    return {240, 160};
}

void CaptionPreview::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRectF area(rect());
    QLinearGradient sky(area.topLeft(), area.bottomLeft());
    sky.setColorAt(0, QColor(70, 120, 180));
    sky.setColorAt(0.55, QColor(170, 200, 230));
    sky.setColorAt(0.56, QColor(70, 130, 60));
    sky.setColorAt(1, QColor(30, 70, 30));
    painter.fillRect(area, sky);
    painter.fillRect(
        QRectF(area.width() * 0.6, area.height() * 0.15, area.width() * 0.3, area.height() * 0.8),
        QColor(235, 235, 225));
    m_overlay.paint(painter, area, m_sample);
}

} // namespace reflekt
