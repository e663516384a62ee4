#include "ui/facilitator/SessionEndDialog.h"

#include "ui/facilitator/ClickerKeys.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/widgets/CheckList.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace reflekt {

SessionEndDialog::SessionEndDialog(const GroupSessionController& session, QWidget* parent)
    : QDialog(parent), m_steps(new CheckList(this))
{
    setObjectName(QStringLiteral("sessionEndDialog"));
    setWindowTitle(tr("End the session"));

    int profiles = 0;
    int guests = 0;
    for (const Attendee& a : session.session().attendees)
        (a.participantId ? profiles : guests) += 1;
    QString message = tr("End the group session?") + QStringLiteral("\n\n");
    if (profiles == 0)
        message += tr("No profile was present, so no one's progress changes.");
    else if (session.meetingNumber() == 1 && profiles == 1)
        message += tr("1 profile present will have the ticked steps marked as done in a group session.");
    else if (session.meetingNumber() == 1)
        message += tr("%1 profiles present will have the ticked steps marked as done in a group session.")
                       .arg(profiles);
    else // a series: credit follows attendance (docs/facilitator.md)
        message += tr("This was meeting %1. Each of the %2 profiles that came will have a ticked step marked "
                      "as done if they were at a meeting where the wall showed it.")
                       .arg(session.meetingNumber())
                       .arg(profiles);
    if (guests > 0)
        message += QLatin1Char(' ') + tr("Guests (%1) need no profile; the minutes list them.").arg(guests);
    auto* text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("sessionEndText"));
    text->setWordWrap(true);

    m_steps->setObjectName(QStringLiteral("stepsToCredit"));
    // Named by the label above it; what it does is description.
    auto* stepsLabel = new QLabel(tr("Steps covered:"), this);
    m_steps->setAccessibleDescription(tr("Steps to mark as done"));
    const QStringList covered = session.coveredStepIds();
    for (const Step& step : session.module().steps) {
        const QString id = QString::fromStdString(step.id);
        if (!session.plan().stepIds.contains(id))
            continue;
        m_steps->addItem(session.text(step.title), covered.contains(id));
        m_steps->setData(m_steps->count() - 1, Qt::UserRole, id);
    }
    m_steps->setLabel(stepsLabel);

    auto* buttons = new QDialogButtonBox(this);
    m_finish = buttons->addButton(tr("&Finish and credit"), QDialogButtonBox::AcceptRole);
    m_finish->setObjectName(QStringLiteral("finishSessionButton"));
    // Named by their labels (WCAG 2.5.3: what is seen is what is said); the rest is description.
    m_finish->setAccessibleDescription(tr("Finish the session and credit those present"));
    m_finish->setDefault(true);
    auto* keep = buttons->addButton(tr("&Keep open for the next meeting"), QDialogButtonBox::ActionRole);
    keep->setObjectName(QStringLiteral("keepOpenButton"));
    keep->setAccessibleDescription(tr("Stop for today and continue this session at the next meeting"));
    auto* back = buttons->addButton(tr("&Back to the session"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("backToSessionButton"));
    back->setAccessibleDescription(tr("Go back to the session"));

    connect(m_finish, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Finish;
        accept();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepOpen;
        accept();
    });
    connect(back, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps);
    layout->addWidget(buttons);
    m_finish->setFocus();
    for (QWidget* w : findChildren<QWidget*>())
        w->installEventFilter(this);
}

QStringList SessionEndDialog::stepIds() const
{
    QStringList out;
    for (int i = 0; i < m_steps->count(); ++i)
        if (m_steps->isChecked(i))
            out << m_steps->data(i).toString();
    return out;
}

void SessionEndDialog::keyPressEvent(QKeyEvent* event)
{
    if (handleClicker(event->key()))
        return;
    QDialog::keyPressEvent(event);
}

bool SessionEndDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && handleClicker(static_cast<QKeyEvent*>(event)->key()))
        return true;
    return QDialog::eventFilter(watched, event);
}

bool SessionEndDialog::handleClicker(int key)
{
    // A presenter remote has no Enter: its forward button finishes. Its back button, and F5 (the
    // slideshow button that sent the Esc that opened this dialog), go back to the session.
    if (ClickerKeys::isForward(key)) {
        m_finish->click();
        return true;
    }
    if (ClickerKeys::isBackToSession(key)) {
        reject();
        return true;
    }
    return false;
}

} // namespace reflekt
