#pragma once

#include "ui/player/CaptionOverlay.h"

#include <QWidget>

namespace reflekt {

// A sample caption drawn in a style over a made-up picture (sky, grass and a light patch, so a
// style that would vanish on a bright or dark scene shows it), for the caption style controls.
class CaptionPreview : public QWidget {
    Q_OBJECT
public:
    explicit CaptionPreview(QWidget* parent = nullptr);

    void setCaptionStyle(const CaptionStyle& style);
    const CaptionOverlay& overlay() const { return m_overlay; }
    const CaptionCue& sample() const { return m_sample; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    CaptionOverlay m_overlay;
    CaptionCue m_sample;
};

} // namespace reflekt
