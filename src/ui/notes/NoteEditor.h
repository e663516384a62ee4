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

    /**
     * Lets the editor grow with its text from `minLines` to `maxLines` lines of its font, without
     * a scroll bar of its own until it is that tall (the page around it scrolls instead). Off by
     * default: the editor is then about six lines high, or whatever its layout gives it.
     */
    void setGrowsWithText(int minLines, int maxLines);
    /** Appends `text` in quotes on a line of its own; saved as if typed. */
    void appendQuoted(const QString& text);
    /** Lines the text takes at the editor's current width (at least 1). */
    int textLines() const;

    /** Six lines of the current font, or the text's own height when growing with it. */
    QSize sizeHint() const override;

Q_SIGNALS:
    void saved();

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void edited();
    void updateGrowth();

    Saver m_saver;
    QLabel* m_status;
    QTimer m_timer;
    QString m_lastError;
    QString m_text; ///< the text when textChanged last came, to tell edits from format changes
    bool m_dirty = false;
    bool m_loading = false;
    int m_minLines = 0;
    int m_maxLines = 0; ///< 0: not growing with the text
    int m_lines = 0;    ///< textLines() when the size was last updated
};

} // namespace reflekt
