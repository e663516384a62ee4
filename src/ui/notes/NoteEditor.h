#pragma once

#include <QPlainTextEdit>
#include <QTimer>

#include <functional>

class QDateTime;
class QLabel;

namespace reflekt {

// A reflection note that saves itself: about a second after the last keystroke, when the field
// loses focus, and when flush() is called (on close). A failed save keeps the text in the editor,
// says why, and is retried on the next change or flush.
class NoteEditor : public QPlainTextEdit {
    Q_OBJECT
public:
    /** Saves the text durably; returns "" on success or a message for the user. */
    using Saver = std::function<QString(const QString& text)>;

    NoteEditor(Saver saver, QLabel* status, QWidget* parent = nullptr);

    /** Sets the stored text without counting it as an edit. */
    void setStoredText(const QString& text);
    /** Saves now if there are unsaved changes. False if saving failed. */
    bool flush();
    bool hasUnsavedChanges() const { return m_dirty; }
    /** Forgets that the text is unsaved (the participant chose to let it go); saves nothing. */
    void discardChanges();
    /** Says under the note that it was saved at `when` (a restore from History is a save too). */
    void showSaved(const QDateTime& when);
    /** Why the last save failed; "" after a successful one. */
    QString lastError() const { return m_lastError; }

    static constexpr int kAutosaveDelayMs = 900;

    /** About six lines of the current font: room to think without a wall of empty boxes. */
    QSize sizeHint() const override;

Q_SIGNALS:
    void saved();

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void edited();

    Saver m_saver;
    QLabel* m_status;
    QTimer m_timer;
    QString m_lastError;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace reflekt
