// Audio description in the film player, offscreen: the AD button, speech at the cue times with a
// fake speech engine, the film waiting for a long description, the choice kept per profile, and
// the wall's toggle on the console.
#include <catch2/catch.hpp>

#include "FakeSpeechEngine.h"

#include "platform/AppPaths.h"
#include "platform/Settings.h"
#include "ui/facilitator/FilmRemote.h"
#include "ui/player/AudioDescriber.h"
#include "ui/player/DescribedAudio.h"
#include "ui/player/FilmPlayer.h"
#include "ui/player/PlayerControls.h"
#include "ui/player/QtSpeechEngine.h"

#include <QFile>
#include <QLabel>
#include <QMediaPlayer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace reflekt;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// One ffmpeg run: a `seconds` long test picture (with a tone when `audio`), or only a tone.
void makeMedia(const QString& out, int seconds, bool video, bool audio)
{
    QStringList args{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")};
    if (video)
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("testsrc=duration=%1:size=160x90:rate=10").arg(seconds);
    if (audio)
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("sine=frequency=440:duration=%1").arg(seconds);
    if (video)
        args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-pix_fmt")
             << QStringLiteral("yuv420p");
    if (audio)
        args << QStringLiteral("-c:a") << QStringLiteral("aac");
    args << out;
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), args);
    REQUIRE(ffmpeg.waitForFinished(60000));
    REQUIRE(ffmpeg.exitCode() == 0);
}

// A fresh data folder per test, so Settings start from their defaults (AD off).
struct Fixture {
    QTemporaryDir dir;
    Fixture()
    {
        REQUIRE(dir.isValid());
        AppPaths::configure(dir.path(), {});
    }
    QString path(const QString& name) const { return dir.filePath(name); }

    // A 12 s film with Swedish captions and a Swedish description track of three cues: a short
    // one in a wide gap, a long one in a gap of 0.3 s (extended: the film must wait), and one more.
    FilmSource film()
    {
        const QString video = path(QStringLiteral("film.mp4"));
        if (!QFile::exists(video))
            makeMedia(video, 12, true, true);
        writeFile(path(QStringLiteral("sv.vtt")), "WEBVTT\n\n00:00:04.000 --> 00:00:05.000\nHej.\n");
        writeFile(path(QStringLiteral("ad.sv.vtt")),
                  "WEBVTT\nKind: descriptions\n\n"
                  "00:00:01.000 --> 00:00:02.500\nEn testbild i färg.\n\n"
                  "00:00:03.000 --> 00:00:03.300\nEn lång beskrivning som tar mycket längre tid att läsa än "
                  "luckan i talet.\n\n"
                  "00:00:06.000 --> 00:00:07.000\nBilden tonar ut.\n");
        FilmSource film;
        film.videoPath = video;
        film.captions = {{QStringLiteral("sv"), QStringLiteral("Svenska"), path(QStringLiteral("sv.vtt"))}};
        film.descriptions = {{QStringLiteral("sv"), QStringLiteral("sv"), path(QStringLiteral("ad.sv.vtt"))}};
        film.durationHint = 12;
        film.defaultLanguage = QStringLiteral("sv");
        return film;
    }
};

QToolButton* adButton(const FilmPlayer& player)
{
    auto* button = player.findChild<QToolButton*>(QStringLiteral("audioDescriptionButton"));
    REQUIRE(button);
    return button;
}

FakeSpeechEngine* fakeEngine(FilmPlayer& player)
{
    auto* fake = new FakeSpeechEngine(&player);
    player.audioDescriber()->setSpeechEngine(fake);
    return fake;
}

} // namespace

TEST_CASE("audio description is spoken at its times and the film waits for it", "[ui][player][descriptions]")
{
    Fixture f;
    FilmPlayer player;
    player.resize(800, 500);
    player.show();
    REQUIRE(QTest::qWaitForWindowExposed(&player));
    FakeSpeechEngine* fake = fakeEngine(player);
    const QString longText =
        QStringLiteral("En lång beskrivning som tar mycket längre tid att läsa än luckan i talet.");
    fake->speakingMs = [&](const QString& text) {
        return text == longText ? -1 : 300;
    }; // the long one: by hand

    player.load(f.film());
    QToolButton* ad = adButton(player);
    REQUIRE(ad->isEnabled());
    CHECK_FALSE(ad->isChecked());
    QTest::mouseClick(ad, Qt::LeftButton);
    CHECK(ad->isChecked());
    CHECK(player.audioDescriber()->isOn());

    QTRY_VERIFY_WITH_TIMEOUT(std::abs(player.duration() - 12) < 0.5, 10000);
    player.play();

    // The first description at its start, while the film plays on.
    QTRY_VERIFY_WITH_TIMEOUT(fake->said.size() >= 1, 10000);
    CHECK(fake->said[0].text == QStringLiteral("En testbild i färg."));
    CHECK(fake->said[0].language == QStringLiteral("sv"));
    CHECK(fake->said[0].position == Approx(1.0).margin(0.4));
    CHECK(player.isPlaying());

    // The long one at 3 s; its gap ends at 3.3 s and speech goes on: the film pauses and waits.
    QTRY_VERIFY_WITH_TIMEOUT(fake->said.size() >= 2, 10000);
    CHECK(fake->said[1].text == longText);
    CHECK(fake->said[1].position == Approx(3.0).margin(0.4));
    QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 5000);
    CHECK(player.audioDescriber()->isHoldingFilm());
    const double waitedAt = player.position();
    CHECK(waitedAt == Approx(3.3).margin(0.4));
    QTest::qWait(1500);
    CHECK_FALSE(player.isPlaying()); // still waiting for the voice
    CHECK(player.position() == Approx(waitedAt).margin(0.1));
    CHECK(fake->said.size() == 2);

    // Speech finishes: the film goes on by itself, and the last description comes at its time.
    fake->finish();
    QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 5000);
    CHECK_FALSE(player.audioDescriber()->isHoldingFilm());
    QTRY_VERIFY_WITH_TIMEOUT(fake->said.size() >= 3, 10000);
    CHECK(fake->said[2].text == QStringLiteral("Bilden tonar ut."));
    CHECK(fake->said[2].position == Approx(6.0).margin(0.4));

    // Back before the last cue: it is spoken again; a seek stops what is being said.
    player.seek(5.0);
    QTRY_VERIFY_WITH_TIMEOUT(fake->said.size() >= 4, 10000);
    CHECK(fake->said[3].text == QStringLiteral("Bilden tonar ut."));
    CHECK(fake->said.size() == 4);

    // Off: nothing more is said.
    QTest::mouseClick(ad, Qt::LeftButton);
    CHECK_FALSE(player.audioDescriber()->isOn());
    player.seek(0.5);
    QTest::qWait(1500);
    CHECK(fake->said.size() == 4);
}

TEST_CASE("A film that waits for a description stays stopped when stopped or replaced",
          "[ui][player][descriptions]")
{
    Fixture f;
    FilmPlayer player;
    FakeSpeechEngine* fake = fakeEngine(player);
    fake->speakingMs = [](const QString&) { return -1; }; // every description takes until finish()
    player.load(f.film());
    player.audioDescriber()->setOn(true);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(player.duration() - 12) < 0.5, 10000);
    player.playFrom(1.5); // past the first cue's start: it is not spoken
    QTRY_VERIFY_WITH_TIMEOUT(player.audioDescriber()->isHoldingFilm(), 10000);
    REQUIRE(fake->said.size() == 1);
    CHECK(fake->said[0].position == Approx(3.0).margin(0.4));

    player.stop();
    CHECK_FALSE(fake->isSpeaking());
    CHECK_FALSE(player.audioDescriber()->isHoldingFilm());
    fake->finish(); // a late end of speech from the engine changes nothing
    QTest::qWait(800);
    CHECK_FALSE(player.isPlaying());

    player.playFrom(2.8);
    QTRY_VERIFY_WITH_TIMEOUT(player.audioDescriber()->isHoldingFilm(), 10000);
    player.load(f.film());
    QTest::qWait(800);
    CHECK_FALSE(player.isPlaying());
    CHECK(player.position() == Approx(0));
}

TEST_CASE("The AD toggle is remembered per profile, and D toggles it", "[ui][player][descriptions]")
{
    Fixture f;
    Settings().setLastProfile(QStringLiteral("Anna"));
    {
        FilmPlayer player;
        fakeEngine(player); // no speech-dispatcher in tests
        player.load(f.film());
        QTest::mouseClick(adButton(player), Qt::LeftButton);
        CHECK(player.audioDescriber()->isOn());
    }
    Settings().setLastProfile(QStringLiteral("Bertil/Berg")); // a '/' in a name opens no group
    {
        FilmPlayer player;
        fakeEngine(player); // no speech-dispatcher in tests
        player.load(f.film());
        CHECK_FALSE(player.audioDescriber()->isOn());
        CHECK_FALSE(adButton(player)->isChecked());
        player.setFocus();
        QTest::keyClick(&player, Qt::Key_D);
        CHECK(player.audioDescriber()->isOn());
        QTest::keyClick(&player, Qt::Key_D);
        CHECK_FALSE(player.audioDescriber()->isOn());
    }
    Settings().setLastProfile(QStringLiteral("Anna"));
    {
        FilmPlayer player;
        fakeEngine(player); // no speech-dispatcher in tests
        player.load(f.film());
        CHECK(player.audioDescriber()->isOn());
        CHECK(adButton(player)->isChecked());
    }
    Settings().setLastProfile(QStringLiteral("Bertil/Berg"));
    CHECK_FALSE(Settings().audioDescriptionOn());
}

TEST_CASE("The AD button sits beside the captions, names itself and says why it cannot be used",
          "[ui][player][descriptions]")
{
    Fixture f;
    FilmPlayer player;
    player.load(f.film());
    QToolButton* ad = adButton(player);
    CHECK(ad->text() == QStringLiteral("AD"));
    CHECK(ad->accessibleName().startsWith(ad->text())); // WCAG 2.5.3: the visible label first
    CHECK(ad->toolTip().contains(QStringLiteral("(D)")));
    auto* controls = player.findChild<PlayerControls*>();
    const auto* captions = controls->findChild<QToolButton*>(QStringLiteral("captionsButton"));
    REQUIRE(captions);
    CHECK(std::abs(ad->geometry().center().y() - captions->geometry().center().y()) <= 2); // same row

    // No voice for the language: the status beside the button says so, and the film still plays.
    FakeSpeechEngine* fake = fakeEngine(player);
    fake->setProblem(QStringLiteral("No voice for Swedish is installed."));
    player.audioDescriber()->setOn(true);
    auto* status = controls->findChild<QLabel*>(QStringLiteral("audioDescriptionStatus"));
    REQUIRE(status);
    CHECK(status->text() == QStringLiteral("No voice for Swedish is installed."));
    CHECK(status->isVisibleTo(&player));
    CHECK(ad->accessibleDescription() == status->text());

    // A film without description: the button is off and disabled, and its tooltip says why.
    FilmSource plain = f.film();
    plain.descriptions.clear();
    player.load(plain);
    CHECK_FALSE(ad->isEnabled());
    CHECK_FALSE(ad->isChecked());
    CHECK(ad->toolTip() == QStringLiteral("Audio description: this film has none"));
    player.setFocus();
    QTest::keyClick(&player, Qt::Key_D); // nothing to turn on; the choice stays as it was
    CHECK(player.audioDescriber()->isOn());
    CHECK_FALSE(player.audioDescriber()->isAvailable());

    // A track that cannot be read counts as none.
    FilmSource broken = f.film();
    writeFile(f.path(QStringLiteral("broken.vtt")), "not a WebVTT file\n");
    broken.descriptions = {
        {QStringLiteral("sv"), QStringLiteral("sv"), f.path(QStringLiteral("broken.vtt"))}};
    player.load(broken);
    CHECK_FALSE(ad->isEnabled());
}

TEST_CASE("The console's AD toggle drives the film on the wall, as the room's setting",
          "[ui][player][descriptions]")
{
    Fixture f;
    Settings().setLastProfile(QStringLiteral("Anna"));
    FilmPlayer wall(FilmPlayer::Mode::Presentation);
    FakeSpeechEngine* fake = fakeEngine(wall);
    wall.load(f.film());
    FilmRemote remote;
    auto* ad = remote.findChild<QPushButton*>(QStringLiteral("filmAudioDescription"));
    REQUIRE(ad);
    CHECK_FALSE(ad->isEnabled()); // no film on the wall yet
    remote.setPlayer(&wall);
    REQUIRE(ad->isEnabled());
    CHECK(ad->accessibleName().startsWith(ad->text()));
    CHECK_FALSE(ad->isChecked());

    QTest::mouseClick(ad, Qt::LeftButton);
    CHECK(wall.audioDescriber()->isOn());
    CHECK(Settings().wallAudioDescriptionOn());
    CHECK_FALSE(Settings().audioDescriptionOn()); // the profile's own player setting is untouched

    wall.playFrom(0.8);
    QTRY_VERIFY_WITH_TIMEOUT(fake->said.size() >= 1, 10000);
    CHECK(fake->said[0].text == QStringLiteral("En testbild i färg."));

    // Turned off on the wall's side too (D on the laptop player does not reach the wall): the
    // button follows.
    wall.audioDescriber()->setOn(false);
    CHECK_FALSE(ad->isChecked());
}

TEST_CASE("A described soundtrack plays in step with the film instead of its sound",
          "[ui][player][descriptions]")
{
    Fixture f;
    FilmSource film = f.film();
    const QString described = f.path(QStringLiteral("described.sv.m4a"));
    makeMedia(described, 12, false, true);
    film.describedAudio = {{QStringLiteral("sv"), QStringLiteral("sv"), described}};
    FilmPlayer player;
    FakeSpeechEngine* fake = fakeEngine(player);
    player.load(film);
    player.audioDescriber()->setOn(true);
    CHECK(player.audioDescriber()->isDescribedAudioPlaying());
    QMediaPlayer* sound = player.audioDescriber()->describedAudio()->player();
    CHECK(sound->source().toLocalFile() == described);

    QTRY_VERIFY_WITH_TIMEOUT(std::abs(player.duration() - 12) < 0.5, 10000);
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(sound->playbackState() == QMediaPlayer::PlayingState, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(player.position() > 1.5, 10000);
    CHECK(std::abs(static_cast<double>(sound->position()) / 1000.0 - player.position()) < 0.5);
    player.seek(7);
    QTRY_VERIFY_WITH_TIMEOUT(std::abs(static_cast<double>(sound->position()) / 1000.0 - 7) < 0.6, 5000);
    player.pause();
    QTRY_VERIFY_WITH_TIMEOUT(sound->playbackState() == QMediaPlayer::PausedState, 5000);
    CHECK(fake->said.isEmpty()); // the recorded description replaces the spoken one

    // Off: the described sound stops, the film's own comes back.
    player.audioDescriber()->setOn(false);
    CHECK_FALSE(player.audioDescriber()->isDescribedAudioPlaying());
    CHECK(sound->playbackState() == QMediaPlayer::StoppedState);
}

// The real speech stack (speech-dispatcher, a voice and a working sound output), which a build
// machine may not have: run by hand with `tests_ui "[.speech]"`. Without sound output
// speech-dispatcher never starts speaking; the watchdog then ends the utterance and failed() says so.
TEST_CASE("Qt TextToSpeech speaks a Swedish and a Norwegian description and reports the end", "[.speech]")
{
    QtSpeechEngine engine;
    for (const QString& language : {QStringLiteral("sv"), QStringLiteral("nb")}) {
        INFO(language.toStdString());
        const QString problem = engine.problem(language);
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
        QSignalSpy finished(&engine, &SpeechEngine::finished);
        QSignalSpy failed(&engine, &SpeechEngine::failed);
        engine.say(language == QStringLiteral("sv") ? QStringLiteral("En dörr öppnas.")
                                                    : QStringLiteral("En dør åpnes."),
                   language);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isSpeaking(), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        CHECK_FALSE(engine.isSpeaking());
        CHECK(failed.isEmpty()); // spoken, not given up on by the watchdog
    }
}
