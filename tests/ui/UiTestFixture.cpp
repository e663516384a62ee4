#include "UiTestFixture.h"

#include "platform/AppPaths.h"
#include "platform/Workspace.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPointer>
#include <QTimer>

#include <catch2/catch.hpp>

#include <sqlite3.h>

namespace reflekt {

bool copyTree(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

bool makeClip(const QString& file, int seconds)
{
    QFile::remove(file);
    const QString d = QString::number(seconds);
    const int code =
        QProcess::execute(QStringLiteral("ffmpeg"),
                          {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                           QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                           QStringLiteral("testsrc=duration=%1:size=320x180:rate=25").arg(d),
                           QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                           QStringLiteral("sine=duration=%1").arg(d), QStringLiteral("-c:v"),
                           QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                           QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-shortest"), file});
    return code == 0 && QFileInfo::exists(file);
}

UiTestFixture::UiTestFixture(const QStringList& bundles)
{
    REQUIRE(m_dir.isValid());
    for (const QString& b : bundles)
        REQUIRE(copyTree(QStringLiteral(REFLEKT_TEST_DATA_DIR "/") + b,
                         modulesDir() + QLatin1Char('/') + QFileInfo(b).fileName()));
}

UiTestFixture::~UiTestFixture()
{
    close();
}

QString UiTestFixture::modulesDir() const
{
    return m_dir.path() + QStringLiteral("/modules");
}

QString UiTestFixture::dataDir() const
{
    return m_dir.path() + QStringLiteral("/data");
}

void UiTestFixture::open()
{
    AppPaths::configure(dataDir(), modulesDir());
    m_workspace = std::make_unique<Workspace>();
    REQUIRE(m_workspace->openStore());
    m_workspace->setContentLanguage(QStringLiteral("sv"));
    m_workspace->rescanLibrary();
    m_window = std::make_unique<MainWindow>(*m_workspace);
    m_window->show();
}

void UiTestFixture::close()
{
    if (m_window) {
        m_window->close();
        m_window.reset();
    }
    if (m_workspace) {
        m_workspace->closeStore();
        m_workspace.reset();
    }
}

void UiTestFixture::reopen()
{
    close();
    open();
}

void onNextModal(std::function<void(QWidget*)> handle, const QString& objectName)
{
    // "Next" is a modal other than the one showing now (a handler arming the next one runs inside
    // that one's event loop), and, when named, the one with that name: a slow machine shows the
    // export's progress dialog in between.
    QPointer<QWidget> armedOver = QApplication::activeModalWidget();
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, armedOver, objectName] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal == armedOver)
            return;
        if (!objectName.isEmpty() && modal->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        handle(modal);
    });
    timer->start();
}

void sqliteExec(const QString& dbFile, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(dbFile.toUtf8().constData(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace reflekt
