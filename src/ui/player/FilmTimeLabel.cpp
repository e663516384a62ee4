#include "ui/player/FilmTimeLabel.h"

#include "ui/player/FilmSource.h"
#include "ui/player/SpokenTime.h"
#include "ui/widgets/AccessibleFactory.h"

namespace reflekt {

FilmTimeLabel::FilmTimeLabel(QWidget* parent) : QLabel(parent)
{
    AccessibleFactory::install(); // FilmTimeLabelAccessible
    setTextFormat(Qt::PlainText);
    setTimes(0, 0);
}

void FilmTimeLabel::setTimes(double position, double duration)
{
    m_position = position;
    m_duration = duration;
    const QString shown = tr("%1 / %2").arg(formatFilmTime(position), formatFilmTime(duration));
    // Several position updates a second: a screen reader hears of whole seconds only. QLabel
    // announces the new name itself (the label has no fixed accessible name).
    if (shown != text())
        setText(shown);
}

QString FilmTimeLabel::spokenText() const
{
    return SpokenTime::positionOf(m_position, m_duration);
}

} // namespace reflekt
