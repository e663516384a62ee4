#pragma once

#include "core/Bundle.h"

#include <QAbstractListModel>
#include <QSet>

namespace reflekt {

class Workspace;

// The steps of one module in order, each with its type and a tick when done.
class StepListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { StepIdRole = Qt::UserRole + 1, DoneRole };

    explicit StepListModel(Workspace& workspace, QObject* parent = nullptr);

    void setModule(const Bundle* bundle, const Module* module);
    void setDone(const QString& stepId, bool done);
    bool isDone(const QString& stepId) const { return m_done.contains(stepId); }
    int doneCount() const { return static_cast<int>(m_done.size()); }
    int rowOf(const QString& stepId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    Workspace& m_workspace;
    const Bundle* m_bundle = nullptr;
    const Module* m_module = nullptr;
    QSet<QString> m_done;
};

} // namespace reflekt
