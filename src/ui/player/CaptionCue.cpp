#include "ui/player/CaptionCue.h"

#include "core/WebVtt.h"

namespace reflekt {

CaptionCue CaptionCue::fromCue(const Cue& cue)
{
    CaptionCue caption;
    caption.placement = cue.placement;
    for (const CueSpan& span : cue.spans) {
        const QString part = QString::fromStdString(span.text);
        if (span.italic || span.bold || span.underline) {
            caption.spans.append({static_cast<int>(caption.text.size()), static_cast<int>(part.size()),
                                  span.italic, span.bold, span.underline});
        }
        caption.text += part;
    }
    if (cue.spans.empty()) // a Cue made by hand, not by the parser
        caption.text = QString::fromStdString(cue.text);
    return caption;
}

CaptionCue CaptionCue::plain(const QString& text)
{
    CaptionCue caption;
    caption.text = text;
    return caption;
}

} // namespace reflekt
