// Catch2 main for the video tests: a real X display (tests/with-xvfb.sh starts one), never offscreen, because
// these tests look at frames on the screen.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        fprintf(stderr, "tests_ui_video needs a display: run it as `tests/with-xvfb.sh tests_ui_video`\n");
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("reflekt-video-tests"));
    return Catch::Session().run(argc, argv);
}
