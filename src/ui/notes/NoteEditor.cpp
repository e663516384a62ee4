#include "ui/notes/NoteEditor.h"

#include "ui/widgets/StatusColors.h"

#include <QLabel>
#include <QLocale>
#include <QDateTime>

namespace reflekt {

NoteEditor::NoteEditor(Saver saver, QLabel* status, QWidget* parent)
    : QPlainTextEdit(parent), m_saver(std::move(saver)), m_status(status)
{
    setTabChangesFocus(true);
    setPlaceholderText(tr("Write your thoughts here. They are saved as you type."));
    QPalette hint = palette(); // Qt's half-transparent placeholder reads at under 4.5:1
    hint.setColor(QPalette::PlaceholderText, StatusColors::mutedText(hint, QPalette::Base));
    setPalette(hint);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kAutosaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &NoteEditor::flush);
    connect(this, &QPlainTextEdit::textChanged, this, &NoteEditor::edited);
}

void NoteEditor::setStoredText(const QString& text)
{
    m_loading = true;
    setPlainText(text);
    m_loading = false;
    m_dirty = false;
}

void NoteEditor::edited()
{
    if (m_loading)
        return;
    m_dirty = true;
    if (m_status)
        m_status->setText(tr("Editing…"));
    m_timer.start();
}

bool NoteEditor::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return true;
    const QString error = m_saver(toPlainText());
    m_lastError = error;
    if (!error.isEmpty()) {
        if (m_status) {
            m_status->setText(
                tr("Not saved: %1. Your text is still here; it will be saved again with your next "
                   "change.")
                    .arg(error));
            m_status->setStyleSheet(
                QStringLiteral("color: %1;")
                    .arg(StatusColors::errorText(m_status->palette().color(QPalette::Window)).name()));
        }
        return false;
    }
    m_dirty = false;
    showSaved(QDateTime::currentDateTime());
    Q_EMIT saved();
    return true;
}

void NoteEditor::showSaved(const QDateTime& when)
{
    m_lastError.clear();
    if (!m_status)
        return;
    m_status->setStyleSheet({});
    m_status->setText(tr("Saved %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat)));
}

void NoteEditor::discardChanges()
{
    m_timer.stop();
    m_dirty = false;
}

QSize NoteEditor::sizeHint() const
{
    const int lines = 6;
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * lines + 2 * frameWidth() + 12};
}

void NoteEditor::focusOutEvent(QFocusEvent* event)
{
    flush();
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace reflekt
