#pragma once

#include "core/CueMarkup.h"

#include <QList>
#include <QString>

#include <optional>

namespace reflekt {

struct Cue;

// The caption on screen, in Qt's terms: the plain text (what the accessible description, the
// transcript and search use), its styled runs as offsets into that text, and where the cue asks
// to be placed. Empty between cues.
struct CaptionCue {
    struct Span {
        int start = 0;
        int length = 0;
        bool italic = false;
        bool bold = false;
        bool underline = false;

        bool operator==(const Span&) const = default;
    };

    QString text;
    QList<Span> spans; // only the styled runs; plain text needs none
    CuePlacement placement;

    bool operator==(const CaptionCue&) const = default;
    bool isEmpty() const { return text.isEmpty(); }

    static CaptionCue fromCue(const Cue& cue);
    // Unstyled text, placed as the viewer chose.
    static CaptionCue plain(const QString& text);
};

} // namespace reflekt
