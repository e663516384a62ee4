#include "ui/authoring/FieldBinding.h"

#include "ui/authoring/EditorDocument.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>

namespace reflekt {

FieldBinding::FieldBinding(QWidget* widget, Kind kind, EditorDocument* doc, const QString& pointer)
    : QObject(widget)
    , m_widget(widget)
    , m_kind(kind)
    , m_doc(doc)
    , m_pointer(pointer)
{
    widget->setProperty(kPointerProperty, pointer);
    connect(doc, &EditorDocument::changed, this, [this] {
        if (!m_writing)
            refresh();
    });
}

FieldBinding* FieldBinding::line(QLineEdit* edit, EditorDocument* doc, const QString& pointer)
{
    auto* b = new FieldBinding(edit, Kind::Line, doc, pointer);
    connect(edit, &QLineEdit::textEdited, b, &FieldBinding::write);
    b->refresh();
    return b;
}

FieldBinding* FieldBinding::text(QPlainTextEdit* edit, EditorDocument* doc, const QString& pointer)
{
    auto* b = new FieldBinding(edit, Kind::Text, doc, pointer);
    // The editor's own undo would fight the document's: Ctrl+Z belongs to the package.
    edit->setUndoRedoEnabled(false);
    connect(edit, &QPlainTextEdit::textChanged, b, &FieldBinding::write);
    b->refresh();
    return b;
}

FieldBinding* FieldBinding::number(QDoubleSpinBox* box, EditorDocument* doc, const QString& pointer,
                                   bool zeroIsAbsent)
{
    auto* b = new FieldBinding(box, Kind::Number, doc, pointer);
    b->m_zeroIsAbsent = zeroIsAbsent;
    connect(box, &QDoubleSpinBox::valueChanged, b, &FieldBinding::write);
    b->refresh();
    return b;
}

FieldBinding* FieldBinding::integer(QSpinBox* box, EditorDocument* doc, const QString& pointer, bool zeroIsAbsent)
{
    auto* b = new FieldBinding(box, Kind::Integer, doc, pointer);
    b->m_zeroIsAbsent = zeroIsAbsent;
    connect(box, &QSpinBox::valueChanged, b, &FieldBinding::write);
    b->refresh();
    return b;
}

FieldBinding* FieldBinding::choice(QComboBox* box, EditorDocument* doc, const QString& pointer)
{
    auto* b = new FieldBinding(box, Kind::Choice, doc, pointer);
    connect(box, &QComboBox::activated, b, &FieldBinding::write);
    b->refresh();
    return b;
}

void FieldBinding::write()
{
    if (!m_widget)
        return;
    m_writing = true;
    switch (m_kind) {
    case Kind::Line:
        m_doc->setText(m_pointer, static_cast<QLineEdit*>(m_widget.data())->text());
        break;
    case Kind::Text:
        m_doc->setText(m_pointer, static_cast<QPlainTextEdit*>(m_widget.data())->toPlainText());
        break;
    case Kind::Number: {
        const double v = static_cast<QDoubleSpinBox*>(m_widget.data())->value();
        if (m_zeroIsAbsent && v == 0)
            m_doc->erase(m_pointer);
        else
            m_doc->set(m_pointer, v, true);
        break;
    }
    case Kind::Integer: {
        const int v = static_cast<QSpinBox*>(m_widget.data())->value();
        if (m_zeroIsAbsent && v == 0)
            m_doc->erase(m_pointer);
        else
            m_doc->set(m_pointer, v, true);
        break;
    }
    case Kind::Choice: {
        const QString v = static_cast<QComboBox*>(m_widget.data())->currentData().toString();
        m_doc->setText(m_pointer, v, false);
        break;
    }
    }
    m_writing = false;
}

void FieldBinding::refresh()
{
    if (!m_widget)
        return;
    const ManifestJson* v = m_doc->find(m_pointer);
    const QString s = m_doc->text(m_pointer);
    switch (m_kind) {
    case Kind::Line: {
        auto* edit = static_cast<QLineEdit*>(m_widget.data());
        if (edit->text() != s) {
            const QSignalBlocker block(edit);
            edit->setText(s);
        }
        break;
    }
    case Kind::Text: {
        auto* edit = static_cast<QPlainTextEdit*>(m_widget.data());
        if (edit->toPlainText() != s) {
            const QSignalBlocker block(edit);
            edit->setPlainText(s);
        }
        break;
    }
    case Kind::Number: {
        auto* box = static_cast<QDoubleSpinBox*>(m_widget.data());
        const double d = v && v->is_number() ? v->get<double>() : 0.0;
        if (std::abs(box->value() - d) > 1e-9) {
            const QSignalBlocker block(box);
            box->setValue(d);
        }
        break;
    }
    case Kind::Integer: {
        auto* box = static_cast<QSpinBox*>(m_widget.data());
        const int i = v && v->is_number() ? static_cast<int>(std::lround(v->get<double>())) : 0;
        if (box->value() != i) {
            const QSignalBlocker block(box);
            box->setValue(i);
        }
        break;
    }
    case Kind::Choice: {
        auto* box = static_cast<QComboBox*>(m_widget.data());
        int index = box->findData(s);
        if (index < 0 && !s.isEmpty()) {
            // A value this editor does not list (a newer format's): shown and kept as it is.
            box->addItem(s, s);
            index = box->count() - 1;
        }
        if (box->currentIndex() != index) {
            const QSignalBlocker block(box);
            box->setCurrentIndex(index);
        }
        break;
    }
    }
}

} // namespace reflekt
