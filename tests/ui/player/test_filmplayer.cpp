// The film player offscreen: keys, captions, chapters, transcript, errors and watched stretches.
// No video is drawn offscreen, but QMediaPlayer still decodes and the position still advances.
#include <catch2/catch.hpp>

#include "platform/AppPaths.h"
#include "platform/Settings.h"
#include "ui/player/CaptionOverlay.h"
#include "ui/player/CaptionTracks.h"
#include "ui/player/ChapterSeekBar.h"
#include "ui/player/FilmCanvas.h"
#include "ui/player/FilmPlayer.h"
#include "ui/player/PlayerControls.h"
#include "ui/player/TranscriptModel.h"
#include "ui/player/TranscriptPanel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using namespace reflekt;

namespace {

const QString kClip = QStringLiteral(REFLEKT_TEST_DATA_DIR "/good/minimal/media/clip.mp4");

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A fresh data folder per test, so Settings start from their defaults.
struct Fixture {
    QTemporaryDir dir;
    Fixture()
    {
        REQUIRE(dir.isValid());
        AppPaths::configure(dir.path(), {});
    }
    QString path(const QString& name) const { return dir.filePath(name); }

    FilmSource film(const QString& video)
    {
        writeFile(path(QStringLiteral("sv.vtt")),
                  "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHej och välkommen.\n\n"
                  "00:00:01.000 --> 00:00:02.000\nNu börjar vi.\n\n"
                  "00:00:12.000 --> 00:00:14.000\nTolv sekunder in.\n");
        writeFile(path(QStringLiteral("en.vtt")),
                  "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello and welcome.\n\n"
                  "00:00:01.000 --> 00:00:02.000\nLet us begin.\n");
        FilmSource film;
        film.videoPath = video;
        film.captions = {{QStringLiteral("sv"), QStringLiteral("Svenska"), path(QStringLiteral("sv.vtt"))},
                         {QStringLiteral("en"), QStringLiteral("English"), path(QStringLiteral("en.vtt"))}};
        film.chapters = {
            {0, QStringLiteral("Början")}, {10, QStringLiteral("Mitten")}, {20, QStringLiteral("Slutet")}};
        film.durationHint = 30;
        return film;
    }

    // A 30 s clip, long enough for the seek keys; made by ffmpeg (a test dependency, see deps.sh).
    QString longClip()
    {
        const QString out = path(QStringLiteral("long.mp4"));
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"),
                      QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("testsrc=duration=30:size=160x90:rate=10"), QStringLiteral("-c:v"),
                      QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), out});
        REQUIRE(ffmpeg.waitForFinished(60000));
        REQUIRE(ffmpeg.exitCode() == 0);
        return out;
    }
};

QStringList menuTexts(const QMenu* menu)
{
    QStringList texts;
    for (const QAction* action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}

QAction* menuAction(const QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

int brightPixels(const QImage& image, const QRect& area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (qGray(image.pixel(x, y)) > 200)
                ++count;
        }
    }
    return count;
}

} // namespace

TEST_CASE("The captions menu lists the film's languages and the caption follows the position", "[ui][player]")
{
    Fixture f;
    Settings().setCaptionLanguage(QStringLiteral("sv"));
    FilmPlayer player;
    player.load(f.film(kClip));

    CHECK(player.captionLanguages() == QStringList{QStringLiteral("sv"), QStringLiteral("en")});
    auto* controls = player.findChild<PlayerControls*>();
    REQUIRE(controls);
    CHECK(menuTexts(controls->captionsMenu()) ==
          QStringList{QStringLiteral("Off"), QStringLiteral("Svenska"), QStringLiteral("English"),
                      QStringLiteral("Caption &style…")});
    CHECK(player.captionLanguage() == QStringLiteral("sv")); // the preferred language is on by default

    player.seek(1.5);
    CHECK(player.captionText() == QStringLiteral("Nu börjar vi."));
    player.seek(0.2);
    CHECK(player.captionText() == QStringLiteral("Hej och välkommen."));

    menuAction(controls->captionsMenu(), QStringLiteral("English"))->trigger();
    CHECK(player.captionLanguage() == QStringLiteral("en"));
    CHECK(player.captionText() == QStringLiteral("Hello and welcome."));
    CHECK(Settings().captionLanguage() == QStringLiteral("en"));

    menuAction(controls->captionsMenu(), QStringLiteral("Off"))->trigger();
    CHECK(player.captionLanguage().isEmpty());
    CHECK(player.captionText().isEmpty());
    CHECK_FALSE(Settings().captionsEnabled());

    // Next film: the user's "off" is remembered.
    FilmPlayer next;
    next.load(f.film(kClip));
    CHECK(next.captionLanguage().isEmpty());
}

TEST_CASE("Norwegian captions are found whether the bundle or the locale says no, nb or nn", "[ui][player]")
{
    Fixture f;
    writeFile(f.path(QStringLiteral("no.vtt")),
              "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHei og velkommen.\n");
    writeFile(f.path(QStringLiteral("sv.vtt")),
              "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHej och välkommen.\n");
    const auto tracks = [&](const QString& norwegianCode) {
        CaptionTracks t;
        t.load({{QStringLiteral("sv"), QStringLiteral("Svenska"), f.path(QStringLiteral("sv.vtt"))},
                {norwegianCode, QStringLiteral("Norsk"), f.path(QStringLiteral("no.vtt"))}});
        return t;
    };
    CHECK(tracks(QStringLiteral("no")).match(QStringLiteral("nb_NO")) == QStringLiteral("no"));
    CHECK(tracks(QStringLiteral("nb")).match(QStringLiteral("no")) == QStringLiteral("nb"));
    CHECK(tracks(QStringLiteral("nb")).match(QStringLiteral("nn_NO")) == QStringLiteral("nb"));
    CHECK(tracks(QStringLiteral("nb")).match(QStringLiteral("sv_SE")) == QStringLiteral("sv"));
    CHECK(tracks(QStringLiteral("nb")).match(QStringLiteral("da_DK")).isEmpty());
}

TEST_CASE("The caption is painted legibly over the picture and scales with the height", "[ui][player]")
{
    FilmCanvas canvas;
    canvas.resize(640, 360);
    const QRect bottomBand(0, 240, 640, 120);
    CHECK(brightPixels(canvas.grab().toImage(), bottomBand) == 0);
    canvas.setCaption(QStringLiteral("Nu börjar vi."));
    const QImage shot = canvas.grab().toImage();
    CHECK(brightPixels(shot, bottomBand) > 100);           // white letters
    CHECK(brightPixels(shot, QRect(0, 0, 640, 200)) == 0); // near the bottom only

    const CaptionOverlay desktop(CaptionOverlay::kDesktopShare);
    const CaptionOverlay presentation(CaptionOverlay::kPresentationShare);
    CHECK(presentation.fontFor(QRectF(0, 0, 1920, 1080)).pixelSize() == 54);
    CHECK(desktop.fontFor(QRectF(0, 0, 200, 100)).pixelSize() == CaptionOverlay::kMinimumPixelSize);
    // A long caption wraps inside the picture instead of running off it.
    const QRectF box =
        desktop.boxFor(QRectF(0, 0, 400, 300),
                       QString(40, QLatin1Char('w')) + QStringLiteral(" ") + QString(20, QLatin1Char('w')));
    CHECK(box.left() >= 0);
    CHECK(box.right() <= 400);
}

TEST_CASE("Player keys play, pause, seek, mute, toggle captions and go full screen", "[ui][player]")
{
    Fixture f;
    Settings().setCaptionLanguage(QStringLiteral("sv"));
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* player = new FilmPlayer(FilmPlayer::Mode::Desktop, &window);
    layout->addWidget(player);
    window.resize(800, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    player->load(f.film(f.longClip()));
    player->setFocus();
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(player->duration() - 30) < 0.5, 10000);

    QTest::keyClick(player, Qt::Key_L);
    CHECK(player->position() == Approx(10));
    QTest::keyClick(player, Qt::Key_Right);
    CHECK(player->position() == Approx(15));
    QTest::keyClick(player, Qt::Key_Left);
    CHECK(player->position() == Approx(10));
    QTest::keyClick(player, Qt::Key_J);
    CHECK(player->position() == Approx(0));
    QTest::keyClick(player, Qt::Key_J); // never before the start
    CHECK(player->position() == Approx(0));

    QTest::keyClick(player, Qt::Key_M);
    CHECK(player->isMuted());
    QTest::keyClick(player, Qt::Key_M);
    CHECK_FALSE(player->isMuted());

    CHECK(player->captionLanguage() == QStringLiteral("sv"));
    QTest::keyClick(player, Qt::Key_C);
    CHECK(player->captionLanguage().isEmpty());
    QTest::keyClick(player, Qt::Key_C);
    CHECK(player->captionLanguage() == QStringLiteral("sv"));

    QSignalSpy playing(player, &FilmPlayer::playingChanged);
    QTest::keyClick(player, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(player->isPlaying(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(player->position() > 0.3, 10000);
    QTest::keyClick(player, Qt::Key_K);
    QTRY_VERIFY_WITH_TIMEOUT(!player->isPlaying(), 10000);
    CHECK(playing.count() >= 2);

    QTest::keyClick(player, Qt::Key_F);
    CHECK(player->isWindow());
    CHECK(player->isFullScreenMode());
    QTest::keyClick(player, Qt::Key_Escape);
    CHECK_FALSE(player->isWindow());
    CHECK(player->parentWidget() == &window);
    CHECK(layout->indexOf(player) == 0); // back in its place
    CHECK_FALSE(player->isFullScreenMode());
}

TEST_CASE("A missing film names the file and the player stays usable", "[ui][player]")
{
    Fixture f;
    FilmPlayer player;
    player.show();
    QSignalSpy errors(&player, &FilmPlayer::errorOccurred);
    const QString missing = f.path(QStringLiteral("media/nowhere.mp4"));
    player.load(f.film(missing));

    REQUIRE(player.hasError());
    CHECK(errors.count() == 1);
    auto* label = player.findChild<QLabel*>(QStringLiteral("playerError"));
    REQUIRE(label);
    CHECK(label->isVisible());
    CHECK(label->text().contains(QStringLiteral("nowhere.mp4")));
    CHECK(player.errorText().contains(missing));
    CHECK_FALSE(player.findChild<QWidget*>(QStringLiteral("videoCanvas"))->isVisible());

    player.togglePlay();
    CHECK_FALSE(player.isPlaying());
    player.setTranscriptVisible(true);
    CHECK(player.isTranscriptVisible()); // the transcript still reads
    player.setCaptionLanguage(QStringLiteral("sv"));
    player.seek(1.2);
    CHECK(player.captionText() == QStringLiteral("Nu börjar vi."));

    // A good film afterwards plays again in the same widget.
    player.load(f.film(kClip));
    CHECK_FALSE(player.hasError());
    CHECK(player.findChild<QWidget*>(QStringLiteral("videoCanvas"))->isVisible());
    QSignalSpy duration(&player, &FilmPlayer::durationKnown);
    QTRY_VERIFY_WITH_TIMEOUT(duration.count() == 1, 10000);
}

TEST_CASE("Chapter marks sit on the seek bar and jump there", "[ui][player]")
{
    Fixture f;
    FilmPlayer player;
    player.resize(800, 500);
    player.show();
    REQUIRE(QTest::qWaitForWindowExposed(&player));
    player.load(f.film(f.longClip()));
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(player.duration() - 30) < 0.5, 10000);

    auto* bar = player.findChild<ChapterSeekBar*>(QStringLiteral("seekBar"));
    REQUIRE(bar);
    CHECK(bar->chapters().size() == 3);
    CHECK(bar->chapterAt(15) == 1);
    CHECK(bar->chapterAt(25) == 2);
    CHECK(bar->xForSeconds(10) < bar->xForSeconds(20));

    auto* controls = player.findChild<PlayerControls*>();
    const QStringList chapters = menuTexts(controls->chaptersMenu());
    REQUIRE(chapters.size() == 3);
    CHECK(chapters[1].contains(QStringLiteral("Mitten")));
    controls->chaptersMenu()->actions().at(2)->trigger();
    CHECK(player.position() == Approx(20));

    // A click on the groove jumps to the time under the mouse.
    QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(bar->xForSeconds(10), bar->height() / 2));
    CHECK(player.position() == Approx(10).margin(0.5));
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(player.position() - 10) < 0.5, 5000);
}

TEST_CASE("The transcript lists the cues, highlights the current one and plays from a clicked line",
          "[ui][player]")
{
    Fixture f;
    Settings().setCaptionLanguage(QStringLiteral("sv"));
    FilmPlayer player;
    player.resize(900, 500);
    player.show();
    REQUIRE(QTest::qWaitForWindowExposed(&player));
    auto* panel = player.findChild<TranscriptPanel*>();
    REQUIRE(panel);
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    player.load(f.film(f.longClip()));
    player.setTranscriptVisible(true);
    REQUIRE(panel->isVisible());

    TranscriptModel* model = panel->model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(1).data(TranscriptModel::TextRole).toString() == QStringLiteral("Nu börjar vi."));
    CHECK(model->index(2).data().toString().startsWith(QStringLiteral("0:12")));

    player.seek(12.5);
    CHECK(model->currentRow() == 2);
    CHECK(model->index(2).data(TranscriptModel::CurrentRole).toBool());
    CHECK(panel->view()->currentIndex().row() == 2);
    CHECK(model->index(2).data(Qt::FontRole).value<QFont>().bold());

    QListView* view = panel->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(1)).center());
    CHECK(player.position() == Approx(1.0));
    CHECK(player.captionText() == QStringLiteral("Nu börjar vi."));
    // ... and plays from there, as the tooltip and the user guide promise.
    REQUIRE(QTest::qWaitFor([&] { return player.isPlaying(); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return player.position() > 1.2; }, 10000));
    CHECK(player.position() < 8.0);

    // Enter on a line does the same, from wherever the film was.
    player.pause();
    REQUIRE(QTest::qWaitFor([&] { return !player.isPlaying(); }, 5000));
    view->setCurrentIndex(model->index(2));
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(player.position() == Approx(12.0));
    REQUIRE(QTest::qWaitFor([&] { return player.isPlaying(); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return player.position() > 12.2; }, 10000));
    CHECK(player.position() < 20.0);
    player.pause();
    REQUIRE(QTest::qWaitFor([&] { return !player.isPlaying(); }, 5000));

    // Switching the caption language swaps the transcript.
    player.setCaptionLanguage(QStringLiteral("en"));
    CHECK(model->rowCount() == 2);
    CHECK(model->index(0).data(TranscriptModel::TextRole).toString() == QStringLiteral("Hello and welcome."));
}

TEST_CASE("A transcript line plays from there after the film has ended too", "[ui][player]")
{
    Fixture f;
    Settings().setCaptionLanguage(QStringLiteral("sv"));
    FilmPlayer player;
    player.resize(900, 500);
    player.show();
    REQUIRE(QTest::qWaitForWindowExposed(&player));
    player.load(f.film(kClip)); // two seconds
    player.setTranscriptVisible(true);
    auto* panel = player.findChild<TranscriptPanel*>();
    REQUIRE(panel);

    // The state is read from the signal as it happens, not by polling: on a loaded machine one
    // event burst can hold both the start and the end of a two-second film.
    // The start is caught from the signal (it can be over before a poll looks); the end is a
    // state that stays, so it is polled: stopped, at the end. A sanitized build may pause once
    // on the way, so the first "not playing" is not the end.
    bool started = false;
    QObject::connect(&player, &FilmPlayer::playingChanged, &player, [&](bool playing) {
        if (playing)
            started = true;
    });
    player.play();
    // Stopped after a start, and still stopped a moment later: the end, not a pause on the way.
    const auto stoppedForAMoment = [&] {
        if (!started || player.isPlaying())
            return false;
        QTest::qWait(300);
        return !player.isPlaying();
    };
    REQUIRE(QTest::qWaitFor(stoppedForAMoment, 30000));

    double startedAt = -1;
    QString captionAtStart;
    QObject::connect(&player, &FilmPlayer::playingChanged, &player, [&](bool playing) {
        if (playing && startedAt < 0) {
            startedAt = player.position();
            captionAtStart = player.captionText();
        }
    });
    QListView* view = panel->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(panel->model()->index(1)).center());
    double lowest = 99;
    QObject::connect(&player, &FilmPlayer::positionChanged, &player, [&](double seconds) {
        if (startedAt >= 0)
            lowest = std::min(lowest, seconds);
    });
    REQUIRE(QTest::qWaitFor([&] { return startedAt >= 0; }, 15000));
    CHECK(startedAt == Approx(1.0).margin(0.5)); // from the line, not from the beginning
    CHECK(captionAtStart == QStringLiteral("Nu börjar vi."));
    // ... and it stays there: the backend does not jump back to the beginning afterwards.
    QTest::qWait(400);
    CHECK(lowest > 0.5);
}

TEST_CASE("Full screen hides the open transcript and brings it back on leaving", "[ui][player]")
{
    Fixture f;
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* player = new FilmPlayer(FilmPlayer::Mode::Desktop, &window);
    layout->addWidget(player);
    window.resize(900, 500);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    player->load(f.film(kClip));
    auto* panel = player->findChild<TranscriptPanel*>(QStringLiteral("transcriptPanel"));
    auto* toggle = player->findChild<QAbstractButton*>(QStringLiteral("transcriptButton"));
    REQUIRE(panel);
    REQUIRE(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    REQUIRE(panel->isVisible());

    player->setFocus();
    QTest::keyClick(player, Qt::Key_F);
    REQUIRE(player->isFullScreenMode());
    CHECK_FALSE(panel->isVisible());
    CHECK_FALSE(toggle->isChecked());
    // The picture has the whole screen, not two thirds of it.
    auto* canvas = player->findChild<QWidget*>(QStringLiteral("videoCanvas"));
    REQUIRE(canvas);
    CHECK(QTest::qWaitFor([&] { return canvas->width() == player->width(); }, 2000));

    QTest::keyClick(player, Qt::Key_Escape);
    REQUIRE_FALSE(player->isFullScreenMode());
    CHECK(panel->isVisible());
    CHECK(toggle->isChecked());
    CHECK(panel->width() > 100);

    // Closed before full screen: it stays closed afterwards.
    QTest::mouseClick(toggle, Qt::LeftButton);
    REQUIRE_FALSE(panel->isVisible());
    QTest::keyClick(player, Qt::Key_F);
    QTest::keyClick(player, Qt::Key_Escape);
    CHECK_FALSE(panel->isVisible());
}

TEST_CASE("Watched stretches cover continuous play only, never a seek jump", "[ui][player]")
{
    Fixture f;
    FilmPlayer player;
    player.show();
    QSignalSpy watched(&player, &FilmPlayer::watched);
    player.load(f.film(f.longClip()), 3.0);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(player.duration() - 30) < 0.5, 10000);
    CHECK(player.position() == Approx(3.0));

    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 6.5, 15000);
    player.seek(20);
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 21, 15000);
    player.pause();
    QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 5000);

    REQUIRE(watched.count() >= 3);
    CHECK(watched.first().at(0).toDouble() == Approx(3.0).margin(0.3)); // resumed where asked
    double before = 0;
    double after = 0;
    for (const QList<QVariant>& args : watched) {
        const double from = args.at(0).toDouble();
        const double to = args.at(1).toDouble();
        INFO("watched " << from << " .. " << to);
        CHECK(to > from);
        CHECK(to - from <= 2.6);             // reported in small chunks, so a crash loses little
        CHECK_FALSE((from < 10 && to > 19)); // the jump from ~7 s to 20 s is not "watched"
        (to <= 10 ? before : after) += to - from;
    }
    CHECK(before == Approx(3.5).margin(1.0)); // ~3 s .. ~6.5 s
    CHECK(after >= 0.5);
}

TEST_CASE("Speed and volume are remembered, and the presentation mode has no controls", "[ui][player]")
{
    Fixture f;
    {
        FilmPlayer player;
        player.load(f.film(kClip));
        auto* controls = player.findChild<PlayerControls*>();
        // Written as the user's locale writes numbers: 1,5× in Swedish and Norwegian.
        QAction* faster =
            menuAction(controls->speedMenu(), QStringLiteral("%1×").arg(QLocale().toString(1.5)));
        REQUIRE(faster);
        faster->trigger();
        CHECK(player.rate() == Approx(1.5));
        player.setVolume(30);
    }
    FilmPlayer again;
    CHECK(again.rate() == Approx(1.5));
    CHECK(again.volume() == 30);

    FilmPlayer wall(FilmPlayer::Mode::Presentation);
    wall.load(f.film(kClip));
    CHECK(wall.findChild<PlayerControls*>() == nullptr);
    CHECK(wall.findChild<TranscriptPanel*>() == nullptr);
    // The wall leaves arrow keys to the presentation window (clicker: next/previous).
    QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
    QApplication::sendEvent(&wall, &right);
    CHECK(wall.position() == Approx(0));
}

TEST_CASE("Every player control has an accessible name and a tooltip", "[ui][player]")
{
    Fixture f;
    FilmPlayer player;
    player.load(f.film(kClip));
    const auto controls = player.findChild<PlayerControls*>()->findChildren<QWidget*>();
    int checked = 0;
    for (QWidget* w : controls) {
        if (w->focusPolicy() == Qt::NoFocus || w->inherits("QMenu"))
            continue;
        INFO(w->objectName().toStdString());
        CHECK_FALSE(w->accessibleName().isEmpty());
        CHECK_FALSE(w->toolTip().isEmpty());
        ++checked;
    }
    CHECK(checked >= 8);
}
