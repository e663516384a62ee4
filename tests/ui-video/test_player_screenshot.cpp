// Not a check but a look: `REFLEKT_SCREENSHOT=/tmp/player.png tests/with-xvfb.sh tests_ui_video "[.screenshot]"`
// plays a generated film with captions and the transcript open and saves the X screen.
#include <catch2/catch.hpp>

#include "platform/AppPaths.h"
#include "platform/Settings.h"
#include "ui/player/FilmPlayer.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reflekt;

TEST_CASE("Screenshot of a playing film with captions", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("REFLEKT_SCREENSHOT", QStringLiteral("player.png"));
    const bool presentation = qEnvironmentVariableIsSet("REFLEKT_SCREENSHOT_PRESENTATION");
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    AppPaths::configure(dir.path(), {});
    Settings().setCaptionLanguage(QStringLiteral("sv"));

    const QString clip = dir.filePath(QStringLiteral("film.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                  QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc2=duration=20:size=1280x720:rate=25"), QStringLiteral("-f"),
                  QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=duration=20"),
                  QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                  QStringLiteral("yuv420p"), QStringLiteral("-c:a"), QStringLiteral("aac"),
                  QStringLiteral("-shortest"), clip});
    REQUIRE(ffmpeg.waitForFinished(120000));
    REQUIRE(ffmpeg.exitCode() == 0);
    const QString vtt = dir.filePath(QStringLiteral("film.sv.vtt"));
    QFile file(vtt);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nVälkommen till modulen om samverkan.\n\n"
               "00:00:02.000 --> 00:00:06.000\nHär får du höra hur Åsa och Øystein planerade\nett möte med "
               "familjen.\n\n"
               "00:00:06.000 --> 00:00:09.000\nVad hade du själv gjort?\n\n"
               "00:00:09.000 --> 00:00:14.000\nTänk på det medan filmen fortsätter.\n");
    file.close();

    FilmSource film;
    film.videoPath = clip;
    film.captions = {{QStringLiteral("sv"), QStringLiteral("Svenska"), vtt}};
    film.chapters = {
        {0, QStringLiteral("Början")}, {6, QStringLiteral("Frågan")}, {14, QStringLiteral("Slut")}};

    FilmPlayer player(presentation ? FilmPlayer::Mode::Presentation : FilmPlayer::Mode::Desktop);
    player.setWindowTitle(QStringLiteral("Reflekt film player"));
    player.resize(presentation ? QSize(1280, 720) : QSize(1100, 560));
    player.move(0, 0);
    player.show();
    REQUIRE(QTest::qWaitForWindowExposed(&player));
    player.load(film);
    player.setTranscriptVisible(true);
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 3.0, 20000);
    QTest::qWait(200); // let the next frame paint
    QApplication::primaryScreen()->grabWindow(0).save(out);
    INFO(out.toStdString());
    CHECK(QFile::exists(out));
}
