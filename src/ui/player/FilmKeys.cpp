#include "ui/player/FilmKeys.h"

#include "ui/player/AudioDescriber.h"
#include "ui/player/FilmPlayer.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QList>

namespace reflekt {

namespace {
constexpr double kSeekStepShort = 5.0;
constexpr double kSeekStepLong = 10.0;
} // namespace

FilmKeys::FilmKeys(FilmPlayer& player) : QObject(&player), m_player(player) {}

void FilmKeys::watchList(QObject* list)
{
    m_list = list;
    list->installEventFilter(this);
}

std::optional<int> FilmKeys::captionSizeStep(const QKeyEvent* event) const
{
    // Ctrl++ (with or without Shift, on the keypad too), Ctrl+= for US keyboards, Ctrl+- and Ctrl+0.
    if (m_player.mode() == FilmPlayer::Mode::Presentation || !(event->modifiers() & Qt::ControlModifier) ||
        event->modifiers() & (Qt::AltModifier | Qt::MetaModifier))
        return std::nullopt;
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        return 1;
    if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus)
        return -1;
    if (event->key() == Qt::Key_0)
        return 0;
    return std::nullopt;
}

bool FilmKeys::claimsShortcut(const QKeyEvent* event) const
{
    return captionSizeStep(event).has_value();
}

bool FilmKeys::handle(const QKeyEvent* event)
{
    if (const auto direction = captionSizeStep(event)) {
        m_player.changeCaptionSize(*direction);
        return true;
    }
    // On the wall the window that holds the player owns every key.
    if (m_player.mode() == FilmPlayer::Mode::Presentation ||
        event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const double position = m_player.position();
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_K:
        m_player.togglePlay();
        return true;
    case Qt::Key_J:
        m_player.seek(position - kSeekStepLong);
        return true;
    case Qt::Key_L:
        m_player.seek(position + kSeekStepLong);
        return true;
    case Qt::Key_Left:
        m_player.seek(position - kSeekStepShort);
        return true;
    case Qt::Key_Right:
        m_player.seek(position + kSeekStepShort);
        return true;
    case Qt::Key_F:
        m_player.setFullScreen(!m_player.isFullScreenMode());
        return true;
    case Qt::Key_C:
        m_player.toggleCaptions();
        return true;
    case Qt::Key_M:
        m_player.setMuted(!m_player.isMuted());
        return true;
    case Qt::Key_D:
        m_player.audioDescriber()->toggle();
        return true;
    case Qt::Key_Escape:
        if (!m_player.isFullScreenMode())
            return false;
        m_player.setFullScreen(false);
        return true;
    default:
        return false;
    }
}

bool FilmKeys::eventFilter(QObject* watched, QEvent* event)
{
    // The transcript list would take J, K, L ... for its type-ahead search; the player keys win.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        static const QList<int> letters{Qt::Key_K, Qt::Key_J, Qt::Key_L, Qt::Key_F, Qt::Key_C, Qt::Key_M, Qt::Key_D};
        if ((letters.contains(key->key()) || key->key() == Qt::Key_Escape) && handle(key))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace reflekt
