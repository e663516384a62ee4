// `reflekt convert-captions` end to end: the built binary turns an SRT file into WebVTT.
#include "ExportFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace reflekt::test;

namespace {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("reflekt convert-captions writes FILE.vtt beside FILE.srt and never overwrites without --force",
          "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString srt = QDir(dir.path()).filePath(QStringLiteral("film.sv.srt"));
    const QString vtt = QDir(dir.path()).filePath(QStringLiteral("film.sv.vtt"));
    writeBytes(srt, QByteArray("1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>Bl\xE5" "b\xE4r</i>\r\n"));

    const CliRun r = runHeadless({QStringLiteral("convert-captions"), srt});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(vtt));
    CHECK(readBytes(vtt) == QByteArray("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\n<i>Blåbär</i>\n"));

    writeBytes(vtt, QByteArray("mine"));
    const CliRun again = runHeadless({QStringLiteral("convert-captions"), srt});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(readBytes(vtt) == QByteArray("mine"));

    const CliRun forced = runHeadless({QStringLiteral("convert-captions"), QStringLiteral("--force"), srt});
    CHECK(forced.exitCode == 0);
    CHECK(readBytes(vtt).startsWith("WEBVTT\n"));
}

TEST_CASE("reflekt convert-captions refuses a broken SRT file, naming the line, and writes nothing", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString srt = QDir(dir.path()).filePath(QStringLiteral("film.srt"));
    const QString vtt = QDir(dir.path()).filePath(QStringLiteral("out.vtt"));
    writeBytes(srt, QByteArray("1\n00:00:01,000 --> 00:00:02,000\nBra\n\n2\n00:00:03 - 00:00:04\nTrasig\n"));
    const CliRun r = runHeadless({QStringLiteral("convert-captions"), srt, vtt});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(srt + QStringLiteral(":6:")));
    CHECK(r.err.contains(QStringLiteral("was not converted")));
    CHECK_FALSE(QFile::exists(vtt));
}
