#include "core/DescriptionScheduler.h"

#include <algorithm>
#include <utility>

namespace reflekt {

namespace {
// A seek to a cue's own start (a chapter that begins with a description) still speaks it, though the
// position the player reports back may be a frame early or late.
constexpr double kSeekSlack = 0.05;
// Position reports come some tenths of a second apart: a cue is "reached in time" until this long
// after its start even when a report already lies past its end.
constexpr double kLateSlack = 0.5;
} // namespace

DescriptionScheduler::DescriptionScheduler(std::vector<Cue> cues) : m_cues(std::move(cues))
{
    std::stable_sort(m_cues.begin(), m_cues.end(),
                     [](const Cue& a, const Cue& b) { return a.start < b.start; });
}

DescriptionScheduler::Actions DescriptionScheduler::reset(std::vector<Cue> cues, double position)
{
    Actions actions;
    stopInto(actions);
    *this = DescriptionScheduler(std::move(cues));
    m_next = firstFrom(position);
    return actions;
}

double DescriptionScheduler::holdPoint(std::size_t cue) const
{
    double point = m_cues[cue].end;
    if (cue + 1 < m_cues.size())
        point = std::min(point, m_cues[cue + 1].start);
    return point;
}

std::size_t DescriptionScheduler::firstFrom(double position) const
{
    const auto it = std::find_if(m_cues.begin(), m_cues.end(),
                                 [&](const Cue& c) { return c.start >= position - kSeekSlack; });
    return static_cast<std::size_t>(it - m_cues.begin());
}

void DescriptionScheduler::stopInto(Actions& actions)
{
    if (m_speaking)
        actions.push_back({DescriptionAction::Kind::StopSpeech, 0});
    if (m_holding)
        actions.push_back({DescriptionAction::Kind::ResumeFilm, 0});
    m_speaking.reset();
    m_holding = false;
}

DescriptionScheduler::Actions DescriptionScheduler::advance(double position)
{
    Actions actions;
    if (m_holding)
        return actions; // the film waits; late position reports change nothing
    if (m_speaking) {
        if (position >= holdPoint(*m_speaking)) {
            m_holding = true;
            actions.push_back({DescriptionAction::Kind::PauseFilm, 0});
        }
        return actions;
    }
    while (m_next < m_cues.size() && m_cues[m_next].start <= position) {
        const Cue& cue = m_cues[m_next];
        const std::size_t index = m_next++;
        if (position >= std::max(cue.end, cue.start + kLateSlack))
            continue; // passed over without being reached: a late description would describe the past
        m_speaking = index;
        actions.push_back({DescriptionAction::Kind::Speak, index});
        if (position >= holdPoint(index)) {
            m_holding = true;
            actions.push_back({DescriptionAction::Kind::PauseFilm, 0});
        }
        break;
    }
    return actions;
}

DescriptionScheduler::Actions DescriptionScheduler::seek(double position)
{
    Actions actions;
    stopInto(actions);
    m_next = firstFrom(position);
    return actions;
}

DescriptionScheduler::Actions DescriptionScheduler::speechFinished()
{
    Actions actions;
    m_speaking.reset();
    if (m_holding) {
        m_holding = false;
        actions.push_back({DescriptionAction::Kind::ResumeFilm, 0});
    }
    return actions;
}

DescriptionScheduler::Actions DescriptionScheduler::stop()
{
    Actions actions;
    stopInto(actions);
    return actions;
}

} // namespace reflekt
