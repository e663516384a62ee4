#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTextBrowser;

namespace reflekt {

class EditorDocument;

// A Markdown file of the package, written on the left and shown on the right as the participant
// will see it, as one types. Images are inserted from files (copied into the package's images/
// folder). The text is the document's, so Ctrl+Z undoes it with every other edit.
class MarkdownEditor : public QWidget {
    Q_OBJECT
public:
    /** `relative`: the file's path in the package ("text/intro.sv.md"). */
    MarkdownEditor(EditorDocument* doc, const QString& relative, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_edit; }
    QTextBrowser* preview() const { return m_preview; }
    /** Copies `imageFile` into the package and puts a Markdown image at the cursor. */
    bool insertImage(const QString& imageFile);

private:
    void chooseImage();
    void refresh();
    void updatePreview();

    EditorDocument* m_doc;
    QString m_relative;
    QPlainTextEdit* m_edit;
    QTextBrowser* m_preview;
    bool m_writing = false;
};

} // namespace reflekt
