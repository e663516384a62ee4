#pragma once

#include <QAbstractListModel>

namespace reflekt {

class GroupSessionController;
struct SessionItem;

// Every item of a group session in order, for the console's jump list: its title, whether the
// wall has shown it (in this meeting or an earlier one of the series), and which one is on now.
class SessionItemsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        CoveredRole = Qt::UserRole + 1, ///< bool: the wall has shown the item
        CurrentRole,                    ///< bool: the item on the wall now
    };

    explicit SessionItemsModel(const GroupSessionController& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /** The console's name for an item: "Film: …", never "Film: Film: …" when the step says it. */
    static QString displayTitle(const GroupSessionController& session, const SessionItem& item);

private:
    void refresh();

    const GroupSessionController& m_session;
};

} // namespace reflekt
