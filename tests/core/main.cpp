// Takes the C locale from the environment (LC_ALL, LANG) as the app does through Qt, so that
// `LC_ALL=sv_SE.UTF-8 ctest` runs every test under a decimal comma (issue 13).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <clocale>

int main(int argc, char* argv[])
{
    std::setlocale(LC_ALL, "");
    return Catch::Session().run(argc, argv);
}
