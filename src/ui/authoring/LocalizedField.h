#pragma once

#include <QList>
#include <QWidget>

class QLabel;

namespace reflekt {

class EditorDocument;

// One text of the package in every language it has: a row per language, the default first,
// and beside a language that still lacks the text a mark that says so (in words, for a screen
// reader too), so a translator sees at a glance what is left.
class LocalizedField : public QWidget {
    Q_OBJECT
public:
    enum class Shape { Line, Paragraph };
    /** `pointer` names the text's object ("/modules/0/title"); each language is a member of it. */
    LocalizedField(EditorDocument* doc, const QString& pointer, const QString& label, Shape shape,
                   QWidget* parent = nullptr);

    /** The edit of `language`, for tests and for focusing a problem's field. */
    QWidget* editFor(const QString& language) const;
    /** Languages whose text is missing while the default language has one. */
    QStringList missingLanguages() const;

private:
    void updateMarks();

    struct Row {
        QString language;
        QWidget* edit = nullptr;
        QLabel* mark = nullptr;
    };
    EditorDocument* m_doc;
    QString m_pointer;
    QList<Row> m_rows;
};

} // namespace reflekt
