#include "ui/library/LibraryModel.h"

#include "platform/Workspace.h"
#include "ui/widgets/Design.h"
#include "ui/widgets/StatusColors.h"

#include <QBrush>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QLocale>
#include <QPixmap>

#include <algorithm>

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
        const Bundle& b = *e.load.bundle;
        for (const auto& m : b.modules) {
            const auto stored = store->progress().moduleProgress(m_workspace.participantId(), b.id, m.id);
            if (!stored.ok())
                continue;
            Progress p;
            for (const auto& step : m.steps) { // steps gone from this version of the bundle do not count
                for (const StepProgress& sp : *stored.value) {
                    if (sp.step.stepId != step.id)
                        continue;
                    p.done += sp.completed ? 1 : 0;
                    p.lastOpenedMs = std::max<qint64>(p.lastOpenedMs, sp.lastOpenedMs.value_or(0));
                }
            }
            m_progress[QString::fromStdString(b.id + '/' + m.id)] = p;
        }
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

Qt::ItemFlags LibraryModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    // Modules (and broken packages, and the progress cells) are leaves: the tree neither stores
    // them as expanded nor tells a screen reader they could be (QTreeView::expandAll skips items
    // that never have children). A reload resets the model, so a package's count stays true.
    if (index.isValid() && rowCount(index) == 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
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

QPixmap LibraryModel::coverFor(int row) const
{
    if (auto it = m_covers.find(row); it != m_covers.end())
        return *it;
    QPixmap cover;
    const LibraryEntry& e = m_workspace.entries()[static_cast<std::size_t>(m_rows[row])];
    if (e.usable() && !e.load.bundle->cover.empty()) {
        // Read once, kept at twice the card's size so it stays sharp on a scaled screen.
        const QPixmap pix(QString::fromStdString(e.load.bundle->resolve(e.load.bundle->cover).string()));
        if (!pix.isNull())
            cover = pix.scaled(640, 360, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    m_covers.insert(row, cover);
    return cover;
}

LibraryModel::Progress LibraryModel::progressOf(const Bundle& b, const Module& m) const
{
    Progress p = m_progress.value(QString::fromStdString(b.id + '/' + m.id));
    p.total = static_cast<int>(m.steps.size());
    return p;
}

QString LibraryModel::lastOpenedText(const QDateTime& when)
{
    if (!when.isValid())
        return tr("Not started yet");
    const QDate day = when.toLocalTime().date();
    const QDate today = QDate::currentDate();
    if (day == today)
        return tr("Last opened today");
    if (day == today.addDays(-1))
        return tr("Last opened yesterday");
    const QString format = day.year() == today.year() ? QStringLiteral("d MMMM") : QStringLiteral("d MMMM yyyy");
    return tr("Last opened %1").arg(QLocale().toString(day, format));
}

QVariant LibraryModel::bundleData(int row, int column, int role) const
{
    const LibraryEntry& e = m_workspace.entries()[static_cast<std::size_t>(m_rows[row])];
    const bool usable = e.usable();
    const Bundle* b = usable ? &*e.load.bundle : nullptr;
    if (!b) {
        const QString folder = QString::fromStdString(e.folder.filename().string());
        switch (role) {
        case BundleIndexRole:
            return m_rows[row];
        case BrokenRole:
            return true;
        case DescriptionRole:
            return QString::fromStdString(e.reason());
        case TitleRole:
            return folder;
        case Qt::DisplayRole:
            return column == ProgressColumn ? tr("Cannot be opened") : tr("%1 (broken)").arg(folder);
        case Qt::ToolTipRole:
            return tr("%1\n%2").arg(QString::fromStdString(e.folder.string()), QString::fromStdString(e.reason()));
        case Qt::ForegroundRole:
            return QBrush(StatusColors::errorText(QGuiApplication::palette().color(QPalette::Base)));
        case AccentRole:
            return Design::defaultAccent();
        case Qt::AccessibleTextRole:
            if (column == ProgressColumn)
                return tr("Cannot be opened"); // each cell says what it shows
            return tr("Broken package %1: %2").arg(folder, QString::fromStdString(e.reason()));
        default:
            return {};
        }
    }
    int modulesDone = 0;
    qint64 lastMs = 0;
    for (const auto& m : b->modules) {
        const Progress p = progressOf(*b, m);
        modulesDone += p.total > 0 && p.done >= p.total ? 1 : 0;
        lastMs = std::max(lastMs, p.lastOpenedMs);
    }
    const int modules = static_cast<int>(b->modules.size());
    const QDateTime last = lastMs > 0 ? QDateTime::fromMSecsSinceEpoch(lastMs) : QDateTime();
    const QString progressText = tr("%1 of %2 modules").arg(modulesDone).arg(modules);
    const QString title = m_workspace.text(*b, b->title);
    switch (role) {
    case BundleIndexRole:
        return m_rows[row];
    case BrokenRole:
        return false;
    case DescriptionRole:
    case Qt::ToolTipRole:
        return m_workspace.text(*b, b->description);
    case TitleRole:
        return title;
    case Qt::DisplayRole:
        return column == ProgressColumn ? progressText : title;
    case CoverRole:
        return coverFor(row);
    case AccentRole:
        return Design::accent(QString::fromStdString(b->accentColor));
    case PublisherRole:
        return QString::fromStdString(b->publisher);
    case DoneRole:
        return modulesDone;
    case TotalRole:
        return modules;
    case ProgressRole:
        return modules ? double(modulesDone) / modules : 0.0;
    case ProgressTextRole:
        return progressText;
    case LastOpenedRole:
        return last;
    case Qt::AccessibleTextRole:
        return column == ProgressColumn ? progressText : tr("Package %1").arg(title);
    case Qt::AccessibleDescriptionRole: {
        if (column == ProgressColumn)
            return {};
        QStringList parts;
        if (!b->publisher.empty())
            parts << tr("Published by %1").arg(QString::fromStdString(b->publisher));
        parts << tr("%1 done").arg(progressText) << lastOpenedText(last);
        return parts.join(QStringLiteral(". ")) + QLatin1Char('.');
    }
    default:
        return {};
    }
}

QVariant LibraryModel::moduleData(int bundleRow, int row, int column, int role) const
{
    const LibraryEntry& e = m_workspace.entries()[static_cast<std::size_t>(m_rows[bundleRow])];
    const Bundle& b = *e.load.bundle;
    const Module& m = b.modules[static_cast<std::size_t>(row)];
    const Progress p = progressOf(b, m);
    const bool done = p.total > 0 && p.done >= p.total;
    const QString progressText = done ? tr("Done") : tr("%1 of %2 steps").arg(p.done).arg(p.total);
    switch (role) {
    case BundleIndexRole:
        return m_rows[bundleRow];
    case ModuleIdRole:
        return QString::fromStdString(m.id);
    case BrokenRole:
        return false;
    case ProgressRole:
        return p.total ? double(p.done) / p.total : 0.0;
    case DescriptionRole:
    case Qt::ToolTipRole:
        return m_workspace.text(b, m.summary);
    case TitleRole:
        return m_workspace.text(b, m.title);
    case Qt::DisplayRole:
        if (column == ProgressColumn)
            return progressText;
        return tr("%1 · %2 · %3 min").arg(m_workspace.text(b, m.title), kindLabel(m.kind)).arg(m.minutes);
    case AccentRole:
        return Design::accent(QString::fromStdString(b.accentColor));
    case DoneRole:
        return p.done;
    case TotalRole:
        return p.total;
    case ProgressTextRole:
        return progressText;
    case LastOpenedRole:
        return p.lastOpenedMs > 0 ? QDateTime::fromMSecsSinceEpoch(p.lastOpenedMs) : QDateTime();
    case KindRole:
        return kindLabel(m.kind);
    case MinutesRole:
        return m.minutes;
    case Qt::AccessibleTextRole:
        return column == ProgressColumn ? progressText : m_workspace.text(b, m.title);
    case Qt::AccessibleDescriptionRole:
        if (column == ProgressColumn)
            return {};
        return tr("%1, about %2 minutes, %3").arg(kindLabel(m.kind)).arg(m.minutes).arg(progressText);
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
