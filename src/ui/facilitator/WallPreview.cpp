#include "ui/facilitator/WallPreview.h"

#include "ui/facilitator/GroupSessionController.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/facilitator/WallThumbnail.h"
#include "ui/player/FilmPlayer.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QTextBrowser>

namespace reflekt {

namespace {

constexpr QSize kLiveSize(240, 135);
constexpr QSize kNextSize(160, 90);

QLabel* makePicture(const QString& name, const QString& accessible, QSize size, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    label->setFixedSize(size);
    label->setAlignment(Qt::AlignCenter);
    label->setFocusPolicy(Qt::NoFocus);
    label->setStyleSheet(QStringLiteral("background: #000000; border: 1px solid palette(mid);"));
    return label;
}

QLabel* makeCaption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

} // namespace

WallPreview::WallPreview(GroupSessionController& session, PresentationWindow* wall, QWidget* parent)
    : QWidget(parent), m_session(session), m_wall(wall), m_thumbnail(std::make_unique<WallThumbnail>(session))
{
    setObjectName(QStringLiteral("wallPreviews"));
    m_liveLabel = makePicture(QStringLiteral("wallPreview"), tr("What the wall shows now"), kLiveSize, this);
    m_nextLabel = makePicture(QStringLiteral("nextPreview"), tr("What the wall shows next"), kNextSize, this);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    grid->addWidget(makeCaption(tr("On the wall"), this), 0, 0);
    grid->addWidget(makeCaption(tr("Next"), this), 0, 1);
    grid->addWidget(m_liveLabel, 1, 0, Qt::AlignTop);
    grid->addWidget(m_nextLabel, 1, 1, Qt::AlignTop);

    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &WallPreview::refreshLive);
    m_filmTimer.setInterval(400); // a few pictures a second are enough to follow a film
    connect(&m_filmTimer, &QTimer::timeout, this, &WallPreview::refreshLive);
    connect(&session, &GroupSessionController::currentChanged, this, [this] {
        refreshSoon();
        refreshNext();
    });
    connect(&session, &GroupSessionController::blankChanged, this, &WallPreview::refreshSoon);
    connect(&session, &GroupSessionController::wallTimerVisibleChanged, this, &WallPreview::refreshSoon);
    if (wall) {
        // A long text pages on the wall without a new item.
        if (auto* text = wall->findChild<QTextBrowser*>(QStringLiteral("presentationText")))
            connect(text->verticalScrollBar(), &QScrollBar::valueChanged, this, &WallPreview::refreshSoon);
        connect(wall, &PresentationWindow::filmChanged, this, &WallPreview::followFilm);
        followFilm(wall->player());
    }
    refreshNext();
    refreshSoon();
}

WallPreview::~WallPreview() = default;

QSize WallPreview::wallSize() const
{
    return m_wall ? m_wall->size() : QSize(960, 540);
}

void WallPreview::followFilm(FilmPlayer* player)
{
    if (m_player)
        m_player->disconnect(this);
    m_player = player;
    m_filmTimer.stop();
    if (!player)
        return;
    const auto follow = [this](bool playing) {
        if (playing)
            m_filmTimer.start();
        else
            m_filmTimer.stop();
        refreshSoon();
    };
    connect(player, &FilmPlayer::playingChanged, this, follow);
    connect(player, &FilmPlayer::firstFrameShown, this, &WallPreview::refreshSoon);
    follow(player->isPlaying());
}

void WallPreview::refreshSoon()
{
    m_soon.start();
}

void WallPreview::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshSoon();
}

void WallPreview::refreshLive()
{
    // Drawing the wall costs; nobody sees the picture while the console is hidden or minimised.
    if (!isVisible() || window()->isMinimized()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QSize size = m_liveLabel->contentsRect().size();
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    if (m_wall && !m_session.isBlank()) {
        // Drawn straight at the small size (a scaled painter), never grabbed full size and shrunk.
        const QSize wall = wallSize();
        const double scale = std::min(static_cast<double>(size.width()) / wall.width(),
                                      static_cast<double>(size.height()) / wall.height());
        QPainter painter(&image);
        painter.translate((size.width() - wall.width() * scale) / 2,
                          (size.height() - wall.height() * scale) / 2);
        painter.scale(scale, scale);
        m_wall->render(&painter);
    }
    m_live = image;
    m_liveLabel->setPixmap(QPixmap::fromImage(image));
}

void WallPreview::refreshNext()
{
    const SessionItem* next = m_session.nextItem();
    const QSize size = m_nextLabel->contentsRect().size();
    if (next) {
        m_next = m_thumbnail->render(*next, wallSize(), size);
        m_nextLabel->setPixmap(QPixmap::fromImage(m_next));
        m_nextLabel->setToolTip(QString());
    } else {
        m_next = QImage(size, QImage::Format_RGB32);
        m_next.fill(Qt::black);
        m_nextLabel->setPixmap(QPixmap::fromImage(m_next));
    }
}

} // namespace reflekt
