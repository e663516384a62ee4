// Catch2 main with a QCoreApplication: the platform layer needs no display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("reflekt-tests"));
    return Catch::Session().run(argc, argv);
}
