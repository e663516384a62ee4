#pragma once

#include "store/ParticipantRepository.h"

#include <QAbstractListModel>

#include <vector>

namespace reflekt {

// The profiles on this computer: the one used last first, the others by name, each with a round
// badge of its initial.
class ProfileListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { ParticipantIdRole = Qt::UserRole + 1, LastUsedRole };

    explicit ProfileListModel(QObject* parent = nullptr);

    /** Sets the profiles; `lastUsed` (a display name) is put first. */
    void setParticipants(std::vector<Participant> participants, const QString& lastUsed = {});
    const Participant* participantAt(int row) const;
    int rowOf(const QString& displayName) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<Participant> m_participants;
    QString m_lastUsed;
};

} // namespace reflekt
