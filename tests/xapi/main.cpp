#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "LrsProcess.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int failed = Catch::Session().run(argc, argv);
    // ctest's SKIP_RETURN_CODE: a skipped run is reported as skipped, not as passed.
    if (failed == 0 && reflekt::testing::LrsProcess::skipped())
        return 77;
    return failed;
}
