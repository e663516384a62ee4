#pragma once

#include "store/ParticipantRepository.h"

#include <QAbstractListModel>

#include <vector>

namespace reflekt {

// The profiles on this computer, by display name.
class ProfileListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { ParticipantIdRole = Qt::UserRole + 1 };

    explicit ProfileListModel(QObject* parent = nullptr);

    void setParticipants(std::vector<Participant> participants);
    const Participant* participantAt(int row) const;
    int rowOf(const QString& displayName) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<Participant> m_participants;
};

} // namespace reflekt
