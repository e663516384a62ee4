#include "ui/module/FilmStepView.h"

#include "platform/Workspace.h"
#include "ui/player/FilmPlayer.h"

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace reflekt {

FilmStepView::FilmStepView(Workspace& workspace, const Bundle& bundle, const Module& module, const Step& step,
                           QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_bundle(bundle), m_module(module), m_step(step),
      m_player(new FilmPlayer(FilmPlayer::Mode::Desktop, this))
{
    setObjectName(QStringLiteral("filmStepView"));
    m_player->setObjectName(QStringLiteral("filmPlayer"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_player);
    setFocusProxy(m_player); // opening the step puts the keyboard on the film player, not on this box

    double start = 0;
    const StepRef ref{bundle.id, module.id, step.id};
    auto progress = workspace.store()->progress().stepProgress(workspace.participantId(), ref);
    if (progress.ok() && *progress.value) {
        const StepProgress& p = **progress.value;
        m_completed = p.completed;
        if (p.filmPositionSeconds) {
            start = std::max(0.0, *p.filmPositionSeconds - kResumeRewind);
            // Finished films start again from the beginning rather than at the credits.
            const double duration = p.filmDurationSeconds.value_or(step.durationSeconds);
            if (duration > 0 && *p.filmPositionSeconds >= duration - 1.0)
                start = 0;
        }
    }
    m_player->load(FilmSource::fromStep(workspace, bundle, step), start);
    m_lastSaved = start;
    m_sinceSave.start();
    connect(m_player, &FilmPlayer::watched, this, &FilmStepView::recordWatched);
    connect(m_player, &FilmPlayer::positionChanged, this, &FilmStepView::positionMoved);
}

FilmStepView::~FilmStepView()
{
    // Pausing makes the player hand over the chunk it is still collecting; after that, nothing
    // may reach this half-destroyed view.
    m_player->pause();
    flush();
    disconnect(m_player, nullptr, this, nullptr);
}

void FilmStepView::flush()
{
    if (!m_player || m_player->hasError())
        return;
    const double pos = m_player->position();
    if (std::abs(pos - m_lastSaved) < 0.5)
        return;
    recordWatched(pos, pos); // a position without watched time: resume point only
}

void FilmStepView::positionMoved(double seconds)
{
    // Seeks while paused move the resume point too; save them at most every two seconds.
    if (m_sinceSave.elapsed() >= 2000 && std::abs(seconds - m_lastSaved) >= 1.0)
        recordWatched(seconds, seconds);
}

void FilmStepView::recordWatched(double from, double to)
{
    const double duration = m_player->duration() > 0 ? m_player->duration() : m_step.durationSeconds;
    const double position = m_player->position();
    auto result = m_workspace.store()->progress().recordFilmProgress(
        m_workspace.participantId(), {m_bundle.id, m_module.id, m_step.id}, position,
        WatchedInterval{from, to}, duration, m_step.requiredShare);
    m_sinceSave.restart();
    m_lastSaved = position;
    if (!m_workspace.check(result.error))
        return;
    if (result.value->completedNow && !m_completed) {
        m_completed = true;
        Q_EMIT completed();
    }
}

} // namespace reflekt
