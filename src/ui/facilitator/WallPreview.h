#pragma once

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;

namespace reflekt {

class FilmPlayer;
class GroupSessionController;
class PresentationWindow;
class WallThumbnail;

// The console's small pictures of the wall, as in a presenter console: what the room sees now
// (true black while blanked) and what the next item will show. The live picture is redrawn when
// the item or the blanking changes, when the console asks, and a few times a second while a film
// plays; never while the console is hidden or minimised.
class WallPreview : public QWidget {
    Q_OBJECT
public:
    WallPreview(GroupSessionController& session, PresentationWindow* wall, QWidget* parent = nullptr);
    ~WallPreview() override;

    QImage liveImage() const { return m_live; }
    QImage nextImage() const { return m_next; }

public Q_SLOTS:
    /** Redraws the live picture once the wall has handled what just happened. */
    void refreshSoon();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshLive();
    void refreshNext();
    void followFilm(FilmPlayer* player);
    QSize wallSize() const;

    GroupSessionController& m_session;
    QPointer<PresentationWindow> m_wall;
    QPointer<FilmPlayer> m_player;
    std::unique_ptr<WallThumbnail> m_thumbnail;
    QLabel* m_liveLabel = nullptr;
    QLabel* m_nextLabel = nullptr;
    QImage m_live;
    QImage m_next;
    QTimer m_soon;
    QTimer m_filmTimer;
    bool m_stale = true;
};

} // namespace reflekt
