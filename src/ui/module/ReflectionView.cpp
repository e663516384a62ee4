#include "ui/module/ReflectionView.h"

#include "core/CompletionRules.h"
#include "platform/Workspace.h"
#include "ui/module/QuestionSection.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/NoteHistoryDialog.h"
#include "ui/widgets/ReadingColumn.h"

#include <QDateTime>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace reflekt {

ReflectionView::ReflectionView(Workspace& workspace, const Bundle& bundle, const Module& module,
                               const Step& step, QWidget* parent)
    : QScrollArea(parent), m_workspace(workspace), m_bundle(bundle), m_module(module), m_step(step)
{
    setObjectName(QStringLiteral("reflectionView"));
    setAccessibleName(tr("Reflection questions"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_column = new ReadingColumn(this);
    QVBoxLayout* layout = m_column->columnLayout();

    if (!step.title.empty()) {
        auto* title = new QLabel(workspace.text(bundle, step.title), m_column->column());
        title->setObjectName(QStringLiteral("reflectionTitle"));
        title->setWordWrap(true);
        title->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(title);
        layout->addSpacing(Design::space(3));
        m_typed.append({title, Design::Type::Heading2});
    }
    if (!step.intro.empty()) {
        auto* intro = new QLabel(workspace.text(bundle, step.intro), m_column->column());
        intro->setObjectName(QStringLiteral("reflectionIntro"));
        intro->setAccessibleDescription(languageNote(commonLanguage(
            {&step.intro}, workspace.contentLanguage().toStdString(), bundle.defaultLanguage)));
        intro->setWordWrap(true);
        intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(intro);
        m_typed.append({intro, Design::Type::Lead});
    }
    // Load this profile's notes for the step's questions once; editors then own the text.
    const auto notes = workspace.store()->notes().loadForBundle(workspace.participantId(), bundle.id);
    workspace.check(notes.error);
    addQuestions(step.questions, {}, {}, layout);
    if (notes.ok()) {
        for (const auto& n : *notes.value) {
            if (auto it = m_editors.find(n.questionId); it != m_editors.end()) {
                it->second->setStoredText(QString::fromStdString(n.text));
                if (!n.text.empty())
                    m_answered.insert(n.questionId);
            }
        }
    }
    m_completed = reflectionComplete(m_step, m_answered);
    addEarlierNotes(layout);
    layout->addStretch(1);
    setWidget(m_column);
    setScale(1.0);
}

namespace {
void collectTexts(const Question& q, std::vector<const LocalizedText*>& texts)
{
    texts.push_back(&q.text);
    for (const Question& child : q.children)
        collectTexts(child, texts);
}
} // namespace

std::string ReflectionView::treeLanguage(const Question& question) const
{
    std::vector<const LocalizedText*> texts;
    collectTexts(question, texts);
    return commonLanguage(texts, m_workspace.contentLanguage().toStdString(), m_bundle.defaultLanguage);
}

QString ReflectionView::languageNote(const std::string& language) const
{
    const QString tag = QString::fromStdString(language);
    if (tag.isEmpty() || tag == m_workspace.contentLanguage())
        return {};
    // Qt 6.4 tells AT-SPI one locale for the whole application and has no per-widget language,
    // so the language is named in the accessible description (docs/accessibility.md).
    if (tag == QLatin1String("sv"))
        return tr("In Swedish");
    if (tag == QLatin1String("nb") || tag == QLatin1String("no"))
        return tr("In Norwegian Bokmål");
    if (tag == QLatin1String("en"))
        return tr("In English");
    return tr("In %1").arg(QLocale(tag).nativeLanguageName());
}

void ReflectionView::addQuestions(const std::vector<Question>& questions, std::vector<std::size_t> path,
                                  const std::string& parentLanguage, QVBoxLayout* layout)
{
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const Question& q = questions[i];
        // A sub-question falls back to another language together with its whole question tree.
        const std::string language = path.empty() ? treeLanguage(q) : parentLanguage;
        path.push_back(i);
        const QString number = QString::fromStdString(questionNumber(path));
        const QString text = QString::fromStdString(q.text.get(language, m_bundle.defaultLanguage));
        const QString note = languageNote(language);
        QuestionSection::Texts texts;
        texts.id = QString::fromStdString(q.id);
        texts.heading = tr("%1  %2").arg(number, text);
        texts.languageNote = note;
        texts.editorName = tr("Your answer to question %1").arg(number);
        texts.historyName = tr("History of your answer to question %1").arg(number);
        texts.depth = static_cast<int>(path.size());
        const std::string id = q.id;
        auto* section = new QuestionSection(
            texts, [this, id](const QString& t) { return save(id, t); }, layout->parentWidget());
        connect(section, &QuestionSection::historyRequested, this,
                [this, id, text] { showHistory(id, text); });
        NoteEditor* editor = section->editor();
        connect(editor, &QPlainTextEdit::cursorPositionChanged, this,
                [this, editor] { followCursor(editor); });
        layout->addWidget(section);
        m_sections << section;
        m_editors[q.id] = editor;
        m_headed.append({section->heading()->text(), editor});
        addQuestions(q.children, path, language, layout);
        path.pop_back();
    }
}

void ReflectionView::addEarlierNotes(QVBoxLayout* layout)
{
    auto orphans = m_workspace.store()->notes().orphanedNotes(m_workspace.participantId(), m_bundle.id,
                                                              m_bundle.version);
    if (!orphans.ok() || orphans.value->empty())
        return;
    std::vector<OrphanedNote> mine;
    for (auto& o : *orphans.value)
        if ((o.moduleId.empty() || o.moduleId == m_module.id) && !o.note.text.empty())
            mine.push_back(o);
    if (mine.empty())
        return;
    auto* heading =
        new QLabel(tr("Your notes from an earlier version of this package"), layout->parentWidget());
    heading->setObjectName(QStringLiteral("earlierNotesHeading"));
    heading->setWordWrap(true);
    m_typed.append({heading, Design::Type::Heading3});
    layout->addSpacing(Design::space(7));
    layout->addWidget(heading);
    for (const auto& o : mine) {
        const QString version = QString::fromStdString(
            o.lastVersionWithQuestion.empty() ? o.note.bundleVersion : o.lastVersionWithQuestion);
        auto* label = new QLabel(tr("Written for version %1 (question %2, no longer in this version):")
                                     .arg(version, QString::fromStdString(o.note.questionId)),
                                 layout->parentWidget());
        label->setWordWrap(true);
        m_typed.append({label, Design::Type::Body});
        auto* text = new QPlainTextEdit(QString::fromStdString(o.note.text), layout->parentWidget());
        text->setObjectName(QStringLiteral("earlierNote_%1").arg(QString::fromStdString(o.note.questionId)));
        text->setReadOnly(true);
        text->setAccessibleName(tr("Note from an earlier version"));
        text->setMaximumHeight(120);
        m_typed.append({text, Design::Type::Body});
        layout->addSpacing(Design::space(4));
        layout->addWidget(label);
        layout->addSpacing(Design::space(2));
        layout->addWidget(text);
    }
}

QString ReflectionView::save(const std::string& questionId, const QString& text)
{
    auto result = m_workspace.store()->notes().save(m_workspace.participantId(), m_bundle.id,
                                                    m_bundle.version, questionId, text.toStdString());
    if (!result.ok())
        return QString::fromStdString(result.error);
    if (text.trimmed().isEmpty())
        m_answered.erase(questionId);
    else
        m_answered.insert(questionId);
    updateCompletion();
    return {};
}

void ReflectionView::updateCompletion()
{
    if (m_completed || !reflectionComplete(m_step, m_answered))
        return;
    m_completed = true;
    const auto status = m_workspace.store()->progress().markCompleted(
        m_workspace.participantId(), {m_bundle.id, m_module.id, m_step.id}, CompletionHow::Alone);
    if (m_workspace.check(status.error))
        Q_EMIT completed();
}

void ReflectionView::showHistory(const std::string& questionId, const QString& questionText)
{
    NoteEditor* editor = m_editors.at(questionId);
    editor->flush();
    auto history = m_workspace.store()->notes().history(m_workspace.participantId(), m_bundle.id, questionId);
    if (!m_workspace.check(history.error))
        return;
    if (history.value->empty()) {
        QMessageBox::information(this, tr("History"),
                                 tr("You have not written anything for this question yet."));
        return;
    }
    NoteHistoryDialog dialog(questionText, *history.value, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenRevision() == 0)
        return;
    auto restored =
        m_workspace.store()->notes().restoreRevision(m_workspace.participantId(), dialog.chosenRevision());
    if (!m_workspace.check(restored.error) || !restored.value)
        return;
    // The restore is a new save: the note says when it happened, and counts as an answer (or not).
    const QString text = dialog.chosenText();
    editor->setStoredText(text);
    editor->showSaved(QDateTime::fromMSecsSinceEpoch(restored.value->savedMs));
    if (text.trimmed().isEmpty())
        m_answered.erase(questionId);
    else
        m_answered.insert(questionId);
    updateCompletion();
}

bool ReflectionView::flush()
{
    bool ok = true;
    for (auto& [id, editor] : m_editors)
        ok = editor->flush() && ok;
    return ok;
}

QString ReflectionView::unsavedText() const
{
    QStringList parts;
    for (const auto& [heading, editor] : m_headed) {
        if (editor->hasUnsavedChanges())
            parts << heading + QStringLiteral("\n\n") + editor->toPlainText();
    }
    return parts.join(QStringLiteral("\n\n\n"));
}

QString ReflectionView::unsavedReason() const
{
    for (const auto& [heading, editor] : m_headed) {
        if (editor->hasUnsavedChanges())
            return editor->lastError();
    }
    return {};
}

void ReflectionView::discardUnsaved()
{
    for (const auto& [heading, editor] : m_headed)
        editor->discardChanges();
}

void ReflectionView::setScale(double scale)
{
    for (const auto& [widget, type] : m_typed)
        Design::setType(widget, type, scale);
    for (QuestionSection* section : m_sections)
        section->setScale(scale);
    m_column->setReadingFont(Design::font(Design::Type::Body, scale));
}

void ReflectionView::followCursor(NoteEditor* editor)
{
    // After the editor has grown (its new height is laid out in posted events), bring the line
    // being written, and a little below it, into view: the page scrolls, not the editor.
    QTimer::singleShot(0, editor, [this, editor] {
        if (!editor->hasFocus())
            return;
        const QRect cursor = editor->cursorRect();
        const QPoint at = editor->viewport()->mapTo(widget(), cursor.center());
        ensureVisible(at.x(), at.y(), 0, cursor.height() + Design::space(5));
    });
}

NoteEditor* ReflectionView::editorFor(const QString& questionId) const
{
    auto it = m_editors.find(questionId.toStdString());
    return it == m_editors.end() ? nullptr : it->second;
}

} // namespace reflekt
