#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace reflekt {

class EditorDocument;

// A reflection step's questions and their sub-questions (three levels at most), numbered as the
// participant sees them ("1.2"). Read from the document and built again when it changes.
class QuestionTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { PointerRole = Qt::UserRole + 1 };

    QuestionTreeModel(EditorDocument* doc, const QString& stepPointer, QObject* parent = nullptr);

    /** The path (indices from the step's questions) of `index`; empty for none. */
    std::vector<std::size_t> pathOf(const QModelIndex& index) const;
    QModelIndex indexOf(const std::vector<std::size_t>& path) const;
    void rebuild();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Drag and drop: a question (with its sub-questions) is moved by the document, as one undo
    // step; the rows are built again from it.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    /** A question was dropped in a new place: its path there. */
    void questionMoved(const std::vector<std::size_t>& path);

private:
    struct Node {
        Node* parent = nullptr;
        int row = 0;
        std::vector<std::size_t> path;
        std::vector<std::unique_ptr<Node>> children;
    };
    void fill(Node& node, const QString& pointer);
    QString shape() const;
    const Node* nodeOf(const QModelIndex& index) const;

    EditorDocument* m_doc;
    QString m_stepPointer;
    Node m_root;
    QString m_shape; ///< the ids and nesting as last built
};

} // namespace reflekt
