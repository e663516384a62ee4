#include "ui/authoring/LocalizedField.h"

#include "ui/authoring/EditorDocument.h"
#include "ui/authoring/FieldBinding.h"
#include "ui/authoring/LanguageNames.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace reflekt {

LocalizedField::LocalizedField(EditorDocument* doc, const QString& pointer, const QString& label, Shape shape,
                               QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_pointer(pointer)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList languages = doc->languages();
    int row = 0;
    for (const QString& language : languages) {
        auto* name = new QLabel(tr("%1, %2").arg(label, languageName(language)), this);
        QWidget* edit = nullptr;
        if (shape == Shape::Line) {
            auto* line = new QLineEdit(this);
            FieldBinding::line(line, doc, pointer + QLatin1Char('/') + language);
            edit = line;
        } else {
            auto* text = new QPlainTextEdit(this);
            text->setTabChangesFocus(true);
            text->setFixedHeight(text->fontMetrics().lineSpacing() * 4 + 12);
            FieldBinding::text(text, doc, pointer + QLatin1Char('/') + language);
            edit = text;
        }
        edit->setObjectName(QStringLiteral("field:%1/%2").arg(pointer, language));
        edit->setAccessibleName(name->text());
        name->setBuddy(edit);
        auto* mark = new QLabel(tr("⚠ Translation missing"), this);
        mark->setObjectName(QStringLiteral("missingMark"));
        mark->setAccessibleName(tr("%1: translation missing").arg(name->text()));
        mark->setVisible(false);
        grid->addWidget(name, row, 0, Qt::AlignTop);
        grid->addWidget(edit, row, 1);
        grid->addWidget(mark, row, 2, Qt::AlignTop);
        m_rows.append({language, edit, mark});
        ++row;
    }
    grid->setColumnStretch(1, 1);
    connect(doc, &EditorDocument::changed, this, &LocalizedField::updateMarks);
    updateMarks();
}

QWidget* LocalizedField::editFor(const QString& language) const
{
    for (const Row& r : m_rows)
        if (r.language == language)
            return r.edit;
    return nullptr;
}

QStringList LocalizedField::missingLanguages() const
{
    QStringList out;
    const QString first = m_doc->defaultLanguage();
    const bool hasDefault = !m_doc->text(m_pointer + QLatin1Char('/') + first).isEmpty();
    for (const Row& r : m_rows)
        if (r.language != first && hasDefault && m_doc->text(m_pointer + QLatin1Char('/') + r.language).isEmpty())
            out << r.language;
    return out;
}

void LocalizedField::updateMarks()
{
    const QStringList missing = missingLanguages();
    for (const Row& r : m_rows)
        r.mark->setVisible(missing.contains(r.language));
}

} // namespace reflekt
