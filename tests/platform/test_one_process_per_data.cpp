// Two processes on one data folder, by whatever path it is named, never write beside each other:
// a second player hands over to the first, a command waits for the data or says it is in use.
#include "platform/DataFolderLock.h"
#include "platform/SingleInstance.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

using namespace reflekt;

namespace {

struct DataWithLink {
    QTemporaryDir tmp;
    QString data = tmp.filePath(QStringLiteral("data"));
    QString link = tmp.filePath(QStringLiteral("link-to-data"));
    DataWithLink()
    {
        REQUIRE(QDir().mkpath(data));
        REQUIRE(QFile::link(data, link));
    }
};

} // namespace

TEST_CASE("a player started on a symlink to the data folder hands over to the one running",
          "[platform][instance]")
{
    DataWithLink d;
    SingleInstance first(d.data);
    REQUIRE(first.listen());
    SingleInstance second(d.link);
    CHECK(second.forwardToRunning({QStringLiteral("/tmp/x.reflekt")}));
    SingleInstance elsewhere(d.tmp.filePath(QStringLiteral("other")));
    CHECK_FALSE(elsewhere.forwardToRunning({}));
}

TEST_CASE("the data folder lock keeps a second holder out, by any path", "[platform][lock]")
{
    DataWithLink d;
    DataFolderLock first;
    REQUIRE(first.acquire(d.data, 0).isEmpty());
    DataFolderLock second;
    const QString busy = second.acquire(d.link, 200);
    CHECK_FALSE(second.isHeld());
    CHECK(busy.contains(QStringLiteral("in use")));
    CHECK(busy.contains(QDir::toNativeSeparators(d.link)));
}

TEST_CASE("a command on data a player holds waits, and goes on once the player has let go",
          "[platform][lock]")
{
    DataWithLink d;
    auto player = std::make_unique<DataFolderLock>();
    REQUIRE(player->acquire(d.data, 0).isEmpty());
    // `reflekt import` of a file that is not there: it must first get the data, then fail on the file.
    QProcess command;
    command.start(QStringLiteral(REFLEKT_BINARY), {QStringLiteral("import"), QStringLiteral("--data-dir"),
                                                   d.link, d.tmp.filePath(QStringLiteral("none.reflekt"))});
    REQUIRE(command.waitForStarted());
    CHECK_FALSE(command.waitForFinished(1500)); // still waiting for the data folder
    player.reset();                             // the player quits
    REQUIRE(command.waitForFinished(15000));
    const QString err = QString::fromUtf8(command.readAllStandardError());
    INFO(err.toStdString());
    CHECK(command.exitCode() == 1);
    CHECK_FALSE(err.contains(QStringLiteral("in use")));
    CHECK(err.contains(QStringLiteral("none.reflekt")));
}
