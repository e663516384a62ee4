#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace reflekt {

class EditorDocument;

// Ties one editor widget to one field of the document: what the author types is written at
// once (joined into one undo step per field while typing), and whatever changes the field
// (undo, redo, another form) shows in the widget. The widget carries its pointer as the
// "reflektPointer" property, so a problem in the list can find the field it is about.
class FieldBinding : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kPointerProperty = "reflektPointer";

    static FieldBinding* line(QLineEdit* edit, EditorDocument* doc, const QString& pointer);
    static FieldBinding* text(QPlainTextEdit* edit, EditorDocument* doc, const QString& pointer);
    /** A number field; `zeroIsAbsent` removes the field at 0 (an optional number). */
    static FieldBinding* number(QDoubleSpinBox* box, EditorDocument* doc, const QString& pointer,
                                bool zeroIsAbsent);
    static FieldBinding* integer(QSpinBox* box, EditorDocument* doc, const QString& pointer, bool zeroIsAbsent);
    /** A choice; each item's data is the value written (a string). */
    static FieldBinding* choice(QComboBox* box, EditorDocument* doc, const QString& pointer);

    /** Shows what the document holds now. */
    void refresh();

private:
    enum class Kind { Line, Text, Number, Integer, Choice };
    FieldBinding(QWidget* widget, Kind kind, EditorDocument* doc, const QString& pointer);
    void write();

    QPointer<QWidget> m_widget;
    Kind m_kind;
    EditorDocument* m_doc;
    QString m_pointer;
    bool m_zeroIsAbsent = false;
    bool m_writing = false;
};

} // namespace reflekt
