#include "app/BenchModes.h"

#include "ui/VideoPlayer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace reflekt {

namespace {
double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}
} // namespace

int BenchModes::firstFrame(const QString& file, double playSeconds, const QElapsedTimer& sinceStart)
{
    VideoPlayer player(VideoPlayer::Mode::Desktop);
    player.resize(1280, 800);
    player.show();
    int code = 0;
    QObject::connect(&player, &VideoPlayer::firstFrameShown, &player, [&] {
        std::printf("first-frame-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
        std::fflush(stdout);
        if (playSeconds <= 0) {
            QApplication::quit();
            return;
        }
        player.play();
        QTimer::singleShot(static_cast<int>(playSeconds * 1000), &player, [&] {
            std::printf("played-seconds %.1f position %.1f peak-rss-mb %.1f\n", playSeconds,
                        player.position(), peakRssMb());
            std::fflush(stdout);
            QApplication::quit();
        });
    });
    QObject::connect(&player, &VideoPlayer::errorOccurred, &player, [&](const QString& message) {
        std::fprintf(stderr, "error: %s\n", qPrintable(message));
        code = 1;
        QApplication::quit();
    });
    FilmSource film;
    film.videoPath = QFileInfo(file).absoluteFilePath();
    player.load(film, 0);
    QApplication::exec();
    return code;
}

} // namespace reflekt
