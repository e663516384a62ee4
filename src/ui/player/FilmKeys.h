#pragma once

#include <QObject>

#include <optional>

class QKeyEvent;

namespace reflekt {

class FilmPlayer;

// The film player's keyboard: Space/K, J/L, the arrows, F, C, M, D (audio description) and Esc, and
// the caption size keys Ctrl++, Ctrl+- and Ctrl+0. Kept apart from the player so the widget is about
// playback; it acts only through the player's public slots. Owned by the player (its Qt parent).
class FilmKeys : public QObject {
    Q_OBJECT
public:
    explicit FilmKeys(FilmPlayer& player);

    // Whether the player claims this ShortcutOverride: the caption size keys must win over the
    // window's Larger/Smaller text shortcuts.
    bool claimsShortcut(const QKeyEvent* event) const;
    // Acts on a key pressed in the player; false when it is none of the player's keys.
    bool handle(const QKeyEvent* event);
    // Takes the player letters from a list (the transcript) before its type-ahead search does.
    void watchList(QObject* list);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // +1, -1 or 0 (normal size) for a caption size key; nothing for any other key.
    std::optional<int> captionSizeStep(const QKeyEvent* event) const;

    FilmPlayer& m_player;
    QObject* m_list = nullptr;
};

} // namespace reflekt
