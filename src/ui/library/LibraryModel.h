#pragma once

#include "core/Library.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QMap>
#include <QPixmap>

namespace reflekt {

class Workspace;

// The library as a tree: bundles (usable or broken) at the top, their modules below, each with
// the current profile's progress. Columns: title, progress. LibraryDelegate paints the packages
// as cards and the modules as rows from the roles below.
class LibraryModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        BundleIndexRole = Qt::UserRole + 1,
        ModuleIdRole,
        BrokenRole,
        ProgressRole, ///< 0..1: steps done of a module; modules done of a package
        DescriptionRole,
        TitleRole,       ///< the plain title (no kind or minutes)
        CoverRole,       ///< QPixmap of the package's cover, null when it has none
        AccentRole,      ///< QColor: the package's accent (Design::accent)
        PublisherRole,   ///< QString, may be empty
        DoneRole,        ///< int: modules done (package) or steps done (module)
        TotalRole,       ///< int: modules (package) or steps (module)
        LastOpenedRole,  ///< QDateTime the package or module was last opened, invalid if never
        KindRole,        ///< QString: "Case", "Module"… (modules)
        MinutesRole,     ///< int (modules)
        ProgressTextRole ///< "3 of 9 modules", "2 of 4 steps", "Done"
    };
    enum Column { TitleColumn, ProgressColumn, ColumnCount };

    explicit LibraryModel(Workspace& workspace, QObject* parent = nullptr);

    /** Re-reads entries and progress from the workspace. */
    void reload();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Index of the module row, or invalid. */
    QModelIndex moduleIndex(const QString& bundleId, const QString& moduleId) const;
    /** "Last opened today", "Last opened 3 March"…; "Not started yet" for an invalid time. */
    static QString lastOpenedText(const QDateTime& when);

private:
    struct Progress {
        int done = 0;
        int total = 0;
        qint64 lastOpenedMs = 0;
    };
    Progress progressOf(const Bundle& b, const Module& m) const;
    QVariant bundleData(int row, int column, int role) const;
    QVariant moduleData(int bundleRow, int row, int column, int role) const;
    QPixmap coverFor(int row) const;

    Workspace& m_workspace;
    QVector<int> m_rows;                ///< indices into the workspace's library entries, shown entries only
    QMap<QString, Progress> m_progress; ///< "bundle/module" -> steps done, last opened
    mutable QMap<int, QPixmap> m_covers;
};

} // namespace reflekt
