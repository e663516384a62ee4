#include "ui/authoring/EditorDocument.h"

#include "core/PackageEdits.h"

#include <filesystem>

namespace reflekt {

namespace {

std::string utf8(const QString& s)
{
    return s.toStdString();
}

// Changes after which the outline and the open form are built again: the languages (every text
// field has a row per language), a step's type (its form differs). Insertions and removals are
// flagged by their callers. Titles are not: the outline repaints them in place while one types.
bool isStructural(const std::string& pointer)
{
    return pointer.rfind("/languages", 0) == 0 || pointer == "/defaultLanguage" || pointer.ends_with("/type");
}

} // namespace

EditorDocument::EditorDocument(PackageDocument document, QObject* parent)
    : QObject(parent)
    , m_doc(std::move(document))
{
    std::error_code ec;
    if (std::filesystem::exists(m_doc.folder() / "bundle.json", ec))
        m_savedIds = itemIds(m_doc.manifest());
}

DocumentSaveResult EditorDocument::save()
{
    if (settleNewIds(m_doc, m_savedIds, m_doc.text("/defaultLanguage")) > 0)
        notify(QString(), true);
    DocumentSaveResult result = m_doc.save();
    if (result.ok())
        m_savedIds = itemIds(m_doc.manifest());
    return result;
}

QString EditorDocument::folder() const
{
    return QString::fromStdString(m_doc.folder().string());
}

QString EditorDocument::text(const QString& pointer) const
{
    return QString::fromStdString(m_doc.text(utf8(pointer)));
}

const ManifestJson* EditorDocument::find(const QString& pointer) const
{
    return m_doc.find(utf8(pointer));
}

void EditorDocument::setText(const QString& pointer, const QString& text, bool typing)
{
    const std::string p = utf8(pointer);
    const auto before = m_doc.revision();
    const auto slash = p.rfind('/');
    const std::string parent = slash == std::string::npos ? std::string() : p.substr(0, slash);
    const ManifestJson* holder = parent.empty() ? nullptr : m_doc.find(parent);
    if (text.isEmpty() && holder && holder->is_object() && holder->size() == 1 && holder->contains(p.substr(slash + 1))) {
        // The last language of a text (or the last part of the publisher) emptied: the field
        // goes, rather than stay as {}, which would read as a text with no default language.
        m_doc.erase(parent);
    } else {
        m_doc.setText(p, utf8(text), typing ? EditMerge::WithSameField : EditMerge::No);
    }
    if (m_doc.revision() != before)
        notify(pointer, isStructural(p));
}

void EditorDocument::set(const QString& pointer, ManifestJson value, bool typing)
{
    const std::string p = utf8(pointer);
    const auto before = m_doc.revision();
    m_doc.set(p, std::move(value), typing ? EditMerge::WithSameField : EditMerge::No);
    if (m_doc.revision() != before)
        notify(pointer, isStructural(p));
}

void EditorDocument::erase(const QString& pointer)
{
    const auto before = m_doc.revision();
    m_doc.erase(utf8(pointer));
    if (m_doc.revision() != before)
        notify(pointer, true);
}

QStringList EditorDocument::languages() const
{
    QStringList out;
    const QString first = defaultLanguage();
    if (!first.isEmpty())
        out << first;
    if (const ManifestJson* langs = m_doc.find("/languages"); langs && langs->is_array()) {
        for (const auto& l : *langs) {
            if (!l.is_string())
                continue;
            const QString lang = QString::fromStdString(l.get<std::string>());
            if (!lang.isEmpty() && !out.contains(lang))
                out << lang;
        }
    }
    return out;
}

QString EditorDocument::defaultLanguage() const
{
    return text(QStringLiteral("/defaultLanguage"));
}

void EditorDocument::undo()
{
    if (const auto where = m_doc.undo()) {
        notify(QString(), true);
        Q_EMIT revisited(QString::fromStdString(*where));
    }
}

void EditorDocument::redo()
{
    if (const auto where = m_doc.redo()) {
        notify(QString(), true);
        Q_EMIT revisited(QString::fromStdString(*where));
    }
}

void EditorDocument::notify(const QString& pointer, bool structural)
{
    Q_EMIT changed(pointer, structural);
}

} // namespace reflekt
