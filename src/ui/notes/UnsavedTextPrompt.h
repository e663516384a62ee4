#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace reflekt {

// What to do with reflection text that could not be saved (a full disk, a damaged database) when
// the participant wants to leave it: save a copy as a text file somewhere else, stay, or let it
// go. Nothing is dropped without the participant's word.
class UnsavedTextPrompt {
    Q_DECLARE_TR_FUNCTIONS(UnsavedTextPrompt)

public:
    /**
     * Asks. `text` is what would be lost, `reason` why saving failed. True when the text was saved
     * to a file or the participant chose to discard it; false to stay where they are.
     */
    static bool mayLeave(QWidget* parent, const QString& text, const QString& reason);

    /** Writes `text` to `file` as UTF-8, durably, and reads it back. "" on success, else why not. */
    static QString saveCopy(const QString& file, const QString& text);
};

} // namespace reflekt
