#pragma once

#include "core/Bundle.h"
#include "ui/widgets/Design.h"

#include <QScrollArea>

#include <map>
#include <set>

class QLabel;
class QVBoxLayout;

namespace reflekt {

class NoteEditor;
class QuestionSection;
class ReadingColumn;
class Workspace;

// A reflection step in one centred reading column: the step's title and intro, then each
// question as a section numbered (1, 1.1, 1.2 ...) with its own note editor right below it that
// saves as the participant types and grows with the answer. Notes whose question is gone from
// this version of the bundle are shown apart, read-only, never dropped.
class ReflectionView : public QScrollArea {
    Q_OBJECT
public:
    ReflectionView(Workspace& workspace, const Bundle& bundle, const Module& module, const Step& step,
                   QWidget* parent = nullptr);

    /** Saves every editor with unsaved changes. False if any save failed. */
    bool flush();
    /**
     * Every note not saved yet, in question order, as "1.1  Question" then the answer; "" when all
     * are saved. What a participant would lose by leaving now.
     */
    QString unsavedText() const;
    /** Why the first unsaved note could not be saved; "" when all are saved. */
    QString unsavedReason() const;
    /** The participant let the unsaved text go: nothing counts as unsaved any more. */
    void discardUnsaved();
    void setScale(double scale);
    NoteEditor* editorFor(const QString& questionId) const;

Q_SIGNALS:
    void completed();

private:
    void addQuestions(const std::vector<Question>& questions, std::vector<std::size_t> path,
                      const std::string& parentLanguage, QVBoxLayout* layout);
    /** The one language a top-level question and all its sub-questions are shown in. */
    std::string treeLanguage(const Question& question) const;
    /** "In Norwegian Bokmål" for a screen reader when `language` is not the interface's; else "". */
    QString languageNote(const std::string& language) const;
    void addEarlierNotes(QVBoxLayout* layout);
    QString save(const std::string& questionId, const QString& text);
    void showHistory(const std::string& questionId, const QString& questionText);
    void updateCompletion();
    /** Scrolls the page so the text cursor of `editor` stays in sight as the answer grows. */
    void followCursor(NoteEditor* editor);

    Workspace& m_workspace;
    const Bundle& m_bundle;
    const Module& m_module;
    const Step& m_step;
    std::map<std::string, NoteEditor*> m_editors;
    QList<QPair<QString, NoteEditor*>> m_headed; ///< "1.1  Question" and its editor, in question order
    std::set<std::string> m_answered;
    ReadingColumn* m_column = nullptr;
    QList<QuestionSection*> m_sections;
    QList<QPair<QWidget*, Design::Type>> m_typed; ///< other text and its Design::Type, for setScale()
    bool m_completed = false;
};

} // namespace reflekt
