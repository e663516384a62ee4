#pragma once

#include "ui/facilitator/PresentationWindow.h"

#include <QAbstractButton>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <map>
#include <memory>

class QAbstractButton;
class QCheckBox;
class QDialog;
class QComboBox;
class QLabel;
class QPushButton;
class QWidget;

namespace reflekt {

class ConsoleBanners;
class EndTimePanel;
class FacilitatorGuide;
class FilmRemote;
class GroupSessionController;
class NoteEditor;
class RoomController;
class RoomPanel;
class ScreenChooser;
class FilmPlayer;
class WallPreview;
class Workspace;

// The laptop's window during a group session: what is on the wall now and what comes next (in
// words and as small pictures), the module's facilitator guide at the current step's section, a
// list of every item to jump to, the time of day and the clocks against the planned minutes and an
// optional end time, film controls that act on the wall, and the group's note for the current
// question, saved as they type. It owns the
// session and the presentation window, and ends both when the facilitator says so.
class FacilitatorConsole : public QWidget {
    Q_OBJECT
public:
    /** Takes a started session; opens the presentation on the second screen if there is one. */
    explicit FacilitatorConsole(std::unique_ptr<GroupSessionController> session, QWidget* parent = nullptr);
    ~FacilitatorConsole() override;

    /**
     * Asks for the session (SessionSetupDialog), starts it and opens both windows (deleted when
     * the session ends). nullptr if cancelled or the session could not start.
     */
    static FacilitatorConsole* launch(Workspace& workspace, const QString& bundleId, const QString& moduleId,
                                      QWidget* parent = nullptr);

    GroupSessionController& session() const { return *m_session; }
    PresentationWindow* presentation() const { return m_presentation; }
    NoteEditor* noteEditor() const { return m_note; }
    RoomController* room() const { return m_room; }
    RoomPanel* roomPanel() const { return m_roomPanel; }

    ScreenChooser* screenChooser() const { return m_screens; }

    /** Hides `window` (the main window) while the session runs; it is shown again at the end. */
    void hideDuringSession(QWidget* window);

public Q_SLOTS:
    /** Asks whether to finish (crediting attendees), keep the session open, or go back. */
    void requestEnd();

Q_SIGNALS:
    void sessionClosed();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createTopBar();
    void showBlank(bool blank);
    bool noteHasFocus() const;
    void restoreHiddenWindow();
    QWidget* createNotes();
    void showItem(int index);
    /** Saves the open group note; if that fails, keeps its text for a later try. */
    void keepOrSaveNote();
    /** Tries again to save the group notes kept after a failed save. */
    void retryKeptNotes();
    void updateClocks();
    void offerMinutes();
    int execWithClicker(QDialog& dialog, QAbstractButton* forward);
    void closeSession();
    QString currentItemDetail() const;

    std::unique_ptr<GroupSessionController> m_session;
    QPointer<PresentationWindow> m_presentation;
    QTimer m_tick;
    QLabel* m_current = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_sessionClock = nullptr;
    QLabel* m_itemClock = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_forward = nullptr;
    QPushButton* m_blank = nullptr;
    QCheckBox* m_wallTimer = nullptr;
    ScreenChooser* m_screens = nullptr;
    FilmRemote* m_film = nullptr;
    NoteEditor* m_note = nullptr;
    QLabel* m_noteStatus = nullptr;
    QLabel* m_noteLabel = nullptr;
    QString m_noteQuestion;
    /** Group notes whose save failed (a full disk), by question id: kept until a save succeeds. */
    std::map<QString, QString> m_keptNotes;
    QString m_keptReason;
    FacilitatorGuide* m_guide = nullptr;
    WallPreview* m_preview = nullptr;
    EndTimePanel* m_endTime = nullptr;
    QPointer<QAbstractButton> m_clickerButton;
    QPointer<QWidget> m_hiddenWindow;
    ConsoleBanners* m_banners = nullptr;
    RoomController* m_room = nullptr;
    RoomPanel* m_roomPanel = nullptr;
    bool m_ending = false;
    bool m_closed = false;
};

} // namespace reflekt
