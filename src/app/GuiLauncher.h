#pragma once

namespace reflekt {

// Starts the desktop player: options, data folder, single instance, database, main window.
class GuiLauncher {
public:
    static int run(int argc, char* argv[]);
};

} // namespace reflekt
