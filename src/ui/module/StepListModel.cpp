#include "ui/module/StepListModel.h"

#include "platform/Workspace.h"
#include "ui/facilitator/GroupSessionController.h"

#include <QIcon>

namespace reflekt {

QString StepListModel::typeLabel(StepType type)
{
    switch (type) {
    case StepType::Film:
        return StepListModel::tr("Film");
    case StepType::Text:
        return StepListModel::tr("Text");
    case StepType::Reflection:
        return StepListModel::tr("Reflection");
    case StepType::Activity:
        return StepListModel::tr("Activity");
    }
    return {};
}

QString StepListModel::stateLabel(State state)
{
    switch (state) {
    case State::NotStarted:
        return tr("Not started");
    case State::Opened:
        return tr("Opened");
    case State::Done:
        return tr("Done");
    }
    return {};
}

QString StepListModel::minutesText(int minutes)
{
    return minutes > 0 ? tr("%1 min").arg(minutes) : QString();
}

namespace {
QString typeIcon(StepType type)
{
    switch (type) {
    case StepType::Film:
        return QStringLiteral("video-x-generic");
    case StepType::Text:
        return QStringLiteral("text-x-generic");
    case StepType::Reflection:
        return QStringLiteral("accessories-text-editor");
    case StepType::Activity:
        return QStringLiteral("document-print");
    }
    return {};
}
} // namespace

StepListModel::StepListModel(Workspace& workspace, QObject* parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
}

void StepListModel::setModule(const Bundle* bundle, const Module* module)
{
    beginResetModel();
    m_bundle = bundle;
    m_module = module;
    m_done.clear();
    m_opened.clear();
    if (bundle && module && m_workspace.store()) {
        const auto progress = m_workspace.store()->progress().moduleProgress(m_workspace.participantId(),
                                                                             bundle->id, module->id);
        if (progress.ok())
            for (const auto& p : *progress.value)
            {
                if (p.completed)
                    m_done.insert(QString::fromStdString(p.step.stepId));
                else if (p.firstOpenedMs || p.lastOpenedMs)
                    m_opened.insert(QString::fromStdString(p.step.stepId));
            }
    }
    endResetModel();
}

void StepListModel::setDone(const QString& stepId, bool done)
{
    if (done == m_done.contains(stepId))
        return;
    if (done) {
        m_done.insert(stepId);
        m_opened.remove(stepId);
    } else {
        m_done.remove(stepId);
    }
    changed(stepId);
}

void StepListModel::setOpened(const QString& stepId)
{
    if (m_done.contains(stepId) || m_opened.contains(stepId) || rowOf(stepId) < 0)
        return;
    m_opened.insert(stepId);
    changed(stepId);
}

void StepListModel::changed(const QString& stepId)
{
    const int row = rowOf(stepId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

StepListModel::State StepListModel::state(int row) const
{
    if (!m_module || row < 0 || row >= rowCount())
        return State::NotStarted;
    const QString id = QString::fromStdString(m_module->steps[static_cast<std::size_t>(row)].id);
    return m_done.contains(id) ? State::Done : m_opened.contains(id) ? State::Opened : State::NotStarted;
}

int StepListModel::totalMinutes() const
{
    int sum = 0;
    if (m_module)
        for (const Step& step : m_module->steps)
            sum += GroupSessionController::plannedMinutes(step);
    return sum;
}

int StepListModel::rowOf(const QString& stepId) const
{
    if (!m_module)
        return -1;
    for (int i = 0; i < static_cast<int>(m_module->steps.size()); ++i)
        if (QString::fromStdString(m_module->steps[static_cast<std::size_t>(i)].id) == stepId)
            return i;
    return -1;
}

int StepListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_module ? 0 : static_cast<int>(m_module->steps.size());
}

QVariant StepListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Step& s = m_module->steps[static_cast<std::size_t>(index.row())];
    const QString id = QString::fromStdString(s.id);
    const bool done = m_done.contains(id);
    const State st = state(index.row());
    const int minutes = GroupSessionController::plannedMinutes(s);
    const QString title = s.title.empty() ? typeLabel(s.type) : m_workspace.text(*m_bundle, s.title);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1. %2").arg(index.row() + 1).arg(title);
    case Qt::ToolTipRole:
        if (!s.unavailable.empty())
            return tr("%1 — cannot be shown: %2").arg(typeLabel(s.type), QString::fromStdString(s.unavailable));
        return done ? tr("%1 — done").arg(typeLabel(s.type)) : typeLabel(s.type);
    case Qt::AccessibleTextRole:
        if (!s.unavailable.empty())
            return tr("Step %1, %2: %3, cannot be shown").arg(index.row() + 1).arg(typeLabel(s.type), title);
        if (done)
            return tr("Step %1, %2: %3, done").arg(index.row() + 1).arg(typeLabel(s.type), title);
        if (st == State::Opened)
            return tr("Step %1, %2: %3, opened").arg(index.row() + 1).arg(typeLabel(s.type), title);
        return tr("Step %1, %2: %3").arg(index.row() + 1).arg(typeLabel(s.type), title);
    case Qt::DecorationRole:
        if (!s.unavailable.empty())
            return QIcon::fromTheme(QStringLiteral("dialog-warning"));
        return QIcon::fromTheme(done ? QStringLiteral("emblem-ok") : typeIcon(s.type));
    case Qt::CheckStateRole:
        return done ? Qt::Checked : Qt::Unchecked;
    case StepIdRole:
        return id;
    case DoneRole:
        return done;
    case UnavailableRole:
        return !s.unavailable.empty();
    case StateRole:
        return static_cast<int>(st);
    case MinutesRole:
        return minutes;
    case DetailRole:
        return minutes > 0 ? tr("%1 · %2").arg(typeLabel(s.type), minutesText(minutes)) : typeLabel(s.type);
    default:
        return {};
    }
}

} // namespace reflekt
