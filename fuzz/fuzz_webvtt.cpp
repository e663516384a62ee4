// libFuzzer target: the WebVTT parser must report problems, never crash, on any bytes.
#include "core/FileSniffer.h"
#include "core/WebVtt.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    reflekt::VttResult result = reflekt::parseWebVtt(bytes, "fuzz.vtt");
    for (const reflekt::Problem& problem : result.problems)
        (void)problem.toString();

    // What the player relies on: sorted cues with sane times and displayable UTF-8 text.
    for (std::size_t i = 0; i < result.cues.size(); ++i) {
        const reflekt::Cue& cue = result.cues[i];
        if (!(cue.start >= 0.0) || cue.end < cue.start || !reflekt::isValidUtf8(cue.text) ||
            !reflekt::isValidUtf8(cue.id) || (i > 0 && cue.start < result.cues[i - 1].start))
            std::abort();
        // The styled spans are the plain text cut into runs, never more or less.
        std::string joined;
        for (const reflekt::CueSpan& span : cue.spans)
            joined += span.text;
        if (joined != cue.text)
            std::abort();
        if (cue.placement.line && cue.placement.line->percent &&
            !(cue.placement.line->value >= 0.0 && cue.placement.line->value <= 100.0))
            std::abort();
        auto shown = reflekt::cueIndexAt(result.cues, cue.start);
        if (cue.end > cue.start && (!shown || *shown < i))
            std::abort();
    }
    (void)reflekt::sniffBytes(bytes);
    return 0;
}
