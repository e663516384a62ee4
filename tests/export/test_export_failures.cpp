// A failed or cancelled export leaves no file behind (and never damages an earlier one).
#include "ExportFixture.h"

#include "export/Exporter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace reflekt;
using namespace reflekt::test;

namespace {

ExportResult exportTo(ExportFixture& f, const QString& path, ExportFormat format = ExportFormat::Pdf,
                      ExportProgress progress = {})
{
    ExportOptions options;
    options.format = format;
    options.filePath = path;
    options.progress = std::move(progress);
    return Exporter::exportNotes(*f.store, f.bundles(), f.request(ExportScope::Module), options);
}

} // namespace

TEST_CASE("Exporting into a folder that does not exist reports the reason and writes nothing", "[failure]")
{
    ExportFixture f;
    const QString path = f.file(QStringLiteral("missing/folder/notes.pdf"));
    const ExportResult result = exportTo(f, path);
    CHECK(!result.ok());
    CHECK(result.error.startsWith(QStringLiteral("Cannot write %1: ").arg(QDir::toNativeSeparators(path))));
    CHECK(!QFile::exists(path));
    CHECK(!QDir(f.file(QStringLiteral("missing"))).exists());
}

TEST_CASE("Exporting below a file (not a folder) fails cleanly", "[failure]")
{
    ExportFixture f;
    QFile blocker(f.file(QStringLiteral("plain.txt")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = f.file(QStringLiteral("plain.txt/notes.md"));
    const ExportResult result = exportTo(f, path, ExportFormat::Markdown);
    CHECK(!result.ok());
    CHECK(result.error.contains(QStringLiteral("Cannot write")));
    CHECK(!QFile::exists(path));
}

TEST_CASE("Exporting into a read-only folder fails and leaves the folder empty", "[failure]")
{
    if (geteuid() == 0) {
        WARN("running as root: folder permissions are not enforced, skipped");
        return;
    }
    ExportFixture f;
    const QString folder = f.file(QStringLiteral("readonly"));
    REQUIRE(QDir().mkpath(folder));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const ExportResult result = exportTo(f, folder + QStringLiteral("/notes.pdf"));
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK(!result.ok());
    CHECK(result.error.contains(QStringLiteral("Cannot write")));
    CHECK(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden).isEmpty());
}

TEST_CASE("A cancelled export keeps the earlier file as it was and leaves no temporary file", "[failure]")
{
    ExportFixture f;
    const QString path = f.file(QStringLiteral("out/notes.pdf"));
    REQUIRE(QDir().mkpath(f.file(QStringLiteral("out"))));
    {
        QFile earlier(path);
        REQUIRE(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier export");
    }
    int calls = 0;
    const ExportResult result = exportTo(f, path, ExportFormat::Pdf, [&](int, int) { return ++calls < 2; });
    CHECK(result.cancelled);
    CHECK(!result.ok());
    QFile earlier(path);
    REQUIRE(earlier.open(QIODevice::ReadOnly));
    CHECK(earlier.readAll() == QByteArray("earlier export"));
    CHECK(QDir(f.file(QStringLiteral("out"))).entryList(QDir::NoDotAndDotDot | QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("notes.pdf")});
}

TEST_CASE("Unknown packages, modules and profiles are named in the error", "[failure]")
{
    ExportFixture f;
    ExportOptions options;
    options.format = ExportFormat::Markdown;
    options.filePath = f.file(QStringLiteral("x.md"));

    ExportRequest request = f.request(ExportScope::Module);
    request.moduleId = QStringLiteral("nosuchmodule");
    CHECK(Exporter::exportNotes(*f.store, f.bundles(), request, options).error.contains(QStringLiteral("nosuchmodule")));
    request.scope = ExportScope::Package;
    request.bundleId = QStringLiteral("org.example.gone");
    CHECK(Exporter::exportNotes(*f.store, f.bundles(), request, options).error.contains(
        QStringLiteral("org.example.gone")));
    request = f.request(ExportScope::Package);
    request.participantId = 9999;
    CHECK(!Exporter::exportNotes(*f.store, f.bundles(), request, options).ok());
    CHECK(!QFile::exists(options.filePath));
}
