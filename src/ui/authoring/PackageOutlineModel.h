#pragma once

#include "core/Problem.h"

#include <QAbstractItemModel>

#include <vector>

namespace reflekt {

class EditorDocument;

// The editor's outline: the package on the first row, then its modules, each with its steps.
// Rebuilt when the structure changes, repainted in place while a title is typed. A row whose
// field has an error says so, so the author finds it without scrolling the problem list.
class PackageOutlineModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { PointerRole = Qt::UserRole + 1, ErrorCountRole };

    explicit PackageOutlineModel(EditorDocument* doc, QObject* parent = nullptr);

    /** The index showing the package (an empty pointer), a module or a step of `pointer`. */
    QModelIndex indexForPointer(const QString& pointer) const;
    void setProblems(const std::vector<Problem>& problems);
    /** Builds the rows again from the document (after modules or steps were added or moved). */
    void rebuild();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QString pointerOf(const QModelIndex& index) const;
    QString titleAt(const QString& pointer) const;
    int errorsUnder(const QString& pointer, bool exact) const;

    EditorDocument* m_doc;
    std::vector<int> m_stepCounts; ///< per module, as last built
    std::vector<std::string> m_errorPointers;
};

} // namespace reflekt
