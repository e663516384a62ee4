// The watched-stretch bookkeeping of the film player: what counts as really watched.

#include "core/WatchedStretchTracker.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace reflekt;

namespace {

// Plays from `from` to `to` with reports every `step` seconds; returns the stretches handed out.
std::vector<WatchedInterval> play(WatchedStretchTracker& t, double from, double to, double step,
                                  double rate = 1.0)
{
    std::vector<WatchedInterval> out;
    for (double s = from; s <= to + 1e-9; s += step)
        if (auto done = t.report(s, rate))
            out.push_back(*done);
    return out;
}

double total(const std::vector<WatchedInterval>& stretches)
{
    double sum = 0;
    for (const auto& s : stretches)
        sum += s.to - s.from;
    return sum;
}

} // namespace

TEST_CASE("continuous playing is handed out in chunks of about two seconds, nothing lost", "[watched]")
{
    WatchedStretchTracker t;
    t.start(0);
    auto stretches = play(t, 0.25, 10.0, 0.25);
    if (auto last = t.flush())
        stretches.push_back(*last);
    CHECK(total(stretches) == Approx(10.0));
    for (const auto& s : stretches)
        CHECK(s.to - s.from <= WatchedStretchTracker::kChunkSeconds + 1e-9);
    CHECK_FALSE(t.isOpen());
}

TEST_CASE("a jump ahead ends the stretch: the skipped part is not watched", "[watched]")
{
    WatchedStretchTracker t;
    t.start(0);
    CHECK_FALSE(t.report(0.5, 1.0));
    CHECK_FALSE(t.report(1.0, 1.0));
    const auto done = t.report(30.0, 1.0); // the participant dragged the slider to 0:30
    REQUIRE(done);
    CHECK(*done == WatchedInterval{0.0, 1.0});
    CHECK_FALSE(t.report(30.5, 1.0));
    CHECK(t.flush() == WatchedInterval{30.0, 30.5});
}

TEST_CASE("a step back ends the stretch, and faster playing allows longer steps", "[watched]")
{
    WatchedStretchTracker t;
    t.start(10);
    CHECK_FALSE(t.report(11, 1.0));
    CHECK(t.report(5, 1.0) == WatchedInterval{10, 11});
    WatchedStretchTracker fast;
    fast.start(0);
    CHECK_FALSE(fast.report(1.8, 1.5)); // 1.8 s of film in one report is continuous at 1.5×
    CHECK(fast.flush() == WatchedInterval{0, 1.8});
    WatchedStretchTracker normal;
    normal.start(0);
    CHECK_FALSE(normal.report(1.8, 1.0)); // but a jump at 1×: the 1.8 s are not counted
    CHECK_FALSE(normal.flush());
}

TEST_CASE("the end of the film closes the last stretch at the film's end", "[watched]")
{
    WatchedStretchTracker t;
    t.start(98.0);
    CHECK_FALSE(t.report(98.6, 1.0));
    CHECK(t.finishAtEnd(99.0, 1.0) == WatchedInterval{98.0, 99.0});
    WatchedStretchTracker far;
    far.start(50.0);
    CHECK_FALSE(far.report(51.0, 1.0));
    CHECK(far.finishAtEnd(99.0, 1.0) == WatchedInterval{50.0, 51.0}); // too far from the end to extend
}

TEST_CASE("a pause before any progress hands out nothing", "[watched]")
{
    WatchedStretchTracker t;
    CHECK_FALSE(t.flush());
    t.start(12);
    CHECK_FALSE(t.flush());
}
