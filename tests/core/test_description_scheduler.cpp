// When audio description is spoken, and when the film waits for it.
#include "core/DescriptionScheduler.h"

#include <catch2/catch.hpp>

using namespace reflekt;
using Kind = DescriptionAction::Kind;
using Actions = DescriptionScheduler::Actions;

namespace {

Cue cue(double start, double end, const std::string& text)
{
    Cue c;
    c.start = start;
    c.end = end;
    c.text = text;
    return c;
}

// Three descriptions: at 2-4 s, 10-11 s (a short gap) and 20-24 s.
DescriptionScheduler threeCues()
{
    return DescriptionScheduler(
        {cue(2, 4, "A door opens."), cue(10, 11, "Anna waves."), cue(20, 24, "Rain.")});
}

const Actions kNothing{};
Actions speak(std::size_t index)
{
    return {{Kind::Speak, index}};
}

// The film played from `from` to `to` in steps of `step` seconds; what was spoken, in order.
std::vector<std::size_t> play(DescriptionScheduler& s, double from, double to, double step = 0.25)
{
    std::vector<std::size_t> spoken;
    for (double t = from; t <= to + 1e-9; t += step) {
        for (const DescriptionAction& a : s.advance(t)) {
            if (a.kind == Kind::Speak) {
                spoken.push_back(a.cue);
                s.speechFinished(); // quick speech: done before the next report
            }
        }
    }
    return spoken;
}

} // namespace

TEST_CASE("Description scheduler: each cue is spoken once, at its start", "[descriptions]")
{
    DescriptionScheduler s = threeCues();
    CHECK(s.advance(0) == kNothing);
    CHECK(s.advance(1.9) == kNothing);
    CHECK(s.advance(2.05) == speak(0));
    CHECK(s.speaking() == 0u);
    CHECK(s.advance(2.3) == kNothing);     // not again while it is spoken
    CHECK(s.speechFinished() == kNothing); // the film did not wait: nothing to resume
    CHECK(s.advance(3.0) == kNothing);     // nor after
    CHECK(play(s, 3.0, 30) == std::vector<std::size_t>{1, 2});
}

TEST_CASE("Description scheduler: a seek back within a spoken cue does not repeat it", "[descriptions]")
{
    DescriptionScheduler s = threeCues();
    CHECK(play(s, 0, 3) == std::vector<std::size_t>{0});
    CHECK(s.seek(2.5) == kNothing);
    CHECK(play(s, 2.5, 5) == std::vector<std::size_t>{});
    // Back to before its start: it is spoken again.
    s.seek(1.0);
    CHECK(play(s, 1.0, 5) == std::vector<std::size_t>{0});
    // A seek to exactly a cue's start (a chapter there) speaks it, even if reported a frame early.
    s.seek(9.99);
    CHECK(s.advance(10.0) == speak(1));
}

TEST_CASE("Description scheduler: a seek skips the cues passed over and stops speech", "[descriptions]")
{
    DescriptionScheduler s = threeCues();
    CHECK(s.advance(2.1) == speak(0));
    // Forward over the 10 s cue while the first is still spoken: speech stops, 10 s is skipped.
    CHECK(s.seek(15) == Actions{{Kind::StopSpeech, 0}});
    CHECK_FALSE(s.speaking());
    CHECK(play(s, 15, 30) == std::vector<std::size_t>{2});
    // Into the middle of a cue not yet spoken: that cue is passed over too.
    s.seek(10.5);
    CHECK(play(s, 10.5, 19) == std::vector<std::size_t>{});
}

TEST_CASE("Description scheduler: a cue not reached in time is not spoken late", "[descriptions]")
{
    DescriptionScheduler s({cue(1, 1.2, "Flash."), cue(5, 6, "Dark.")});
    // A stalled report: the position jumps from 0.9 to 3 s past the short cue.
    CHECK(s.advance(0.9) == kNothing);
    CHECK(s.advance(3.0) == kNothing);
    CHECK(s.advance(5.1) == speak(1));
}

TEST_CASE("Description scheduler: the film waits for a description longer than its gap", "[descriptions]")
{
    DescriptionScheduler s = threeCues();
    CHECK(s.advance(10.0) == speak(1));
    CHECK(s.advance(10.6) == kNothing);
    // The cue ends at 11 s and speech goes on: extended description, the film pauses.
    CHECK(s.advance(11.02) == Actions{{Kind::PauseFilm, 0}});
    CHECK(s.isHolding());
    CHECK(s.advance(11.1) == kNothing); // a late report while paused changes nothing
    // Speech finishes: the film plays on, and the next cue comes at its time.
    CHECK(s.speechFinished() == Actions{{Kind::ResumeFilm, 0}});
    CHECK_FALSE(s.isHolding());
    CHECK(s.advance(19.9) == kNothing);
    CHECK(s.advance(20.0) == speak(2));
}

TEST_CASE("Description scheduler: the film waits at the next cue's start if that comes first",
          "[descriptions]")
{
    // Back to back: the first must finish before the second begins.
    DescriptionScheduler s({cue(1, 3, "First."), cue(3, 5, "Second.")});
    CHECK(s.holdPoint(0) == Approx(3));
    CHECK(s.advance(1) == speak(0));
    // One report lands past both the end of the first and the start of the second.
    CHECK(s.advance(3.2) == Actions{{Kind::PauseFilm, 0}});
    CHECK(s.speechFinished() == Actions{{Kind::ResumeFilm, 0}});
    CHECK(s.advance(3.25) == speak(1));
}

TEST_CASE("Description scheduler: a seek or turning description off releases a waiting film",
          "[descriptions]")
{
    DescriptionScheduler s = threeCues();
    s.advance(10);
    REQUIRE(s.advance(11.5) == Actions{{Kind::PauseFilm, 0}});
    CHECK(s.seek(0) == Actions{{Kind::StopSpeech, 0}, {Kind::ResumeFilm, 0}});
    CHECK_FALSE(s.isHolding());
    CHECK(play(s, 0, 3) == std::vector<std::size_t>{0});

    s.advance(10);
    s.advance(11.5);
    CHECK(s.stop() == Actions{{Kind::StopSpeech, 0}, {Kind::ResumeFilm, 0}});
    CHECK(s.stop() == kNothing);

    // The user starts the film while it waits: the wait is over, speech goes on to its end.
    s.seek(9);
    s.advance(10);
    s.advance(11.5);
    s.releaseHold();
    CHECK(s.speaking() == 1u);
    CHECK(s.speechFinished() == kNothing);
}

TEST_CASE("Description scheduler: new cues start from the position given", "[descriptions]")
{
    DescriptionScheduler s = threeCues();
    s.advance(2);
    CHECK(s.reset({cue(0, 1, "New."), cue(5, 6, "Newer.")}, 3) == Actions{{Kind::StopSpeech, 0}});
    CHECK(s.cues().size() == 2);
    CHECK(play(s, 3, 7) == std::vector<std::size_t>{1});
}
