// Reflekt: wiring only. Headless commands run without a QApplication; everything else opens the player.
#include "app/CliCommands.h"
#include "app/GuiLauncher.h"

#include <string>
#include <vector>

int main(int argc, char* argv[])
{
    if (argc > 1 && reflekt::CliCommands::isCommand(argv[1]))
        return reflekt::CliCommands::run(std::vector<std::string>(argv + 1, argv + argc));
    return reflekt::GuiLauncher::run(argc, argv);
}
