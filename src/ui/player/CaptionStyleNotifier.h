#pragma once

#include <QObject>

namespace reflekt {

// Tells every open film player that the caption style in the settings changed (from the Settings
// dialog, the player's Caption style dialog, or Ctrl++ in another player), so the caption on
// screen follows at once. The players read the new style from Settings themselves.
class CaptionStyleNotifier : public QObject {
    Q_OBJECT
public:
    static CaptionStyleNotifier& instance();

    // Call after writing the caption style (or the wall's caption size) to Settings.
    static void notifyChanged();

Q_SIGNALS:
    void changed();

private:
    CaptionStyleNotifier() = default;
};

} // namespace reflekt
