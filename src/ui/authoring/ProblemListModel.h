#pragma once

#include "core/Problem.h"

#include <QAbstractListModel>

#include <vector>

namespace reflekt {

// The validator's problems in the editor: each in plain words with its place ("module 2
// “Kultur och identitet”, step 1 (film), captions"), errors first.
class ProblemListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { PointerRole = Qt::UserRole + 1, FileRole, IsErrorRole };

    explicit ProblemListModel(QObject* parent = nullptr);
    void setProblems(std::vector<Problem> problems);
    const std::vector<Problem>& problems() const { return m_problems; }
    int errorCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<Problem> m_problems;
};

} // namespace reflekt
