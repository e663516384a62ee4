#include "ui/library/ProfileListModel.h"

#include <QIcon>

namespace reflekt {

ProfileListModel::ProfileListModel(QObject* parent) : QAbstractListModel(parent) {}

void ProfileListModel::setParticipants(std::vector<Participant> participants)
{
    beginResetModel();
    m_participants = std::move(participants);
    endResetModel();
}

const Participant* ProfileListModel::participantAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_participants.size()))
        return nullptr;
    return &m_participants[static_cast<std::size_t>(row)];
}

int ProfileListModel::rowOf(const QString& displayName) const
{
    for (int i = 0; i < static_cast<int>(m_participants.size()); ++i)
        if (QString::fromStdString(m_participants[static_cast<std::size_t>(i)].displayName) == displayName)
            return i;
    return -1;
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_participants.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant& p = m_participants[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString::fromStdString(p.displayName);
    case Qt::DecorationRole:
        return QIcon::fromTheme(QStringLiteral("user-identity"));
    case ParticipantIdRole:
        return QVariant::fromValue<qint64>(p.id);
    default:
        return {};
    }
}

} // namespace reflekt
