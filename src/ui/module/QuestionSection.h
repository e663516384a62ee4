#pragma once

#include "ui/notes/NoteEditor.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace reflekt {

// One reflection question as a section of the reading column: its number and text as a heading,
// the answer right below it (growing with what is written), and under the answer a quiet line
// that says when it was saved, with a small button for the answer's history. Sub-questions are
// indented under their question.
class QuestionSection : public QFrame {
    Q_OBJECT
public:
    /** What the section shows and tells a screen reader; the strings come translated. */
    struct Texts {
        QString id;                ///< the question's id, for the objectNames tests and tools use
        QString heading;           ///< "1.1  Question"
        QString languageNote;      ///< "In Swedish" when not the interface's language, else ""
        QString editorName;        ///< "Your answer to question 1.1"
        QString historyName;       ///< tooltip and accessible name of the history button
        int depth = 1;             ///< 1 for a question, 2 for its sub-questions, ...
    };

    QuestionSection(const Texts& texts, NoteEditor::Saver saver, QWidget* parent = nullptr);

    NoteEditor* editor() const { return m_editor; }
    QLabel* heading() const { return m_heading; }
    QLabel* status() const { return m_status; }
    QToolButton* historyButton() const { return m_history; }
    void setScale(double scale);

    /** Lines an answer grows to before the editor scrolls on its own. */
    static constexpr int kMinLines = 3;
    static constexpr int kMaxLines = 16;

Q_SIGNALS:
    void historyRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColours();

    int m_depth;
    QLabel* m_heading;
    QLabel* m_status;
    NoteEditor* m_editor;
    QToolButton* m_history;
};

} // namespace reflekt
