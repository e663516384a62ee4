#pragma once

#include "core/WebVtt.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace reflekt {

/** What the player is to do for audio description, in the order given. */
struct DescriptionAction {
    enum class Kind {
        Speak,      ///< start speaking cue `cue`
        StopSpeech, ///< stop what is being spoken
        PauseFilm,  ///< the film has reached the end of the gap while speech goes on: wait for it
        ResumeFilm, ///< speech that the film waited for is over (or gone): play on
    };
    Kind kind = Kind::Speak;
    std::size_t cue = 0; ///< for Speak: index into the cues

    bool operator==(const DescriptionAction&) const = default;
};

/**
 * Decides when to speak the cues of a description track as the film plays, and when the film must
 * wait for speech ("extended" description). No clock of its own: the player reports the position
 * while the film plays, every seek, and the end of each utterance.
 *
 * - A cue is spoken once, when the position reaches its start. Playing on past a cue that was not
 *   reached in time (the position jumped beyond its end) does not speak it late.
 * - After a seek, the next cue is the first that starts at or after the new position: a seek back
 *   into a cue already spoken does not repeat it, a seek to before its start does; cues passed over
 *   by a seek forward are skipped. A seek stops any speech, and releases a film that was waiting.
 * - While a cue is spoken and the position reaches its end (or the next cue's start, if sooner), the
 *   film pauses; it plays on when speech finishes.
 */
class DescriptionScheduler {
public:
    using Actions = std::vector<DescriptionAction>;

    explicit DescriptionScheduler(std::vector<Cue> cues = {});

    /** New cues (another track or film): stops speech, releases the film, starts from `position`. */
    Actions reset(std::vector<Cue> cues, double position = 0);
    /** The film played on to `position` (seconds). */
    Actions advance(double position);
    /** The user (or a chapter, a transcript line) moved the film to `position`. */
    Actions seek(double position);
    /** The speech engine finished (or gave up on) the utterance. */
    Actions speechFinished();
    /** The user started the film while it waited for speech: speech goes on, the film too. */
    void releaseHold() { m_holding = false; }
    /** Stops speech and releases the film, e.g. when description is turned off. */
    Actions stop();

    const std::vector<Cue>& cues() const { return m_cues; }
    std::optional<std::size_t> speaking() const { return m_speaking; }
    bool isHolding() const { return m_holding; }
    /** Where the film waits for the cue being spoken: its end, or the next cue's start if sooner. */
    double holdPoint(std::size_t cue) const;

private:
    std::size_t firstFrom(double position) const;
    void stopInto(Actions& actions);

    std::vector<Cue> m_cues;
    std::size_t m_next = 0;
    std::optional<std::size_t> m_speaking;
    bool m_holding = false;
};

} // namespace reflekt
