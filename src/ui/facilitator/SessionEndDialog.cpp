#include "ui/facilitator/SessionEndDialog.h"

#include "ui/facilitator/ClickerKeys.h"
#include "ui/facilitator/GroupSessionController.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace reflekt {

SessionEndDialog::SessionEndDialog(const GroupSessionController& session, QWidget* parent)
    : QDialog(parent), m_steps(new QListWidget(this))
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
    m_steps->setAccessibleName(tr("Steps to mark as done"));
    const QStringList covered = session.coveredStepIds();
    for (const Step& step : session.module().steps) {
        const QString id = QString::fromStdString(step.id);
        if (!session.plan().stepIds.contains(id))
            continue;
        auto* item = new QListWidgetItem(session.text(step.title), m_steps);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(covered.contains(id) ? Qt::Checked : Qt::Unchecked);
    }

    auto* buttons = new QDialogButtonBox(this);
    m_finish = buttons->addButton(tr("&Finish and credit"), QDialogButtonBox::AcceptRole);
    m_finish->setObjectName(QStringLiteral("finishSessionButton"));
    m_finish->setAccessibleName(tr("Finish the session and credit those present"));
    m_finish->setDefault(true);
    auto* keep = buttons->addButton(tr("&Keep open for the next meeting"), QDialogButtonBox::ActionRole);
    keep->setObjectName(QStringLiteral("keepOpenButton"));
    keep->setAccessibleName(tr("Stop for today and continue this session at the next meeting"));
    auto* back = buttons->addButton(tr("&Back to the session"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("backToSessionButton"));
    back->setAccessibleName(tr("Go back to the session"));

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
    layout->addWidget(new QLabel(tr("Steps covered:"), this));
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
        if (m_steps->item(i)->checkState() == Qt::Checked)
            out << m_steps->item(i)->data(Qt::UserRole).toString();
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
