#pragma once

#include "export/ExportRequest.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace reflekt {

class Workspace;

// File > Export notes…: the current profile's notes (never another's) for this module, this
// package, everything, or a group session they were part of, as PDF, ODT or Markdown.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /** `bundleId` / `moduleId`: what the main window shows now; either may be empty. */
    ExportDialog(Workspace& workspace, const QString& bundleId, const QString& moduleId,
                 QWidget* parent = nullptr);

    /**
     * Chooses the minutes of group session `sessionId`. False (and nothing changes) when the
     * current profile was not part of that session, so the dialog does not list it.
     */
    bool preselectSession(qint64 sessionId);

    /** The button that runs the export (a clicker's forward button presses it). */
    QPushButton* exportButton() const { return m_export; }

    /** Whether a finished export says where the file is (and offers to open it): on by default;
        the facilitator console says it itself, in a clicker-safe way. */
    void setSayWhenDone(bool say) { m_sayWhenDone = say; }

    /** The file written by the last successful export, or empty. */
    QString exportedFile() const { return m_exportedFile; }

public Q_SLOTS:
    /** Runs the export; closes the dialog only when the file was written. */
    void accept() override;

private:
    void addScopes();
    void addSessions();
    void chooseFile();
    void updateControls();
    void updateDefaultPath();
    QString defaultBaseName() const;
    ExportScope scope() const;
    ExportFormat format() const;
    ExportRequest request() const;
    bool confirmOverwrite(const QString& path);
    void sayWhereItIs(const QString& path);

    Workspace& m_workspace;
    QString m_bundleId;
    QString m_moduleId;
    QString m_exportedFile;
    QString m_confirmedPath; ///< chosen in the file dialog, which already asked about replacing it
    bool m_pathEdited = false;
    bool m_sayWhenDone = true;

    QLabel* m_profile = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_session = nullptr;
    QLabel* m_sessionLabel = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_pageSize = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QCheckBox* m_open = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace reflekt
