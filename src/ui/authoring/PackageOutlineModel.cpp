#include "ui/authoring/PackageOutlineModel.h"

#include "ui/authoring/EditorDocument.h"

namespace reflekt {

namespace {

QString stepTypeName(const QString& type)
{
    if (type == QLatin1String("film"))
        return PackageOutlineModel::tr("Film");
    if (type == QLatin1String("text"))
        return PackageOutlineModel::tr("Text");
    if (type == QLatin1String("reflection"))
        return PackageOutlineModel::tr("Reflection");
    if (type == QLatin1String("activity"))
        return PackageOutlineModel::tr("Activity");
    return type;
}

} // namespace

PackageOutlineModel::PackageOutlineModel(EditorDocument* doc, QObject* parent)
    : QAbstractItemModel(parent)
    , m_doc(doc)
{
    rebuild();
    connect(doc, &EditorDocument::changed, this, [this](const QString&, bool structural) {
        if (structural) {
            rebuild();
            return;
        }
        // A title typed: repaint every row (a package has a few dozen at most).
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
        for (int m = 0; m < static_cast<int>(m_stepCounts.size()); ++m) {
            const QModelIndex parentIndex = index(m + 1, 0);
            if (m_stepCounts[static_cast<std::size_t>(m)] > 0)
                Q_EMIT dataChanged(index(0, 0, parentIndex),
                                   index(m_stepCounts[static_cast<std::size_t>(m)] - 1, 0, parentIndex));
        }
    });
}

void PackageOutlineModel::rebuild()
{
    beginResetModel();
    m_stepCounts.clear();
    if (const ManifestJson* modules = m_doc->find(QStringLiteral("/modules")); modules && modules->is_array()) {
        for (const auto& module : *modules) {
            const auto steps = module.is_object() ? module.find("steps") : module.end();
            m_stepCounts.push_back(steps != module.end() && steps->is_array() ? static_cast<int>(steps->size()) : 0);
        }
    }
    endResetModel();
}

void PackageOutlineModel::setProblems(const std::vector<Problem>& problems)
{
    m_errorPointers.clear();
    for (const Problem& p : problems)
        if (p.severity == Severity::Error)
            m_errorPointers.push_back(p.pointer);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
    for (int m = 0; m < static_cast<int>(m_stepCounts.size()); ++m) {
        const int steps = m_stepCounts[static_cast<std::size_t>(m)];
        if (steps > 0)
            Q_EMIT dataChanged(index(0, 0, index(m + 1, 0)), index(steps - 1, 0, index(m + 1, 0)));
    }
}

QModelIndex PackageOutlineModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < rowCount() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() == 0)
        return {};
    const auto module = static_cast<std::size_t>(parent.row() - 1);
    if (module >= m_stepCounts.size() || row >= m_stepCounts[module])
        return {};
    return createIndex(row, 0, quintptr(module + 1));
}

QModelIndex PackageOutlineModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId()), 0, quintptr(0));
}

int PackageOutlineModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return 1 + static_cast<int>(m_stepCounts.size());
    if (parent.internalId() != 0 || parent.row() == 0)
        return 0;
    const auto module = static_cast<std::size_t>(parent.row() - 1);
    return module < m_stepCounts.size() ? m_stepCounts[module] : 0;
}

int PackageOutlineModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QString PackageOutlineModel::pointerOf(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return index.row() == 0 ? QString() : QStringLiteral("/modules/%1").arg(index.row() - 1);
    return QStringLiteral("/modules/%1/steps/%2").arg(index.internalId() - 1).arg(index.row());
}

QModelIndex PackageOutlineModel::indexForPointer(const QString& pointer) const
{
    const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts[0] != QLatin1String("modules"))
        return index(0, 0);
    bool ok = false;
    const int module = parts[1].toInt(&ok);
    const QModelIndex moduleIndex = ok ? index(module + 1, 0) : QModelIndex();
    if (!moduleIndex.isValid())
        return index(0, 0);
    if (parts.size() >= 4 && parts[2] == QLatin1String("steps")) {
        const QModelIndex step = index(parts[3].toInt(&ok), 0, moduleIndex);
        if (ok && step.isValid())
            return step;
    }
    return moduleIndex;
}

QString PackageOutlineModel::titleAt(const QString& pointer) const
{
    const QString title = m_doc->text(pointer + QStringLiteral("/title/") + m_doc->defaultLanguage());
    if (!title.isEmpty())
        return title;
    const QString id = m_doc->text(pointer + QStringLiteral("/id"));
    return id.isEmpty() ? tr("(no title)") : id;
}

int PackageOutlineModel::errorsUnder(const QString& pointer, bool exact) const
{
    const std::string p = pointer.toStdString();
    int n = 0;
    for (const std::string& e : m_errorPointers) {
        if (exact) {
            // The package's own fields: anything not inside a module.
            if (e.rfind("/modules/", 0) != 0)
                ++n;
        } else if (e == p || e.rfind(p + "/", 0) == 0) {
            ++n;
        }
    }
    return n;
}

QVariant PackageOutlineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const QString pointer = pointerOf(index);
    const bool isPackage = index.internalId() == 0 && index.row() == 0;
    const bool isStep = index.internalId() != 0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString label;
        if (isPackage)
            label = tr("Package: %1").arg(titleAt(QString()));
        else if (isStep)
            label = tr("%1: %2").arg(stepTypeName(m_doc->text(pointer + QStringLiteral("/type"))), titleAt(pointer));
        else
            label = tr("Module %1: %2").arg(index.row()).arg(titleAt(pointer));
        const int errors = errorsUnder(pointer, isPackage);
        if (errors > 0)
            label += QLatin1Char(' ') + tr("(%n problem(s))", nullptr, errors);
        return label;
    }
    case PointerRole:
        return pointer;
    case ErrorCountRole:
        return errorsUnder(pointer, isPackage);
    default:
        return {};
    }
}

} // namespace reflekt
