// `reflekt export` end to end: the built binary, no display, a store filled by the test.
#include "ExportFixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

using namespace reflekt;
using namespace reflekt::test;

namespace {

CliRun reflektExport(const ExportFixture& f, QStringList args)
{
    args.prepend(QStringLiteral("export"));
    args << QStringLiteral("--data-dir") << f.dataDir() << QStringLiteral("--modules-dir")
         << QStringLiteral(REFLEKT_TEST_DATA_DIR "/good/minimal");
    return runHeadless(args);
}

} // namespace

TEST_CASE("reflekt export writes a module's PDF without a display", "[cli]")
{
    ExportFixture f;
    f.closeStore();
    const QString pdf = f.file(QStringLiteral("cli.pdf"));
    const CliRun r = reflektExport(f, {QStringLiteral("--profile"), QStringLiteral("Åsa Öberg"),
                                       QStringLiteral("--bundle"), QStringLiteral("org.example.minimal"),
                                       QStringLiteral("--module"), QStringLiteral("intro"),
                                       QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf,
                                       QStringLiteral("--language"), QStringLiteral("sv")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Vad är kultur för dig?")));
    CHECK(text.contains(QStringLiteral("språket och minnen – å ä ö.")));
    CHECK(!text.contains(QString::fromUtf8(ExportFixture::kSecret)));
}

TEST_CASE("reflekt export of everything a profile wrote, as Markdown, finds the profile ignoring case", "[cli]")
{
    ExportFixture f;
    f.closeStore();
    const QString md = f.file(QStringLiteral("all.md"));
    const CliRun r = reflektExport(f, {QStringLiteral("--profile"), QStringLiteral("åsa öberg"), QStringLiteral("--format"),
                                       QStringLiteral("md"), QStringLiteral("-o"), md});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile file(md);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.startsWith(QStringLiteral("# All my reflection notes\n")));
    CHECK(text.contains(QString::fromUtf8(ExportFixture::kAnswerQ1a)));
    CHECK(text.contains(QString::fromUtf8(ExportFixture::kEarlier)));
    CHECK(!text.contains(QString::fromUtf8(ExportFixture::kSecret)));
}

TEST_CASE("reflekt export explains failures and usage errors with exit codes 1 and 2", "[cli]")
{
    ExportFixture f;
    f.closeStore();
    const QString out = f.file(QStringLiteral("x.pdf"));

    CliRun r = reflektExport(f, {QStringLiteral("--profile"), QStringLiteral("Nobody"), QStringLiteral("-o"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("no profile named Nobody")));

    r = reflektExport(f, {QStringLiteral("--profile"), QStringLiteral("Bertil"), QStringLiteral("--bundle"),
                          QStringLiteral("org.example.nothere"), QStringLiteral("-o"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("org.example.nothere")));

    r = reflektExport(f, {QStringLiteral("--profile"), QStringLiteral("Bertil"), QStringLiteral("--module"),
                          QStringLiteral("nomodule"), QStringLiteral("-o"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("nomodule")));

    r = reflektExport(f, {QStringLiteral("--profile"), QStringLiteral("Bertil"), QStringLiteral("--session"),
                          QStringLiteral("42"), QStringLiteral("-o"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("no group session 42")));

    const QString nowhere = f.file(QStringLiteral("no/such/dir/x.pdf"));
    r = reflektExport(f, {QStringLiteral("--profile"), QStringLiteral("Bertil"), QStringLiteral("-o"), nowhere});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Cannot write ") + nowhere));

    r = reflektExport(f, {QStringLiteral("--profile"), QStringLiteral("Bertil"), QStringLiteral("--format"),
                          QStringLiteral("docx"), QStringLiteral("-o"), out});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("usage:")));

    r = reflektExport(f, {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out});
    CHECK(r.exitCode == 2);
    CHECK(!QFile::exists(out));
}

TEST_CASE("without a display --version answers and the player says what it needs instead of aborting", "[cli]")
{
    const CliRun version = runHeadless({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("reflekt ")));

    const CliRun help = runHeadless({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--data-dir")));

    const CliRun player = runHeadless({QStringLiteral("--profile"), QStringLiteral("Eva")});
    CHECK(player.exitCode == 1);
    INFO(player.err.toStdString());
    CHECK(player.err.contains(QStringLiteral("no graphical display")));
    CHECK(player.err.contains(QStringLiteral("validate")));
}
