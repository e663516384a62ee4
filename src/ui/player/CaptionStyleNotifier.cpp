#include "ui/player/CaptionStyleNotifier.h"

namespace reflekt {

CaptionStyleNotifier& CaptionStyleNotifier::instance()
{
    static CaptionStyleNotifier notifier;
    return notifier;
}

void CaptionStyleNotifier::notifyChanged()
{
    Q_EMIT instance().changed();
}

} // namespace reflekt
