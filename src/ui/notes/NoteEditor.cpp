#include "ui/notes/NoteEditor.h"

#include "ui/widgets/StatusColors.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

#include <algorithm>

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
    connect(this, &QPlainTextEdit::textChanged, this, &NoteEditor::updateGrowth);
}

void NoteEditor::setGrowsWithText(int minLines, int maxLines)
{
    m_minLines = std::max(1, minLines);
    m_maxLines = std::max(m_minLines, maxLines);
    m_lines = 0;
    updateGrowth();
}

int NoteEditor::textLines() const
{
    // Laid out the way the editor wraps (at words, or anywhere in a word longer than the line),
    // at the width its text gets inside the document margins.
    const qreal width =
        std::max(qreal(20), viewport()->width() - 2 * document()->documentMargin() - cursorWidth());
    QTextOption option = document()->defaultTextOption();
    option.setWrapMode(wordWrapMode());
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        QTextLayout layout(block.text(), document()->defaultFont());
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            ++lines;
        }
        layout.endLayout();
    }
    return std::max(1, lines);
}

void NoteEditor::updateGrowth()
{
    if (m_maxLines == 0)
        return;
    const int lines = textLines();
    // No scroll bar of its own until the answer is taller than the editor may grow.
    setVerticalScrollBarPolicy(lines > m_maxLines ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    if (lines == m_lines)
        return;
    m_lines = lines;
    updateGeometry();
}

void NoteEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    updateGrowth(); // a new width wraps the text into more or fewer lines
}

void NoteEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_lines = 0;
        updateGrowth();
    }
}

void NoteEditor::setStoredText(const QString& text)
{
    m_loading = true;
    setPlainText(text);
    m_text = toPlainText();
    m_loading = false;
    m_dirty = false;
}

void NoteEditor::edited()
{
    // textChanged also comes when only the look changes (a new font size, margin): not an edit.
    QString now = toPlainText();
    if (m_loading || now == m_text)
        return;
    m_text = std::move(now);
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
            // Quiet while all is well, prominent when it is not: the error colour, bold, with a
            // bar beside it that is seen from the corner of the eye.
            m_status->setStyleSheet(
                QStringLiteral("color: %1; font-weight: 600; border-left: 3px solid %1; padding-left: 8px;")
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
    const int lines = m_maxLines == 0 ? 6 : std::clamp(textLines(), m_minLines, m_maxLines);
    const int room = static_cast<int>(2 * document()->documentMargin()) + 2 * frameWidth();
    return {QPlainTextEdit::sizeHint().width(),
            m_maxLines == 0 ? fontMetrics().lineSpacing() * lines + 2 * frameWidth() + 12
                            : fontMetrics().lineSpacing() * lines + room + 4};
}

void NoteEditor::focusOutEvent(QFocusEvent* event)
{
    flush();
    QPlainTextEdit::focusOutEvent(event);
}

void NoteEditor::appendQuoted(const QString& text)
{
    if (text.isEmpty())
        return;
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    const QString before = toPlainText();
    const bool newLine = !before.isEmpty() && !before.endsWith(QLatin1Char('\n'));
    cursor.insertText((newLine ? QStringLiteral("\n") : QString()) + QStringLiteral("“%1”\n").arg(text));
}

} // namespace reflekt
