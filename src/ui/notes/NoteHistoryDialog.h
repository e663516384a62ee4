#pragma once

#include "store/Note.h"

#include <QDialog>

#include <vector>

class QListWidget;
class QPlainTextEdit;

namespace reflekt {

// The saved versions of one note, newest first; the chosen one can be restored (as a new save,
// so restoring is itself undoable).
class NoteHistoryDialog : public QDialog {
    Q_OBJECT
public:
    NoteHistoryDialog(const QString& question, std::vector<NoteRevision> revisions,
                      QWidget* parent = nullptr);

    /** The revision the user chose to restore, or 0. */
    std::int64_t chosenRevision() const { return m_chosen; }
    QString chosenText() const;

private:
    std::vector<NoteRevision> m_revisions;
    QListWidget* m_list;
    QPlainTextEdit* m_preview;
    std::int64_t m_chosen = 0;
};

} // namespace reflekt
