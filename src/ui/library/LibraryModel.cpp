#include "ui/library/LibraryModel.h"

#include "platform/Workspace.h"
#include "ui/widgets/StatusColors.h"

#include <QBrush>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QPixmap>

namespace reflekt {

namespace {
// Internal ids: 0 for bundle rows; bundleRow + 1 for module rows (the parent's row).
constexpr quintptr kBundleLevel = 0;

QString kindLabel(ModuleKind kind)
{
    switch (kind) {
    case ModuleKind::FacilitatorIntro:
        return LibraryModel::tr("For the discussion leader");
    case ModuleKind::Case:
        return LibraryModel::tr("Case");
    case ModuleKind::Regional:
        return LibraryModel::tr("Regional module");
    case ModuleKind::Module:
        return LibraryModel::tr("Module");
    }
    return {};
}
} // namespace

LibraryModel::LibraryModel(Workspace& workspace, QObject* parent)
    : QAbstractItemModel(parent), m_workspace(workspace)
{
    reload();
}

void LibraryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_progress.clear();
    m_covers.clear();
    const auto& entries = m_workspace.entries();
    Store* store = m_workspace.store();
    for (int i = 0; i < static_cast<int>(entries.size()); ++i) {
        const LibraryEntry& e = entries[static_cast<std::size_t>(i)];
        if (e.shadowed)
            continue; // a newer copy of the same bundle is listed instead
        m_rows << i;
        if (!e.usable() || !store || !m_workspace.participant())
            continue;
        std::map<std::string, std::vector<std::string>> stepIds;
        for (const auto& m : e.load.bundle->modules)
            for (const auto& s : m.steps)
                stepIds[m.id].push_back(s.id);
        const auto summary =
            store->progress().bundleSummary(m_workspace.participantId(), e.load.bundle->id, stepIds);
        if (!summary.ok())
            continue;
        for (const auto& [moduleId, p] : *summary.value)
            m_progress[QString::fromStdString(e.load.bundle->id + '/' + moduleId)] = {p.stepsDone,
                                                                                      p.stepsTotal};
    }
    endResetModel();
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kBundleLevel);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex LibraryModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kBundleLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kBundleLevel);
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.internalId() != kBundleLevel || parent.column() != 0)
        return 0;
    const LibraryEntry& e = m_workspace.entries()[static_cast<std::size_t>(m_rows[parent.row()])];
    return e.usable() ? static_cast<int>(e.load.bundle->modules.size()) : 0;
}

int LibraryModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Package and module") : tr("Progress");
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kBundleLevel)
        return bundleData(index.row(), index.column(), role);
    return moduleData(static_cast<int>(index.internalId() - 1), index.row(), index.column(), role);
}

QIcon LibraryModel::coverFor(int row) const
{
    if (auto it = m_covers.find(row); it != m_covers.end())
        return *it;
    QIcon icon;
    const LibraryEntry& e = m_workspace.entries()[static_cast<std::size_t>(m_rows[row])];
    if (e.usable() && !e.load.bundle->cover.empty()) {
        QPixmap pix(QString::fromStdString(e.load.bundle->resolve(e.load.bundle->cover).string()));
        if (!pix.isNull())
            icon = QIcon(pix.scaled(96, 54, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    if (icon.isNull())
        icon = QIcon::fromTheme(e.usable() ? QStringLiteral("folder") : QStringLiteral("dialog-warning"));
    m_covers.insert(row, icon);
    return icon;
}

QVariant LibraryModel::bundleData(int row, int column, int role) const
{
    const LibraryEntry& e = m_workspace.entries()[static_cast<std::size_t>(m_rows[row])];
    const bool usable = e.usable();
    const Bundle* b = usable ? &*e.load.bundle : nullptr;
    switch (role) {
    case BundleIndexRole:
        return m_rows[row];
    case BrokenRole:
        return !usable;
    case DescriptionRole:
        return b ? m_workspace.text(*b, b->description) : QString::fromStdString(e.reason());
    case Qt::DisplayRole:
        if (column == ProgressColumn) {
            if (!b)
                return tr("Cannot be opened");
            int done = 0;
            int total = 0;
            for (const auto& m : b->modules) {
                const auto p = m_progress.value(QString::fromStdString(b->id + '/' + m.id));
                done += p.done;
                total += static_cast<int>(m.steps.size());
            }
            return tr("%1 of %2 steps").arg(done).arg(total);
        }
        if (!b)
            return tr("%1 (broken)").arg(QString::fromStdString(e.folder.filename().string()));
        return m_workspace.text(*b, b->title);
    case Qt::ToolTipRole:
        return b ? m_workspace.text(*b, b->description)
                 : tr("%1\n%2").arg(QString::fromStdString(e.folder.string()),
                                    QString::fromStdString(e.reason()));
    case Qt::DecorationRole:
        return column == TitleColumn ? QVariant(coverFor(row)) : QVariant();
    case Qt::FontRole: {
        QFont f;
        f.setBold(column == TitleColumn);
        return f;
    }
    case Qt::ForegroundRole:
        return usable ? QVariant()
                      : QVariant(QBrush(
                            StatusColors::errorText(QGuiApplication::palette().color(QPalette::Base))));
    case Qt::AccessibleTextRole:
        return b ? tr("Package %1").arg(m_workspace.text(*b, b->title))
                 : tr("Broken package %1: %2")
                       .arg(QString::fromStdString(e.folder.filename().string()),
                            QString::fromStdString(e.reason()));
    default:
        return {};
    }
}

QVariant LibraryModel::moduleData(int bundleRow, int row, int column, int role) const
{
    const LibraryEntry& e = m_workspace.entries()[static_cast<std::size_t>(m_rows[bundleRow])];
    const Bundle& b = *e.load.bundle;
    const Module& m = b.modules[static_cast<std::size_t>(row)];
    const auto p = m_progress.value(QString::fromStdString(b.id + '/' + m.id));
    const int total = static_cast<int>(m.steps.size());
    switch (role) {
    case BundleIndexRole:
        return m_rows[bundleRow];
    case ModuleIdRole:
        return QString::fromStdString(m.id);
    case BrokenRole:
        return false;
    case ProgressRole:
        return total ? double(p.done) / total : 0.0;
    case DescriptionRole:
        return m_workspace.text(b, m.summary);
    case Qt::DisplayRole:
        if (column == ProgressColumn)
            return p.done >= total && total > 0 ? tr("Done") : tr("%1 of %2 steps").arg(p.done).arg(total);
        return tr("%1 · %2 · %3 min").arg(m_workspace.text(b, m.title), kindLabel(m.kind)).arg(m.minutes);
    case Qt::ToolTipRole:
        return m_workspace.text(b, m.summary);
    case Qt::DecorationRole:
        if (column != TitleColumn)
            return {};
        return QIcon::fromTheme(p.done >= total && total > 0 ? QStringLiteral("emblem-ok")
                                                             : QStringLiteral("media-playback-start"));
    default:
        return {};
    }
}

QModelIndex LibraryModel::moduleIndex(const QString& bundleId, const QString& moduleId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const LibraryEntry& e = m_workspace.entries()[static_cast<std::size_t>(m_rows[r])];
        if (!e.usable() || QString::fromStdString(e.load.bundle->id) != bundleId)
            continue;
        const auto& mods = e.load.bundle->modules;
        for (int i = 0; i < static_cast<int>(mods.size()); ++i)
            if (QString::fromStdString(mods[static_cast<std::size_t>(i)].id) == moduleId)
                return index(i, 0, index(r, 0));
    }
    return {};
}

} // namespace reflekt
