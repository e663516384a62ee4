#include "ui/room/RoomAnswersModel.h"

#include "ui/room/RoomController.h"

#include <QFont>
#include <QPalette>

namespace reflekt {

RoomAnswersModel::RoomAnswersModel(RoomController& room, QObject* parent)
    : QAbstractListModel(parent), m_room(room), m_rows(static_cast<int>(room.answers().size()))
{
    connect(&room, &RoomController::answersReset, this, [this] {
        beginResetModel();
        m_rows = static_cast<int>(m_room.answers().size());
        endResetModel();
    });
    connect(&room, &RoomController::answerAdded, this, [this](int row) {
        beginInsertRows({}, row, row);
        m_rows = static_cast<int>(m_room.answers().size());
        endInsertRows();
    });
    connect(&room, &RoomController::answerChanged, this, [this](int row) {
        Q_EMIT dataChanged(index(row), index(row));
    });
}

int RoomAnswersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant RoomAnswersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const StoredRoomAnswer& answer = m_room.answers()[static_cast<std::size_t>(index.row())];
    const bool onWall = m_room.isOnWall(answer.id);
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = QString::fromStdString(answer.text);
        if (onWall)
            return tr("On the wall: %1").arg(text);
        if (answer.hidden)
            return tr("Hidden: %1").arg(text);
        return text;
    }
    case Qt::ToolTipRole:
        return QString::fromStdString(answer.text);
    case Qt::CheckStateRole:
        return answer.inMinutes ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole: {
        if (!onWall && !answer.hidden)
            return {}; // the view's own font
        QFont font;
        font.setBold(onWall);
        font.setItalic(answer.hidden);
        return font;
    }
    case Qt::ForegroundRole:
        if (answer.hidden)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case AnswerIdRole: return QVariant::fromValue<qlonglong>(answer.id);
    case OnWallRole: return onWall;
    case HiddenRole: return answer.hidden;
    default: return {};
    }
}

bool RoomAnswersModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole)
        return false;
    const StoredRoomAnswer& answer = m_room.answers()[static_cast<std::size_t>(index.row())];
    m_room.setInMinutes(answer.id, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags RoomAnswersModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace reflekt
