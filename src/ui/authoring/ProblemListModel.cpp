#include "ui/authoring/ProblemListModel.h"

#include <algorithm>

namespace reflekt {

ProblemListModel::ProblemListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ProblemListModel::setProblems(std::vector<Problem> problems)
{
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.severity > b.severity; });
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ProblemListModel::errorCount() const
{
    return static_cast<int>(std::count_if(m_problems.begin(), m_problems.end(),
                                          [](const Problem& p) { return p.severity == Severity::Error; }));
}

int ProblemListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

QVariant ProblemListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Problem& p = m_problems[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString kind = p.severity == Severity::Error ? tr("Error") : tr("Warning");
        QString where = QString::fromStdString(p.place);
        if (where.isEmpty() && p.file != "bundle.json")
            where = QString::fromStdString(p.file);
        if (p.line > 0 && p.file == "bundle.json" && where.isEmpty())
            where = tr("bundle.json line %1").arg(p.line);
        const QString message = QString::fromStdString(p.message);
        return where.isEmpty() ? tr("%1: %2").arg(kind, message) : tr("%1: %2: %3").arg(kind, where, message);
    }
    case Qt::ToolTipRole:
        return QString::fromStdString(p.toString());
    case PointerRole:
        return QString::fromStdString(p.pointer);
    case FileRole:
        return QString::fromStdString(p.file);
    case IsErrorRole:
        return p.severity == Severity::Error;
    default:
        return {};
    }
}

} // namespace reflekt
