// The command line answers for itself, writes documents in one language, and never reports a
// file on a full disk as written.
#include "ExportFixture.h"
#include "TinyDisk.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace reflekt;
using namespace reflekt::test;

namespace {

QStringList exportArgs(const ExportFixture& f, const QString& file, const QString& format)
{
    return {QStringLiteral("export"),
            QStringLiteral("--profile"),
            QStringLiteral("Åsa Öberg"),
            QStringLiteral("--format"),
            format,
            QStringLiteral("-o"),
            file,
            QStringLiteral("--data-dir"),
            f.dataDir(),
            QStringLiteral("--modules-dir"),
            QStringLiteral(REFLEKT_TEST_DATA_DIR "/good/minimal")};
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TEST_CASE("reflekt --help lists every command, and each command answers --help and help CMD", "[cli][help]")
{
    const CliRun overview = runHeadless({QStringLiteral("--help")});
    CHECK(overview.exitCode == 0);
    for (const char* command : {"validate", "pack", "import", "list", "export", "xapi", "help"})
        CHECK(overview.out.contains(QStringLiteral("  ") + QString::fromLatin1(command) + QLatin1Char(' ')));

    for (const char* command : {"validate", "pack", "import", "list", "export", "xapi"}) {
        const QString name = QString::fromLatin1(command);
        INFO(command);
        const CliRun viaFlag = runHeadless({name, QStringLiteral("--help")});
        CHECK(viaFlag.exitCode == 0);
        CHECK(viaFlag.out.startsWith(QStringLiteral("usage: reflekt ") + name));
        const CliRun viaHelp = runHeadless({QStringLiteral("help"), name});
        CHECK(viaHelp.exitCode == 0);
        CHECK(viaHelp.out == viaFlag.out);
    }
    // `validate --help` is a question, not a bundle called --help; `import -h` imports nothing.
    const CliRun validate = runHeadless({QStringLiteral("validate"), QStringLiteral("--help")});
    CHECK_FALSE(validate.out.contains(QStringLiteral("NOT valid")));
    CHECK(validate.err.isEmpty());
    const CliRun import = runHeadless({QStringLiteral("import"), QStringLiteral("-h")});
    CHECK(import.exitCode == 0);
    CHECK(import.err.isEmpty());

    const CliRun unknown = runHeadless({QStringLiteral("help"), QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
}

TEST_CASE("reflekt export in a Swedish locale writes Swedish labels, and --language chooses",
          "[cli][language]")
{
    ExportFixture f;
    f.closeStore();
    const QString sv = f.file(QStringLiteral("sv.md"));
    CliRun r = runHeadless(exportArgs(f, sv, QStringLiteral("md")), QStringLiteral("sv_SE.UTF-8"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString swedish = readText(sv);
    CHECK_FALSE(swedish.contains(QStringLiteral("All my reflection notes")));
    CHECK_FALSE(swedish.contains(QStringLiteral("Last edited")));
    CHECK(swedish.contains(QStringLiteral("Deltagare"))); // "Participant"

    const QString en = f.file(QStringLiteral("en.md"));
    QStringList args = exportArgs(f, en, QStringLiteral("md"));
    args << QStringLiteral("--language") << QStringLiteral("en");
    r = runHeadless(args, QStringLiteral("sv_SE.UTF-8"));
    REQUIRE(r.exitCode == 0);
    CHECK(readText(en).startsWith(QStringLiteral("# All my reflection notes\n")));

    const QString nb = f.file(QStringLiteral("nb.md"));
    args = exportArgs(f, nb, QStringLiteral("md"));
    args << QStringLiteral("--language") << QStringLiteral("nb");
    r = runHeadless(args);
    REQUIRE(r.exitCode == 0);
    CHECK(readText(nb).contains(QStringLiteral("Deltaker")));

    args = exportArgs(f, nb, QStringLiteral("md"));
    args << QStringLiteral("--language") << QStringLiteral("de");
    r = runHeadless(args);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("--language")));
}

TEST_CASE("reflekt export onto a full disk fails, names the disk, and leaves no empty file", "[cli][disk]")
{
    ExportFixture f;
    f.closeStore();
    testing::TinyDisk disk(256 * 1024);
    REFLEKT_REQUIRE_TINY_DISK(disk);
    REQUIRE(disk.fill());
    for (const char* format : {"md", "odt", "pdf"}) {
        INFO(format);
        const QString target =
            QString::fromStdString((disk.path() / (std::string("notes.") + format)).string());
        const CliRun r = runHeadless(exportArgs(f, target, QString::fromLatin1(format)));
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("full")));
        CHECK_FALSE(r.out.contains(QStringLiteral("exported")));
        CHECK_FALSE(QFile::exists(target));
    }
}
