#pragma once

#include <QLabel>

namespace reflekt {

// "0:09 / 1:38" under the film. A screen reader gets the same text as its name and as AT-SPI
// Text, the spoken form ("9 seconds of 1 minute 38 seconds") as its value and what it is as its
// description; the name changes once a second at most, when the shown text does.
class FilmTimeLabel : public QLabel {
    Q_OBJECT
public:
    explicit FilmTimeLabel(QWidget* parent = nullptr);

    void setTimes(double position, double duration);
    /** What a screen reader says for it: "1 minute 5 seconds of 1 minute 38 seconds". */
    QString spokenText() const;

private:
    double m_position = 0;
    double m_duration = 0;
};

} // namespace reflekt
