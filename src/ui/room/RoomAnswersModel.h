#pragma once

#include <QAbstractListModel>

namespace reflekt {

class RoomController;

// The answers to the wall's current question, as they arrive: the text (plain, never markup), a
// tick for "in the minutes", and whether the answer is on the wall now or hidden.
class RoomAnswersModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { AnswerIdRole = Qt::UserRole + 1, OnWallRole, HiddenRole };

    explicit RoomAnswersModel(RoomController& room, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    RoomController& m_room;
    int m_rows = 0;
};

} // namespace reflekt
