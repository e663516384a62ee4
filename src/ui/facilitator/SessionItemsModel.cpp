#include "ui/facilitator/SessionItemsModel.h"

#include "ui/facilitator/GroupSessionController.h"

#include <QFont>

namespace reflekt {

SessionItemsModel::SessionItemsModel(const GroupSessionController& session, QObject* parent)
    : QAbstractListModel(parent), m_session(session)
{
    // Showing an item covers it: both change only when the current item does.
    connect(&session, &GroupSessionController::currentChanged, this, &SessionItemsModel::refresh);
}

int SessionItemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_session.items().size());
}

QVariant SessionItemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const SessionItem& item = m_session.items()[static_cast<std::size_t>(row)];
    const bool covered = m_session.isCovered(row);
    const bool current = row == m_session.currentIndex();
    switch (role) {
    case Qt::DisplayRole: {
        // A mark a screen reader and a glance both get, rather than colour alone.
        const QString mark = current   ? QStringLiteral("▶ ")
                             : covered ? QStringLiteral("✓ ")
                                       : QStringLiteral("   ");
        return mark + displayTitle(m_session, item);
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (current)
            return tr("On the wall now");
        return covered ? tr("Already shown") : tr("Not shown yet");
    case Qt::FontRole:
        if (current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case CoveredRole:
        return covered;
    case CurrentRole:
        return current;
    default:
        return {};
    }
}

void SessionItemsModel::refresh()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

QString SessionItemsModel::displayTitle(const GroupSessionController& session, const SessionItem& item)
{
    const QString title = session.itemTitle(item);
    const Step* step = session.stepOf(item);
    if (!step || item.kind == SessionItem::Kind::Question || item.kind == SessionItem::Kind::TitleCard)
        return title;
    const QString own = session.text(step->title);
    if (own.isEmpty() || !title.endsWith(own))
        return title;
    QString kind = title.left(title.size() - own.size()); // "Film: ", as translated
    while (!kind.isEmpty() && !kind.back().isLetterOrNumber())
        kind.chop(1);
    const bool doubled = !kind.isEmpty() && own.startsWith(kind, Qt::CaseInsensitive) &&
                         (own.size() == kind.size() || !own.at(kind.size()).isLetterOrNumber());
    return doubled ? own : title;
}

} // namespace reflekt
