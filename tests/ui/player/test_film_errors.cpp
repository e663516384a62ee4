// A film that cannot be played: a damaged file is called damaged and named; installing GStreamer
// plug-ins is suggested only when the backend really lacks a decoder. The fixtures are made here,
// from an ffmpeg clip: garbage named film.mp4, a clip cut short, a clip whose codec tag no decoder
// knows. The backend's messages are in the user's language under sv_SE and nb_NO.
#include "UiTestFixture.h"

#include "platform/AppPaths.h"
#include "ui/player/FilmErrorPanel.h"
#include "ui/player/FilmPlayer.h"

#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {

struct ErrorFixture {
    QTemporaryDir dir;
    ErrorFixture()
    {
        REQUIRE(dir.isValid());
        AppPaths::configure(dir.path(), {});
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
        return path;
    }

    // A good H.264 clip (moov after the data, as ffmpeg writes it by default).
    QByteArray clip()
    {
        const QString path = dir.filePath(QStringLiteral("source.mp4"));
        REQUIRE(makeClip(path, 3));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    // Plays `path` until the player gives up; returns its message.
    static QString errorOf(const QString& path)
    {
        FilmPlayer player;
        player.show();
        FilmSource film;
        film.videoPath = path;
        player.load(film);
        player.play();
        // Past FilmPlayer's open timeout: Qt 6.4 loses the error of some truncated MP4 files.
        REQUIRE(QTest::qWaitFor([&] { return player.hasError(); }, 20000));
        auto* panel = player.findChild<QLabel*>(QStringLiteral("playerError"));
        REQUIRE(panel);
        CHECK(panel->isVisible());
        return player.errorText();
    }
};

QByteArray garbage(int size)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((i * 73 + 11) ^ (i >> 3));
    return bytes;
}

const QString kDamaged = QStringLiteral("is damaged, or in a format this computer cannot play");
const QString kNoDecoder = QStringLiteral("has no decoder for");

} // namespace

TEST_CASE("a damaged film is named and called damaged without suggesting plug-ins", "[ui][player][errors]")
{
    ErrorFixture f;
    const QByteArray good = f.clip();
    const QString cases[] = {
        f.write(QStringLiteral("film.mp4"), garbage(64 * 1024)),
        f.write(QStringLiteral("cut-short.mp4"), good.left(good.size() / 3)),
        f.write(QStringLiteral("notes.mp4"), QByteArray(4096, 'x')),
    };
    for (const QString& path : cases) {
        const QString message = ErrorFixture::errorOf(path);
        INFO(message.toStdString());
        CHECK(message.contains(path));
        CHECK(message.contains(QFileInfo(path).fileName() + QLatin1Char(' ') + kDamaged));
        CHECK_FALSE(message.contains(kNoDecoder));
        CHECK_FALSE(message.contains(QStringLiteral("sudo")));
        CHECK_FALSE(message.contains(QStringLiteral("gstreamer1.0-libav")));
        CHECK_FALSE(message.contains(QStringLiteral("plug-in")));
    }
}

TEST_CASE("a film in a format without a decoder here suggests the GStreamer plug-ins", "[ui][player][errors]")
{
    ErrorFixture f;
    QByteArray bytes = f.clip();
    // The sample description says avc1 (H.264); a tag no decoder knows makes a sound file in a
    // format this computer cannot decode, as an HEVC or ProRes film is without the right plug-ins.
    REQUIRE(bytes.contains("avc1"));
    bytes.replace("avc1", "zzzz");
    bytes.replace("mp4a", "zzzy");
    const QString path = f.write(QStringLiteral("unknown-codec.mp4"), bytes);
    const QString message = ErrorFixture::errorOf(path);
    INFO(message.toStdString());
    CHECK(message.contains(path));
    CHECK(message.contains(QStringLiteral("unknown-codec.mp4 is in a video or audio format")));
    CHECK(message.contains(kNoDecoder));
    CHECK(message.contains(FilmErrorPanel::installCommand()));
    CHECK_FALSE(message.contains(kDamaged));
}

TEST_CASE("backend errors are sorted into damaged files and missing decoders", "[ui][player][errors]")
{
    using Cause = FilmErrorPanel::Cause;
    const auto cause = [](QMediaPlayer::Error e, const char* text) {
        return FilmErrorPanel::causeOf(e, QString::fromUtf8(text));
    };
    CHECK(cause(QMediaPlayer::ResourceError, "Your GStreamer installation is missing a plug-in.") ==
          Cause::DecoderMissing);
    CHECK(cause(QMediaPlayer::ResourceError, "No decoder available for type 'video/x-h265'.") ==
          Cause::DecoderMissing);
    CHECK(cause(QMediaPlayer::FormatError, "Cannot play stream of type: <unknown>") == Cause::DecoderMissing);
    CHECK(cause(QMediaPlayer::ResourceError, "This file contains no playable streams.") == Cause::Unplayable);
    CHECK(cause(QMediaPlayer::ResourceError, "Could not determine type of stream.") == Cause::Unplayable);
    CHECK(cause(QMediaPlayer::ResourceError, "Internal data stream error.") == Cause::Unplayable);
    CHECK(cause(QMediaPlayer::ResourceError, "") == Cause::Unplayable);
}
