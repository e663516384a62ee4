#include "ui/facilitator/EndTimePanel.h"

#include "ui/widgets/StatusColors.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>

namespace reflekt {

namespace {

constexpr qint64 kNearSeconds = 5 * 60; // amber in the last five minutes

QString stateName(EndTimePanel::State state)
{
    switch (state) {
    case EndTimePanel::State::Off:
        return QStringLiteral("off");
    case EndTimePanel::State::Normal:
        return QStringLiteral("normal");
    case EndTimePanel::State::Near:
        return QStringLiteral("near");
    case EndTimePanel::State::Over:
        return QStringLiteral("over");
    }
    return {};
}

} // namespace

EndTimePanel::EndTimePanel(QWidget* parent)
    : QWidget(parent), m_now([] { return QDateTime::currentDateTime(); })
{
    setObjectName(QStringLiteral("endTimePanel"));
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("wallClock"));
    QFont big = m_clock->font();
    big.setBold(true);
    m_clock->setFont(big);
    m_enabled = new QCheckBox(tr("End &at"), this);
    m_enabled->setObjectName(QStringLiteral("endAtToggle"));
    m_enabled->setAccessibleDescription(tr("Count down to an end time")); // named "End at", as shown
    m_enabled->setFocusPolicy(Qt::TabFocus); // a click leaves the focus on the console
    m_end = new QTimeEdit(this);
    m_end->setObjectName(QStringLiteral("endAtTime"));
    m_end->setAccessibleName(tr("End time"));
    // The locale's short time format: 14:30 in Swedish and Norwegian, 2:30 PM in American English.
    m_end->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_end->setEnabled(false);
    m_left = new QLabel(this);
    m_left->setObjectName(QStringLiteral("endAtCountdown"));
    m_left->setMargin(3);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_clock);
    row->addSpacing(12);
    row->addWidget(m_enabled);
    row->addWidget(m_end);
    row->addWidget(m_left);

    // A sensible default: an hour after the next full or half hour.
    const QTime now = m_now().time();
    m_end->setTime(
        QTime(now.hour(), now.minute() < 30 ? 30 : 0).addSecs(now.minute() < 30 ? 3600 : 2 * 3600));
    connect(m_enabled, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_enabled, &QCheckBox::toggled, this, &EndTimePanel::update);
    connect(m_end, &QTimeEdit::timeChanged, this, &EndTimePanel::update);
    update();
}

void EndTimePanel::setNow(Now now)
{
    m_now = std::move(now);
    update();
}

void EndTimePanel::setEndTime(const QTime& end)
{
    m_end->setTime(end);
    m_enabled->setChecked(true);
    update();
}

void EndTimePanel::update()
{
    const QDateTime now = m_now();
    const QLocale locale;
    m_clock->setText(locale.toString(now.time(), QLocale::ShortFormat));
    m_clock->setAccessibleName(tr("The time is %1").arg(m_clock->text()));
    State state = State::Off;
    QString text;
    if (m_enabled->isChecked()) {
        QDateTime end(now.date(), m_end->time());
        if (end.secsTo(now) > 12 * 3600) // 00:15 when it is 23:50 means tonight, after midnight
            end = end.addDays(1);
        const qint64 seconds = now.secsTo(end);
        if (seconds > 0) {
            const int minutes = static_cast<int>((seconds + 59) / 60);
            text = tr("%n min left", nullptr, minutes);
            state = seconds <= kNearSeconds ? State::Near : State::Normal;
        } else {
            const int minutes = static_cast<int>(-seconds / 60);
            text = minutes == 0 ? tr("Time is up") : tr("%n min over", nullptr, minutes);
            state = State::Over;
        }
    }
    m_left->setText(text);
    m_left->setVisible(!text.isEmpty());
    m_left->setAccessibleName(text);
    m_left->setProperty("endState", stateName(state));
    if (state == State::Near)
        m_left->setStyleSheet(StatusColors::badgeStyleSheet(StatusColors::timeNearlyUp()));
    else if (state == State::Over)
        m_left->setStyleSheet(StatusColors::badgeStyleSheet(StatusColors::timeOver()));
    else
        m_left->setStyleSheet(QString());
    m_state = state;
}

} // namespace reflekt
