#pragma once

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QWidget;

namespace reflekt {

class MainWindow;
class Workspace;

// A data folder and a modules folder of its own for one UI test, with a workspace and main
// window opened on them the way the application does. reopen() closes everything and opens it
// again on the same folders, as a restart would.
class UiTestFixture {
public:
    /** Copies the named fixture bundles (folders under tests/data) into the modules folder. */
    explicit UiTestFixture(const QStringList& bundles = {QStringLiteral("good/minimal")});
    ~UiTestFixture();

    void open();
    void close();
    void reopen();

    MainWindow& window() { return *m_window; }
    Workspace& workspace() { return *m_workspace; }
    QString modulesDir() const;
    QString dataDir() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

/** Copies a folder tree. */
bool copyTree(const QString& from, const QString& to);
/** Makes a test clip with ffmpeg (testsrc + sine). False if ffmpeg is missing. */
bool makeClip(const QString& file, int seconds);

/**
 * Runs `handle` on the next modal dialog that opens (polled from a timer, so it works while the
 * code under test sits in exec()). Call before the code that opens the dialog.
 */
void onNextModal(std::function<void(QWidget*)> handle, const QString& objectName = {});

/** Runs SQL on a database file from a second connection, the way another process could. */
void sqliteExec(const QString& dbFile, const char* sql);

} // namespace reflekt
