#pragma once

#include <QImage>
#include <QSize>

#include <memory>

class QStackedWidget;
class QWidget;

namespace reflekt {

class GroupSessionController;
class WallPages;
struct SessionItem;

// What the wall would show for an item, drawn into an image without opening a window: the wall's
// own pages, filled off screen. A film is its poster, or a card with its title and length.
class WallThumbnail {
public:
    explicit WallThumbnail(const GroupSessionController& session);
    ~WallThumbnail();

    /** `item` as a wall of `wallSize` shows it, scaled down to `size`. */
    QImage render(const SessionItem& item, QSize wallSize, QSize size);

private:
    QImage renderFilm(const SessionItem& item, QSize wallSize, QSize size);
    QImage renderPage(QWidget* page, QSize wallSize, QSize size);

    const GroupSessionController& m_session;
    std::unique_ptr<QWidget> m_root;
    QStackedWidget* m_stack = nullptr;
    std::unique_ptr<WallPages> m_pages;
};

} // namespace reflekt
