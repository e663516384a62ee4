#pragma once

#include "ui/player/FilmPlayer.h"

#include <QPointer>
#include <QWidget>

#include <map>
#include <memory>

class QLabel;
class QScreen;
class QStackedWidget;
class QVBoxLayout;

namespace reflekt {

class GroupSessionController;
class RoomController;
class RoomWallAnswers;
class RoomWallPanel;
class WallPages;

// The wall: what the projector shows during a group session. A title card, the film with large
// captions (the only place its sound plays), texts and reflection questions in type sized from
// the window height, a blank screen, and a discussion timer the facilitator can hide. It only
// ever shows the package's own content: never a profile, a name or a personal note.
class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    explicit PresentationWindow(GroupSessionController& session, QWidget* parent = nullptr);
    ~PresentationWindow() override;

    /** The film player of the current film item, or nullptr. */
    FilmPlayer* player() const { return m_player; }
    /** Full screen on `screen`, or an ordinary window there (rehearsing on one screen). */
    void placeOn(QScreen* screen, bool fullScreen);
    /** Lets the window close for real (the session has ended). */
    void allowClose() { m_allowClose = true; }
    /** Shows the room's QR code beside questions while it is open, and the answers put on the wall. */
    void setRoom(RoomController* room);
    RoomWallPanel* roomPanel() const { return m_roomPanel; }
    RoomWallAnswers* roomAnswers() const { return m_roomAnswers; }

    /** Pixel sizes for the current height, exposed so tests can check the type scales. */
    int questionPixelSize() const;
    int titlePixelSize() const;

Q_SIGNALS:
    void filmChanged(reflekt::FilmPlayer* player);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showItem(int index);
    void showFilm(int stepIndex);
    void releaseFilm();
    void applyBlank(bool blank);
    void applySizes();
    void updateTimer();
    bool page(int direction);
    void updateRoom();

    GroupSessionController& m_session;
    QStackedWidget* m_stack;
    std::unique_ptr<WallPages> m_pages;
    QWidget* m_filmPage = nullptr;
    QVBoxLayout* m_filmLayout = nullptr;
    QPointer<FilmPlayer> m_player;
    int m_filmStep = -1;
    std::map<int, double> m_filmPositions;
    QWidget* m_blankPage = nullptr;
    QLabel* m_timer = nullptr;
    QWidget* m_beforeBlank = nullptr;
    bool m_allowClose = false;
    QPointer<RoomController> m_room;
    RoomWallPanel* m_roomPanel = nullptr;
    RoomWallAnswers* m_roomAnswers = nullptr;
};

} // namespace reflekt
