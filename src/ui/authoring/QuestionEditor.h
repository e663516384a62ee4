#pragma once

#include <QWidget>

#include <optional>
#include <vector>

class QTreeView;
class QVBoxLayout;

namespace reflekt {

class EditorDocument;
class QuestionTreeModel;

// The question tree of a reflection step: add a question or a sub-question, indent and outdent
// (three levels at most), move up and down, remove; all by keyboard too (Alt+arrows). The
// selected question's text in every language and its planned minutes are edited below the tree.
class QuestionEditor : public QWidget {
    Q_OBJECT
public:
    QuestionEditor(EditorDocument* doc, const QString& stepPointer, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    void addQuestion();
    void addSubQuestion();
    void indent();
    void outdent();
    void move(int delta);
    void remove();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::vector<std::size_t> current() const;
    void select(const std::vector<std::size_t>& path);
    void showDetail();

    EditorDocument* m_doc;
    QString m_step;
    QuestionTreeModel* m_model;
    QTreeView* m_tree;
    QWidget* m_detail = nullptr;
    QVBoxLayout* m_detailLayout;
    QString m_detailKey; ///< the pointer and id of the question shown below the tree
    std::vector<std::size_t> m_selected; ///< kept across the model's rebuilds
};

} // namespace reflekt
