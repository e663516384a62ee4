#include "ui/authoring/QuestionTreeModel.h"

#include "core/PackageEdits.h"
#include "ui/authoring/EditorDocument.h"

#include <QMimeData>
#include <QTimer>

#include <functional>

namespace reflekt {

QuestionTreeModel::QuestionTreeModel(EditorDocument* doc, const QString& stepPointer, QObject* parent)
    : QAbstractItemModel(parent)
    , m_doc(doc)
    , m_stepPointer(stepPointer)
{
    rebuild();
    connect(doc, &EditorDocument::changed, this, [this](const QString&, bool structural) {
        // Questions added, moved or removed: the rows change. Typing: only their labels do.
        if (structural || shape() != m_shape) {
            rebuild();
            return;
        }
        // Typing a question's text: the rows stay, their labels change.
        Q_EMIT layoutAboutToBeChanged();
        Q_EMIT layoutChanged();
    });
}

void QuestionTreeModel::fill(Node& node, const QString& pointer)
{
    const ManifestJson* list = m_doc->find(pointer + QStringLiteral("/questions"));
    if (!list || !list->is_array())
        return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        auto child = std::make_unique<Node>();
        child->parent = &node;
        child->row = static_cast<int>(i);
        child->path = node.path;
        child->path.push_back(i);
        fill(*child, pointer + QStringLiteral("/questions/%1").arg(i));
        node.children.push_back(std::move(child));
    }
}

QString QuestionTreeModel::shape() const
{
    const ManifestJson* list = m_doc->find(m_stepPointer + QStringLiteral("/questions"));
    if (!list)
        return {};
    // The ids and nesting, without the texts.
    std::string out;
    const std::function<void(const ManifestJson&)> walk = [&](const ManifestJson& questions) {
        out += '[';
        for (const auto& q : questions) {
            if (!q.is_object())
                continue;
            out += q.value("id", std::string()) + ',';
            if (const auto sub = q.find("questions"); sub != q.end() && sub->is_array())
                walk(*sub);
        }
        out += ']';
    };
    if (list->is_array())
        walk(*list);
    return QString::fromStdString(out);
}

void QuestionTreeModel::rebuild()
{
    m_shape = shape();
    beginResetModel();
    m_root.children.clear();
    fill(m_root, m_stepPointer);
    endResetModel();
}

const QuestionTreeModel::Node* QuestionTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<const Node*>(index.internalPointer()) : &m_root;
}

std::vector<std::size_t> QuestionTreeModel::pathOf(const QModelIndex& index) const
{
    return index.isValid() ? nodeOf(index)->path : std::vector<std::size_t>{};
}

QModelIndex QuestionTreeModel::indexOf(const std::vector<std::size_t>& path) const
{
    QModelIndex at;
    for (std::size_t i : path) {
        at = index(static_cast<int>(i), 0, at);
        if (!at.isValid())
            return {};
    }
    return at;
}

QModelIndex QuestionTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* p = nodeOf(parent);
    if (column != 0 || row < 0 || static_cast<std::size_t>(row) >= p->children.size())
        return {};
    return createIndex(row, 0, p->children[static_cast<std::size_t>(row)].get());
}

QModelIndex QuestionTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* p = nodeOf(child)->parent;
    if (!p || p == &m_root)
        return {};
    return createIndex(p->row, 0, const_cast<Node*>(p));
}

int QuestionTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int QuestionTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant QuestionTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    const QString pointer = QString::fromStdString(questionPointer(m_stepPointer.toStdString(), node->path));
    if (role == PointerRole)
        return pointer;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    QString text = m_doc->text(pointer + QStringLiteral("/text/") + m_doc->defaultLanguage());
    if (text.isEmpty())
        text = tr("(no question text yet)");
    QString label = QStringLiteral("%1  %2").arg(QString::fromStdString(questionNumber(node->path)), text);
    if (const ManifestJson* minutes = m_doc->find(pointer + QStringLiteral("/minutes"));
        minutes && minutes->is_number())
        label += QLatin1Char(' ') + tr("(%n min)", nullptr, minutes->get<int>());
    return label;
}

namespace {
const QString kQuestionMime = QStringLiteral("application/x-reflekt-question-path");
}

Qt::ItemFlags QuestionTreeModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractItemModel::flags(index) | Qt::ItemIsDropEnabled;
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

Qt::DropActions QuestionTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList QuestionTreeModel::mimeTypes() const
{
    return {kQuestionMime};
}

QMimeData* QuestionTreeModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    QStringList parts;
    for (std::size_t i : pathOf(indexes.first()))
        parts << QString::number(i);
    auto* data = new QMimeData;
    data->setData(kQuestionMime, parts.join(QLatin1Char('.')).toUtf8());
    return data;
}

bool QuestionTreeModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                     const QModelIndex& parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kQuestionMime))
        return false;
    std::vector<std::size_t> from;
    for (const QString& part : QString::fromUtf8(data->data(kQuestionMime)).split(QLatin1Char('.')))
        from.push_back(part.toULongLong());
    const std::vector<std::size_t> to = pathOf(parent);
    const auto index = row < 0 ? static_cast<std::size_t>(rowCount(parent)) : static_cast<std::size_t>(row);
    // After the view has finished its drop: the move rebuilds every row.
    QTimer::singleShot(0, this, [this, from, to, index] {
        std::optional<std::vector<std::size_t>> moved;
        m_doc->group([&](PackageDocument& d) { moved = moveQuestionTo(d, m_stepPointer.toStdString(), from, to, index); },
                     false);
        if (moved)
            Q_EMIT questionMoved(*moved);
    });
    return true;
}

} // namespace reflekt
