#pragma once

#include "core/WebVtt.h"

#include <QAbstractListModel>

#include <vector>

namespace reflekt {

// The cues of one caption track as a flat list for the transcript panel. The cue playing now is
// marked (CurrentRole, bold font) so a view can highlight it.
class TranscriptModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { StartRole = Qt::UserRole + 1, EndRole, TextRole, CurrentRole };

    explicit TranscriptModel(QObject* parent = nullptr);

    void setCues(std::vector<Cue> cues);
    // Marks the cue showing at `seconds` as current; returns its row, or -1 between cues.
    int setPosition(double seconds);
    int currentRow() const { return m_current; }
    double startOf(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<Cue> m_cues;
    int m_current = -1;
};

} // namespace reflekt
