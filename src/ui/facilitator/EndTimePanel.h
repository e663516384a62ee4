#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QTimeEdit;

namespace reflekt {

// The time of day on the console, and an optional end time with what is left of it ("12 min
// left", "3 min over") in the console's status colours, for a room booked until 14:30. Off until
// the facilitator ticks "End at". Times are in the local time zone and the locale's own format.
class EndTimePanel : public QWidget {
    Q_OBJECT
public:
    using Now = std::function<QDateTime()>;
    enum class State { Off, Normal, Near, Over };

    explicit EndTimePanel(QWidget* parent = nullptr);

    /** Where the time comes from (tests pass their own clock); the system clock by default. */
    void setNow(Now now);
    /** Switches the end time on at `end` (today, or tomorrow if that is more than 12 h ago). */
    void setEndTime(const QTime& end);
    State state() const { return m_state; }

public Q_SLOTS:
    void update();

private:
    Now m_now;
    QLabel* m_clock = nullptr;
    QCheckBox* m_enabled = nullptr;
    QTimeEdit* m_end = nullptr;
    QLabel* m_left = nullptr;
    State m_state = State::Off;
};

} // namespace reflekt
