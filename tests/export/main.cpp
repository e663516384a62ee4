// Catch2 main with a QGuiApplication, so tests can lay out documents (offscreen platform).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                     : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("reflekt-tests"));
    return Catch::Session().run(argc, argv);
}
