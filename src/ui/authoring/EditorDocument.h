#pragma once

#include "core/PackageDocument.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <set>
#include <string>

namespace reflekt {

// The package being edited, for the editor's widgets: PackageDocument with Qt strings and a
// signal after every change, so every field bound to the document shows what it holds now
// (after an undo too). Structural changes (modules, steps, languages) also rebuild the outline.
class EditorDocument : public QObject {
    Q_OBJECT
public:
    explicit EditorDocument(PackageDocument document, QObject* parent = nullptr);

    PackageDocument& core() { return m_doc; }
    const PackageDocument& core() const { return m_doc; }
    QString folder() const;

    QString text(const QString& pointer) const;
    const ManifestJson* find(const QString& pointer) const;
    void setText(const QString& pointer, const QString& text, bool typing = true);
    void set(const QString& pointer, ManifestJson value, bool typing = false);
    void erase(const QString& pointer);

    /** The package's languages, the default first. */
    QStringList languages() const;
    QString defaultLanguage() const;

    /** Runs `edit` (several document calls) as one undo step, then tells the views once.
        `structural`: the outline and the open form are built again (modules, steps, questions). */
    template <typename Edit> void group(Edit&& edit, bool structural = true)
    {
        const auto before = m_doc.revision();
        m_doc.beginGroup();
        edit(m_doc);
        m_doc.endGroup();
        if (m_doc.revision() != before)
            notify(QString(), structural);
    }

    bool canUndo() const { return m_doc.canUndo(); }
    bool canRedo() const { return m_doc.canRedo(); }
    void undo();
    void redo();
    bool isModified() const { return m_doc.isModified(); }
    /** Saves; first, modules added since the last save take their ids from their titles. */
    DocumentSaveResult save();
    /** After an edit made on core() directly. */
    void notify(const QString& pointer, bool structural);

Q_SIGNALS:
    /** Something changed at `pointer` (empty: anywhere). `structural`: modules, steps or languages. */
    void changed(const QString& pointer, bool structural);
    /** An undo or redo changed `pointer`: the editor shows that field. */
    void revisited(const QString& pointer);

private:
    PackageDocument m_doc;
    std::set<std::string> m_savedIds; ///< ids in bundle.json on the disk: never changed
};

} // namespace reflekt
