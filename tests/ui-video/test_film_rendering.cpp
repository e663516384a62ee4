// Issue 16: the direct film path on a real X display. Frames are converted straight into the
// window (no full-size RGB copy) and every one reaches the screen; captions change with the
// picture, within 100 ms of their cue times (EN 301 549 7.1.2), and each caption style the viewer
// picks shows in the X screen's pixels (EN 301 549 7.1.4).
#include <catch2/catch.hpp>

#include "platform/AppPaths.h"
#include "platform/Settings.h"
#include "ui/player/CaptionStyle.h"
#include "ui/player/CaptionStyleNotifier.h"
#include "ui/player/FilmPlayer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

#include <cmath>
#include <cstdio>
#include <map>

using namespace reflekt;

namespace {

// One colour a second: red, green, blue, yellow. A cue starts with each colour from the second on.
const char* const kSegments[] = {"0xC02020", "0x20A020", "0x2040C0", "0xC0C020"};
constexpr int kSeconds = 4;

QString makeFilm(const QString& dir)
{
    QString graph;
    for (int i = 0; i < kSeconds; ++i)
        graph += QStringLiteral("color=c=%1:s=1280x720:r=25:d=1[s%2];").arg(QLatin1String(kSegments[i])).arg(i);
    for (int i = 0; i < kSeconds; ++i)
        graph += QStringLiteral("[s%1]").arg(i);
    graph += QStringLiteral("concat=n=%1:v=1:a=0,format=yuv420p[v]").arg(kSeconds);
    const QString path = dir + QStringLiteral("/colours.mp4");
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                                            QStringLiteral("-filter_complex"), graph, QStringLiteral("-map"),
                                            QStringLiteral("[v]"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
                                            QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-g"),
                                            QStringLiteral("25"), path});
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
        return {};
    return path;
}

QString makeCaptions(const QString& dir)
{
    const QString path = dir + QStringLiteral("/colours.sv.vtt");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("WEBVTT\n\n"
               "00:00:01.000 --> 00:00:01.900\nGrön\n\n"
               "00:00:02.000 --> 00:00:02.900\nBlå\n\n"
               "00:00:03.000 --> 00:00:03.900\nGul\n");
    return path;
}

// Which segment a colour belongs to, or -1 (black, grey, white caption letters).
int segmentOf(QRgb rgb)
{
    const int r = qRed(rgb);
    const int g = qGreen(rgb);
    const int b = qBlue(rgb);
    if (r > 150 && g > 150 && b < 90)
        return 3;
    if (r > 150 && g < 90 && b < 90)
        return 0;
    if (g > 120 && r < 90 && b < 90)
        return 1;
    if (b > 150 && r < 90 && g < 120)
        return 2;
    return -1;
}

// Settings in `dir`, Swedish captions on, and the colour film with its cues (no video path when
// ffmpeg could not make it).
FilmSource colourFilm(const QString& dir)
{
    AppPaths::configure(dir, {});
    Settings().setCaptionLanguage(QStringLiteral("sv"));
    FilmSource film;
    film.videoPath = makeFilm(dir);
    film.captions = {{QStringLiteral("sv"), QStringLiteral("Svenska"), makeCaptions(dir)}};
    film.durationHint = kSeconds;
    return film;
}

// What the X screen shows where `canvas` is (a grab of the widget would not see the screen).
QImage onScreen(const QWidget* canvas)
{
    const QPoint origin = canvas->mapToGlobal(QPoint(0, 0));
    return QApplication::primaryScreen()
        ->grabWindow(0, origin.x(), origin.y(), canvas->width(), canvas->height())
        .toImage();
}

} // namespace

TEST_CASE("film rendering: frames reach the X screen on the direct path, and captions keep to their cue times",
          "[video][rendering]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const FilmSource film = colourFilm(dir.path());
    INFO("ffmpeg with libx264 is needed to make the test film (scripts/deps.sh test installs it)");
    REQUIRE_FALSE(film.videoPath.isEmpty());

    FilmPlayer player;
    player.resize(900, 600);
    player.show();
    REQUIRE(QTest::qWaitForWindowExposed(&player));
    auto* sink = player.findChild<QVideoSink*>();
    REQUIRE(sink);
    QWidget* canvas = player.findChild<QWidget*>(QStringLiteral("videoCanvas"));
    REQUIRE(canvas);

    // When each cue's first frame arrived (by the frame's own timestamp) and when its caption
    // appeared, on one clock.
    QElapsedTimer clock;
    clock.start();
    std::map<int, qint64> frameAt;
    std::map<int, qint64> captionAt;
    QObject::connect(sink, &QVideoSink::videoFrameChanged, &player, [&](const QVideoFrame& frame) {
        if (!frame.isValid() || frame.startTime() < 0)
            return;
        const int second = static_cast<int>(frame.startTime() / 1000000);
        if (second >= 1 && !frameAt.count(second))
            frameAt[second] = clock.elapsed();
    });
    const std::map<QString, int> cueOf = {
        {QStringLiteral("Grön"), 1}, {QStringLiteral("Blå"), 2}, {QStringLiteral("Gul"), 3}};
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &player, [&] {
        const auto cue = cueOf.find(player.captionText());
        if (cue != cueOf.end() && !captionAt.count(cue->second))
            captionAt[cue->second] = clock.elapsed();
    });
    poll.start();

    player.load(film);
    const FilmPlayer::FrameStats before = player.frameStats();
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 3.5 || !player.isPlaying(), 20000);
    const FilmPlayer::FrameStats after = player.frameStats();
    poll.stop();
    CHECK_FALSE(player.hasError());

    // Every frame of the stretch played was delivered and drawn, and on the direct path.
    const int delivered = after.delivered - before.delivered;
    const int painted = after.painted - before.painted;
    INFO("delivered " << delivered << ", painted " << painted);
    CHECK(delivered >= 80); // 25 fps, at least 3.5 s
    CHECK(painted >= delivered * 9 / 10);
    CHECK(after.direct);

    for (int cue = 1; cue < kSeconds; ++cue) {
        INFO("cue " << cue);
        REQUIRE(frameAt.count(cue));
        REQUIRE(captionAt.count(cue));
        std::printf("film rendering: cue %d shown %+lld ms from its first frame\n", cue,
                    static_cast<long long>(captionAt[cue] - frameAt[cue]));
        CHECK(std::abs(captionAt[cue] - frameAt[cue]) <= 100);
    }

    // Paused on the blue second: the X screen shows blue where the canvas is, and the caption's
    // white letters over it.
    player.pause();
    player.seek(2.4);
    QTRY_COMPARE_WITH_TIMEOUT(player.captionText(), QStringLiteral("Blå"), 5000);
    auto screen = [canvas] { return onScreen(canvas); };
    QTRY_VERIFY_WITH_TIMEOUT(segmentOf(screen().pixel(canvas->width() / 2, canvas->height() / 3)) == 2, 5000);
    const QImage shot = screen();
    int white = 0;
    for (int y = shot.height() / 2; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            white += qGray(shot.pixel(x, y)) > 230 ? 1 : 0;
    CHECK(white > 50);
    // The picture fills its letterboxed rectangle exactly: black bars above and below a 16:9 film in
    // a taller canvas, colour right inside them.
    CHECK(segmentOf(shot.pixel(shot.width() / 2, 2)) == -1);
    CHECK(segmentOf(shot.pixel(2, shot.height() / 3)) == 2);
}

namespace {

struct CaptionPixels {
    int white = 0;
    int yellow = 0;
    int dark = 0; // near black, inside the caption's rows
    int top = -1;
    int bottom = -1;
};

// Caption pixels on the X screen in `rows` of the canvas: text-coloured pixels and their rows.
CaptionPixels captionPixels(const QImage& shot, int fromRow, int toRow)
{
    CaptionPixels p;
    for (int y = fromRow; y < toRow; ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            const QRgb c = shot.pixel(x, y);
            const bool white = qRed(c) > 230 && qGreen(c) > 230 && qBlue(c) > 230;
            const bool yellow = qRed(c) > 200 && qGreen(c) > 200 && qBlue(c) < 90;
            p.white += white ? 1 : 0;
            p.yellow += yellow ? 1 : 0;
            p.dark += qRed(c) < 40 && qGreen(c) < 40 && qBlue(c) < 40 ? 1 : 0;
            if (white || yellow) {
                p.top = p.top < 0 ? y : p.top;
                p.bottom = y;
            }
        }
    }
    return p;
}

} // namespace

TEST_CASE("film rendering: each caption style shows on the X screen over the playing film", "[video][rendering]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const FilmSource film = colourFilm(dir.path());
    INFO("ffmpeg with libx264 is needed to make the test film (scripts/deps.sh test installs it)");
    REQUIRE_FALSE(film.videoPath.isEmpty());

    FilmPlayer player;
    player.resize(900, 600);
    player.show();
    REQUIRE(QTest::qWaitForWindowExposed(&player));
    QWidget* canvas = player.findChild<QWidget*>(QStringLiteral("videoCanvas"));
    REQUIRE(canvas);
    player.load(film);
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 0.3, 15000);
    player.pause();
    player.seek(2.4);
    QTRY_COMPARE_WITH_TIMEOUT(player.captionText(), QStringLiteral("Blå"), 5000);

    auto screen = [canvas] { return onScreen(canvas); };
    auto apply = [&](const CaptionStyle& style) {
        Settings settings;
        style.save(settings);
        settings.sync();
        CaptionStyleNotifier::notifyChanged();
        QTest::qWait(300); // one repaint; the frame stays (paused)
        return screen();
    };
    const int h = canvas->height();
    QTRY_VERIFY_WITH_TIMEOUT(segmentOf(screen().pixel(canvas->width() / 2, h / 3)) == 2, 5000);

    const QImage normalShot = apply(CaptionStyle());
    const CaptionPixels normal = captionPixels(normalShot, h / 2, h);
    INFO("default: white " << normal.white << ", rows " << normal.top << "-" << normal.bottom);
    CHECK(normal.white > 50);
    CHECK(normal.yellow == 0);
    CHECK(captionPixels(normalShot, 0, h / 2).white == 0);

    CaptionStyle yellow;
    yellow.text = CaptionStyle::TextColor::Yellow;
    yellow.opacity = CaptionStyle::Opacity::Solid;
    const CaptionPixels yellowPixels = captionPixels(apply(yellow), h / 2, h);
    CHECK(yellowPixels.yellow > 50);
    CHECK(yellowPixels.white < normal.white / 4);

    CaptionStyle whiteBox;
    whiteBox.text = CaptionStyle::TextColor::Black;
    whiteBox.background = CaptionStyle::Background::White;
    whiteBox.opacity = CaptionStyle::Opacity::Solid;
    const CaptionPixels boxPixels = captionPixels(apply(whiteBox), h / 2, h);
    CHECK(boxPixels.white > normal.white * 3); // a white box, not white letters
    CHECK(boxPixels.dark > 50);                // with black letters in it

    CaptionStyle top;
    top.position = CaptionStyle::Position::Top;
    const QImage topShot = apply(top);
    CHECK(captionPixels(topShot, 0, h / 2).white > 50);
    CHECK(captionPixels(topShot, h / 2, h).white == 0);

    CaptionStyle big;
    big.sizePercent = 200;
    const CaptionPixels bigPixels = captionPixels(apply(big), h / 2, h);
    INFO("200 %: rows " << bigPixels.top << "-" << bigPixels.bottom);
    CHECK(bigPixels.bottom - bigPixels.top >= (normal.bottom - normal.top) * 3 / 2);

    // Back to the default: the same picture as before, so nothing of a style lingers.
    const CaptionPixels again = captionPixels(apply(CaptionStyle()), h / 2, h);
    CHECK(std::abs(again.white - normal.white) <= normal.white / 10);
}
