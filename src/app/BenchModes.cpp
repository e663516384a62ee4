#include "app/BenchModes.h"

#include "ui/player/FilmPlayer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace reflekt {

namespace {
double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

QByteArray number(double value, int decimals)
{
    return QByteArray::number(value, 'f', decimals);
}
} // namespace

int BenchModes::firstFrame(const QString& file, double playSeconds, const QSize& pictureSize,
                           const QElapsedTimer& sinceStart)
{
    const bool exactPicture = pictureSize.isValid() && !pictureSize.isEmpty();
    FilmPlayer player(exactPicture ? FilmPlayer::Mode::Presentation : FilmPlayer::Mode::Desktop);
    if (exactPicture) {
        player.setWindowFlags(Qt::Window | Qt::FramelessWindowHint);
        player.setGeometry(QRect(QPoint(0, 0), pictureSize));
    } else {
        player.resize(1280, 800);
    }
    player.show();
    int code = 0;
    QObject::connect(&player, &FilmPlayer::firstFrameShown, &player, [&] {
        printFigure("first-frame", sinceStart);
        if (playSeconds <= 0) {
            QApplication::quit();
            return;
        }
        const FilmPlayer::FrameStats atStart = player.frameStats();
        const double startPosition = player.position();
        player.play();
        QTimer::singleShot(static_cast<int>(playSeconds * 1000), &player, [&, atStart, startPosition] {
            // Figures in the C locale whatever the user's (Qt set LC_NUMERIC from the environment,
            // so printf would write 12,0 under sv_SE).
            std::printf("played-seconds %s position %s peak-rss-mb %s\n", number(playSeconds, 1).constData(),
                        number(player.position(), 1).constData(), number(peakRssMb(), 1).constData());
            // Frames the film holds over the stretch played, against those the sink delivered and
            // those drawn: a frame GStreamer dropped as late is never delivered; one delivered while
            // an earlier one waited to be drawn is replaced, not drawn.
            const FilmPlayer::FrameStats stats = player.frameStats();
            const double expected = stats.frameRate * (player.position() - startPosition);
            std::printf("frames rate %s expected %s delivered %d painted %d direct %s\n",
                        number(stats.frameRate, 3).constData(), number(expected, 0).constData(), stats.delivered - atStart.delivered, stats.painted - atStart.painted,
                        stats.direct ? "yes" : "no");
            std::fflush(stdout);
            QApplication::quit();
        });
    });
    QObject::connect(&player, &FilmPlayer::errorOccurred, &player, [&](const QString& message) {
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

// Linux's /proc/self/stat; a Windows build would use GetProcessTimes (its creation time).
long long BenchModes::msSinceProcessStart()
{
    std::ifstream in("/proc/self/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // Field 22 (starttime, clock ticks since boot) counts from the field after the command name,
    // which is in parentheses and may itself hold spaces.
    const std::size_t close = stat.rfind(')');
    if (close == std::string::npos)
        return -1;
    std::istringstream fields(stat.substr(close + 2));
    std::string field;
    for (int i = 3; i < 22 && fields >> field; ++i) {
    }
    unsigned long long ticks = 0;
    if (!(fields >> ticks))
        return -1;
    timespec now{};
    ::clock_gettime(CLOCK_BOOTTIME, &now);
    const long long nowMs = static_cast<long long>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs -
           static_cast<long long>(ticks * 1000 / static_cast<unsigned long long>(::sysconf(_SC_CLK_TCK)));
}

void BenchModes::printFigure(const char* name, const QElapsedTimer& sinceMain)
{
    std::printf("%s-ms %lld since-main-ms %lld\n", name, msSinceProcessStart(),
                static_cast<long long>(sinceMain.elapsed()));
    std::fflush(stdout);
}

} // namespace reflekt
