#pragma once

#include "core/Library.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QMap>

namespace reflekt {

class Workspace;

// The library as a tree: bundles (usable or broken) at the top, their modules below, each with
// the current profile's progress. Columns: title, progress.
class LibraryModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { BundleIndexRole = Qt::UserRole + 1, ModuleIdRole, BrokenRole, ProgressRole, DescriptionRole };
    enum Column { TitleColumn, ProgressColumn, ColumnCount };

    explicit LibraryModel(Workspace& workspace, QObject* parent = nullptr);

    /** Re-reads entries and progress from the workspace. */
    void reload();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Index of the module row, or invalid. */
    QModelIndex moduleIndex(const QString& bundleId, const QString& moduleId) const;

private:
    struct Progress {
        int done = 0;
        int total = 0;
    };
    QVariant bundleData(int row, int column, int role) const;
    QVariant moduleData(int bundleRow, int row, int column, int role) const;
    QIcon coverFor(int row) const;

    Workspace& m_workspace;
    QVector<int> m_rows;                ///< indices into the workspace's library entries, shown entries only
    QMap<QString, Progress> m_progress; ///< "bundle/module" -> steps done
    mutable QMap<int, QIcon> m_covers;
};

} // namespace reflekt
