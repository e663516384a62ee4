#include "ui/authoring/MarkdownEditor.h"

#include "core/PackageEdits.h"
#include "ui/authoring/EditorDocument.h"
#include "ui/authoring/FieldBinding.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace reflekt {

MarkdownEditor::MarkdownEditor(EditorDocument* doc, const QString& relative, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_relative(relative)
    , m_edit(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("markdownEditor"));
    m_edit->setObjectName(QStringLiteral("markdownText"));
    m_edit->setProperty(FieldBinding::kPointerProperty, QStringLiteral("file:") + relative);
    m_edit->setUndoRedoEnabled(false);
    m_edit->setTabChangesFocus(true);
    m_edit->setAccessibleName(tr("Markdown of %1").arg(relative));
    m_preview->setObjectName(QStringLiteral("markdownPreview"));
    m_preview->setAccessibleName(tr("Preview of %1").arg(relative));
    m_preview->setOpenLinks(false);
    // Images in the text are found where the participant's viewer finds them: beside the file.
    m_preview->setSearchPaths({QFileInfo(QDir(doc->folder()).filePath(relative)).absolutePath(), doc->folder()});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("File: %1").arg(relative), this), 1);
    auto* image = new QPushButton(tr("Insert &image…"), this);
    image->setObjectName(QStringLiteral("insertImageButton"));
    connect(image, &QPushButton::clicked, this, &MarkdownEditor::chooseImage);
    bar->addWidget(image);
    layout->addLayout(bar);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_edit);
    split->addWidget(m_preview);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_writing = true;
        m_doc->core().setFileText(m_relative.toStdString(), m_edit->toPlainText().toStdString(),
                                  EditMerge::WithSameField);
        m_doc->notify(QStringLiteral("file:") + m_relative, false);
        m_writing = false;
        updatePreview();
    });
    connect(doc, &EditorDocument::changed, this, [this] {
        if (!m_writing)
            refresh();
    });
    refresh();
}

void MarkdownEditor::refresh()
{
    const QString text = QString::fromStdString(m_doc->core().fileText(m_relative.toStdString()));
    if (m_edit->toPlainText() != text) {
        const QSignalBlocker block(m_edit);
        m_edit->setPlainText(text);
    }
    updatePreview();
}

void MarkdownEditor::updatePreview()
{
    m_preview->setMarkdown(m_edit->toPlainText());
}

void MarkdownEditor::chooseImage()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Insert an image"), QDir::homePath(),
                                                      tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)"));
    if (!file.isEmpty())
        insertImage(file);
}

bool MarkdownEditor::insertImage(const QString& imageFile)
{
    const ImportedFile copied =
        copyIntoPackage(m_doc->core().folder(), imageFile.toStdString(), "images");
    if (!copied.ok()) {
        QMessageBox::warning(this, tr("Image not inserted"), QString::fromStdString(copied.error));
        return false;
    }
    // Markdown paths are relative to the file they are in.
    const QString fileDir = QFileInfo(QDir(m_doc->folder()).filePath(m_relative)).absolutePath();
    const QString target = QDir(fileDir).relativeFilePath(QDir(m_doc->folder()).filePath(
        QString::fromStdString(copied.relative)));
    const QString alt = QFileInfo(imageFile).completeBaseName();
    m_edit->insertPlainText(QStringLiteral("![%1](%2)").arg(alt, target));
    return true;
}

} // namespace reflekt
