#include "ui/facilitator/SessionSetupDialog.h"

#include "platform/Workspace.h"
#include "ui/widgets/CheckList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace reflekt {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kGuestRole = Qt::UserRole + 1;
constexpr int kSeriesGuestRole = Qt::UserRole + 2; ///< a guest from the roster of the session shown

QString when(TimeMs ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SessionSetupDialog::SessionSetupDialog(Workspace& workspace, const Bundle& bundle, const QString& moduleId,
                                       QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_bundle(bundle),
      m_module(bundle.findModule(moduleId.toStdString())), m_facilitator(new QLineEdit(this)),
      m_people(new CheckList(this)), m_guest(new QLineEdit(this)),
      m_addGuest(new QPushButton(tr("&Add guest"), this)), m_steps(new CheckList(this)),
      m_planned(new QLabel(this)), m_continue(new QComboBox(this)), m_history(new QListWidget(this))
{
    setObjectName(QStringLiteral("sessionSetupDialog"));
    const QString title = m_module ? workspace.text(bundle, m_module->title) : moduleId;
    setWindowTitle(tr("Group session: %1").arg(title));

    auto* heading = new QLabel(tr("Run “%1” with a projector. The wall shows the package's content only; "
                                  "notes, names and progress stay on this screen.")
                                   .arg(title),
                               this);
    heading->setObjectName(QStringLiteral("setupHeading"));
    heading->setWordWrap(true);

    m_facilitator->setObjectName(QStringLiteral("facilitatorName"));
    m_facilitator->setAccessibleName(tr("Facilitator's name"));
    if (const auto p = workspace.participant())
        m_facilitator->setText(QString::fromStdString(p->displayName));
    m_people->setObjectName(QStringLiteral("presentList"));
    m_people->setAccessibleDescription(tr("Who is present"));
    m_guest->setObjectName(QStringLiteral("guestName"));
    m_guest->setAccessibleName(tr("Name of a guest without a profile"));
    m_guest->setPlaceholderText(tr("Guest's name (no profile needed)"));
    m_addGuest->setObjectName(QStringLiteral("addGuestButton"));
    m_addGuest->setAccessibleDescription(tr("Add the guest as present"));
    m_steps->setObjectName(QStringLiteral("stepsToCover"));
    m_steps->setAccessibleName(tr("Steps to cover"));
    m_planned->setObjectName(QStringLiteral("plannedTime"));
    m_continue->setObjectName(QStringLiteral("continueSession"));
    m_continue->setAccessibleDescription(tr("New session or continue an open one"));
    m_history->setObjectName(QStringLiteral("sessionHistory"));
    m_history->setAccessibleDescription(tr("Earlier sessions of this module"));
    m_history->setMaximumHeight(90);
    m_history->setSelectionMode(QAbstractItemView::NoSelection);

    auto* guestRow = new QHBoxLayout;
    guestRow->addWidget(m_guest, 1);
    guestRow->addWidget(m_addGuest);
    auto* form = new QFormLayout;
    form->addRow(tr("Sess&ion:"), m_continue); // Alt+S is Start session
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(tr("&Present:"), m_people);
    form->addRow(QString(), guestRow);
    form->addRow(tr("S&teps:"), m_steps);
    form->addRow(QString(), m_planned);
    form->addRow(tr("Earlier meetings:"), m_history);
    // Controls are named by the labels a sighted user reads (WCAG 2.5.3), what they do described.
    // Item views take no name from their label (Qt's list interface ignores buddies): give them its words.
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_history)))
        m_history->setAccessibleName(QString(label->text()).remove(QLatin1Char(':')).trimmed());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("&Start session"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startSessionButton"));
    m_start->setAccessibleDescription(tr("Start the group session"));
    m_start->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);

    addPeople();
    addSteps();
    // The lists' mnemonics (Alt+P, Alt+T) reach their first box.
    m_people->setLabel(qobject_cast<QLabel*>(form->labelForField(m_people)));
    m_steps->setLabel(qobject_cast<QLabel*>(form->labelForField(m_steps)));
    addSessions();
    showSession();
    connect(m_addGuest, &QPushButton::clicked, this, [this] {
        addGuest(m_guest->text());
        m_guest->clear();
    });
    connect(m_guest, &QLineEdit::returnPressed, m_addGuest, &QPushButton::click);
    connect(m_steps, &CheckList::itemToggled, this, &SessionSetupDialog::updateState);
    connect(m_facilitator, &QLineEdit::textChanged, this, &SessionSetupDialog::updateState);
    connect(m_continue, &QComboBox::currentIndexChanged, this, [this] {
        showSession();
        updateState();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    resize(560, 640);
}

void SessionSetupDialog::addPeople()
{
    if (!m_workspace.store())
        return;
    const auto profiles = m_workspace.store()->participants().list();
    if (!m_workspace.check(profiles.error))
        return;
    for (const Participant& p : *profiles.value) {
        const bool current = p.id == m_workspace.participantId();
        m_people->addItem(QString::fromStdString(p.displayName), current);
        m_people->setData(m_people->count() - 1, kIdRole, QVariant::fromValue<qlonglong>(p.id));
    }
}

void SessionSetupDialog::addGuest(const QString& name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return;
    if (const int existing = m_people->find(trimmed); existing >= 0) { // typed again: they are here
        m_people->setChecked(existing, true);
        return;
    }
    addGuestRow(trimmed, true);
}

int SessionSetupDialog::addGuestRow(const QString& name, bool present)
{
    QCheckBox* box = m_people->addItem(name, present);
    const int index = m_people->count() - 1;
    m_people->setData(index, kGuestRole, true);
    box->setToolTip(tr("Guest: listed in the minutes, no profile"));
    box->setIcon(QIcon::fromTheme(QStringLiteral("contact-new")));
    return index;
}

void SessionSetupDialog::addSteps()
{
    if (!m_module)
        return;
    for (const Step& step : m_module->steps) {
        const int minutes = GroupSessionController::plannedMinutes(step);
        const QString label = minutes > 0
                                  ? tr("%1 (%2 min)").arg(m_workspace.text(m_bundle, step.title)).arg(minutes)
                                  : m_workspace.text(m_bundle, step.title);
        m_steps->addItem(label, true);
        m_steps->setData(m_steps->count() - 1, kIdRole, QString::fromStdString(step.id));
    }
}

void SessionSetupDialog::addSessions()
{
    m_continue->addItem(tr("A new session"), QVariant::fromValue<qlonglong>(0));
    if (!m_workspace.store() || !m_module)
        return;
    const auto sessions = m_workspace.store()->sessions().listForModule(m_bundle.id, m_module->id);
    if (!m_workspace.check(sessions.error))
        return;
    for (const GroupSession& s : *sessions.value) {
        const QString who = QString::fromStdString(s.facilitator);
        const auto meetings = static_cast<int>(s.meetings.size());
        const QString state = s.endedMs ? tr("finished") : tr("open");
        m_history->addItem(tr("%1, led by %2: %n meeting(s), %3", nullptr, meetings)
                               .arg(when(s.startedMs), who, state));
        for (const SessionMeeting& m : s.meetings) {
            const auto present = static_cast<int>(m.attendees.size());
            const QString line =
                m.endedMs ? tr("Meeting %1, %2: %n present, %3 min", nullptr, present)
                                .arg(m.number)
                                .arg(when(m.startedMs))
                                .arg((*m.endedMs - m.startedMs) / 60000)
                          : tr("Meeting %1, %2: %n present", nullptr, present).arg(m.number).arg(when(m.startedMs));
            m_history->addItem(QStringLiteral("    ") + line);
        }
        if (!s.endedMs) {
            m_open[s.id] = s;
            m_continue->addItem(tr("Continue the session of %1 (led by %2): meeting %3")
                                    .arg(when(s.startedMs), who)
                                    .arg(meetings + 1),
                                QVariant::fromValue<qlonglong>(s.id));
        }
    }
    if (m_history->count() == 0)
        m_history->addItem(tr("None yet"));
    // A group that stopped half-way meets again: continuing is what they came for. The newest open
    // session is first after "A new session".
    if (m_continue->count() > 1)
        m_continue->setCurrentIndex(1);
}

void SessionSetupDialog::showSession()
{
    const qlonglong id = m_continue->currentData().toLongLong();
    // Guests of another session's roster leave the list; names typed here stay.
    for (int i = m_people->count() - 1; i >= 0; --i)
        if (m_people->data(i, kSeriesGuestRole).toBool())
            m_people->removeItem(i);
    const auto it = m_open.find(id);
    if (it == m_open.end()) {
        for (int i = 0; i < m_people->count(); ++i)
            if (!m_people->data(i, kGuestRole).toBool())
                m_people->setChecked(i,
                                     m_people->data(i, kIdRole).toLongLong() == m_workspace.participantId());
        if (const auto p = m_workspace.participant(); p && m_facilitator->text().isEmpty())
            m_facilitator->setText(QString::fromStdString(p->displayName));
        for (int i = 0; i < m_steps->count(); ++i)
            m_steps->setChecked(i, true);
        return;
    }
    // Continuing: the people of the last meeting are ticked (the same group, most likely); anyone on
    // the series' roster can be ticked, and latecomers and new guests added.
    const GroupSession& s = it->second;
    const std::vector<Attendee> last = s.meetings.empty() ? s.attendees : s.meetings.back().attendees;
    const auto wasThere = [&](const Attendee& a) {
        return std::any_of(last.begin(), last.end(), [&](const Attendee& b) { return b.id == a.id; });
    };
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->data(i, kGuestRole).toBool())
            continue;
        const qlonglong pid = m_people->data(i, kIdRole).toLongLong();
        const bool present = std::any_of(last.begin(), last.end(), [&](const Attendee& a) {
            return a.participantId && *a.participantId == pid;
        });
        m_people->setChecked(i, present);
    }
    for (const Attendee& a : s.attendees) {
        if (a.participantId || m_people->find(QString::fromStdString(a.guestName)) >= 0)
            continue;
        const int row = addGuestRow(QString::fromStdString(a.guestName), wasThere(a));
        m_people->setData(row, kSeriesGuestRole, true);
    }
    m_facilitator->setText(QString::fromStdString(s.facilitator));
    for (int i = 0; i < m_steps->count(); ++i) {
        const std::string stepId = m_steps->data(i, kIdRole).toString().toStdString();
        const bool planned = s.plannedSteps.empty() ||
                             std::find(s.plannedSteps.begin(), s.plannedSteps.end(), stepId) != s.plannedSteps.end();
        m_steps->setChecked(i, planned);
    }
}

int SessionSetupDialog::plannedMinutes() const
{
    int sum = 0;
    if (!m_module)
        return 0;
    for (int i = 0; i < m_steps->count(); ++i)
        if (m_steps->isChecked(i))
            sum += GroupSessionController::plannedMinutes(m_module->steps[static_cast<std::size_t>(i)]);
    return sum;
}

void SessionSetupDialog::updateState()
{
    const bool continuing = m_continue->currentData().toLongLong() != 0;
    // Attendance is taken at every meeting; who leads and what to cover belong to the series.
    m_facilitator->setEnabled(!continuing);
    m_steps->setEnabled(!continuing);
    QString text = tr("Planned time: %1 min").arg(plannedMinutes());
    if (m_module && m_module->minutes > 0)
        text += tr(" (the package suggests %1 min for the whole module)").arg(m_module->minutes);
    m_planned->setText(text);
    bool anyStep = false;
    for (int i = 0; i < m_steps->count(); ++i)
        anyStep = anyStep || m_steps->isChecked(i);
    m_start->setEnabled(anyStep && (continuing || !m_facilitator->text().trimmed().isEmpty()));
}

bool SessionSetupDialog::setPresent(const QString& name, bool present)
{
    const int found = m_people->find(name);
    if (found < 0)
        return false;
    m_people->setChecked(found, present);
    return true;
}

bool SessionSetupDialog::setStepIncluded(const QString& stepId, bool included)
{
    for (int i = 0; i < m_steps->count(); ++i) {
        if (m_steps->data(i, kIdRole).toString() == stepId) {
            m_steps->setChecked(i, included);
            return true;
        }
    }
    return false;
}

SessionPlan SessionSetupDialog::plan() const
{
    SessionPlan plan;
    plan.facilitator = m_facilitator->text().trimmed();
    plan.continueSessionId = m_continue->currentData().toLongLong();
    for (int i = 0; i < m_people->count(); ++i) {
        if (!m_people->isChecked(i))
            continue;
        if (m_people->data(i, kGuestRole).toBool())
            plan.guestNames << m_people->text(i);
        else
            plan.participantIds.push_back(m_people->data(i, kIdRole).toLongLong());
    }
    for (int i = 0; i < m_steps->count(); ++i)
        if (m_steps->isChecked(i))
            plan.stepIds << m_steps->data(i, kIdRole).toString();
    return plan;
}

} // namespace reflekt
