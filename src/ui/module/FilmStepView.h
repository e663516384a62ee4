#pragma once

#include "core/Bundle.h"
#include "ui/player/FilmSource.h"

#include <QElapsedTimer>
#include <QWidget>

namespace reflekt {

class FilmPlayer;
class Workspace;

// A film step for self-study: resumes a few seconds before where the participant stopped, saves
// position and really-watched ranges while playing, and completes the step when the bundle's
// share of distinct seconds has been watched.
class FilmStepView : public QWidget {
    Q_OBJECT
public:
    /** Seconds before the saved position that "continue" starts, so the viewer finds the thread. */
    static constexpr double kResumeRewind = 3.0;

    FilmStepView(Workspace& workspace, const Bundle& bundle, const Module& module, const Step& step,
                 QWidget* parent = nullptr);
    ~FilmStepView() override;

    FilmPlayer* player() const { return m_player; }
    /** Saves the position now (leaving the step, closing the window). */
    void flush();

Q_SIGNALS:
    void completed();

private:
    void recordWatched(double from, double to);
    void positionMoved(double seconds);

    Workspace& m_workspace;
    const Bundle& m_bundle;
    const Module& m_module;
    const Step& m_step;
    FilmPlayer* m_player;
    QElapsedTimer m_sinceSave;
    double m_lastSaved = -1;
    bool m_completed = false;
};

} // namespace reflekt
