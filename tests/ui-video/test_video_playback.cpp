// The film player on a real (virtual) X display: frames arrive, reach the screen, the position
// advances and the caption is drawn over the picture.
#include <catch2/catch.hpp>

#include "platform/AppPaths.h"
#include "platform/Settings.h"
#include "ui/player/FilmPlayer.h"

#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

using namespace reflekt;

namespace {

// Pixels that are neither black nor grey: the test pattern's colour bars, never the letterbox,
// the caption box or the white caption letters.
int colourfulPixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.saturation() > 80 && c.value() > 60)
                ++count;
        }
    }
    return count;
}

} // namespace

TEST_CASE("A film plays on screen: frames arrive, the position advances, the caption shows", "[video]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    AppPaths::configure(dir.path(), {});
    Settings().setCaptionLanguage(QStringLiteral("sv"));

    const QString media = QStringLiteral(REFLEKT_TEST_DATA_DIR "/good/minimal/media/");
    FilmSource film;
    film.videoPath = media + QStringLiteral("clip.mp4");
    film.captions = {
        {QStringLiteral("sv"), QStringLiteral("Svenska"), media + QStringLiteral("clip.sv.vtt")}};
    film.chapters = {{0, QStringLiteral("Början")}, {1, QStringLiteral("Slut")}};
    film.durationHint = 2;

    FilmPlayer player;
    player.resize(640, 480);
    player.show();
    REQUIRE(QTest::qWaitForWindowExposed(&player));

    auto* sink = player.findChild<QVideoSink*>();
    REQUIRE(sink);
    QSignalSpy frames(sink, &QVideoSink::videoFrameChanged);
    QSignalSpy first(&player, &FilmPlayer::firstFrameShown);
    QSignalSpy positions(&player, &FilmPlayer::positionChanged);

    player.load(film);
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(first.count() == 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 0.5, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 10, 15000); // 25 fps clip: a dozen frames in half a second
    CHECK_FALSE(player.hasError());

    // What is on the X screen where the canvas is: the colourful test pattern, not a black hole.
    QWidget* canvas = player.findChild<QWidget*>(QStringLiteral("videoCanvas"));
    REQUIRE(canvas);
    const QPoint origin = canvas->mapToGlobal(QPoint(0, 0));
    auto screenShot = [&] {
        return QApplication::primaryScreen()
            ->grabWindow(0, origin.x(), origin.y(), canvas->width(), canvas->height())
            .toImage();
    };
    QTRY_VERIFY_WITH_TIMEOUT(colourfulPixels(screenShot()) > 500, 10000);

    // The film is 2 s long and has a caption all the way: it is on screen while the film plays.
    CHECK_FALSE(player.captionText().isEmpty());
    player.pause();
    player.seek(1.5);
    CHECK(player.captionText() == QStringLiteral("Nu börjar vi."));
    const QImage paused = screenShot();
    int white = 0;
    for (int y = paused.height() * 2 / 3; y < paused.height(); ++y) {
        for (int x = 0; x < paused.width(); ++x)
            white += qGray(paused.pixel(x, y)) > 230 ? 1 : 0;
    }
    CHECK(white > 100);
}
