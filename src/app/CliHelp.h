#pragma once

#include <string>
#include <vector>

namespace reflekt {

// What each headless command is for and how it is called: `reflekt --help` lists them,
// `reflekt help CMD` and `reflekt CMD --help` print one. English, as the command line's messages.
class CliHelp {
public:
    struct Command {
        std::string name;
        std::string summary; ///< one line: what it is for
        std::string usage;   ///< "reflekt NAME ..." (may span lines)
        std::string details; ///< options and exit codes
    };

    static const std::vector<Command>& commands();
    static const Command* find(const std::string& name);
    /** Every command with its one-line summary. */
    static std::string overview();
    /** One command's usage and details; empty for an unknown name. */
    static std::string usage(const std::string& name);
    /** True if the arguments ask for help (--help or -h). */
    static bool wantsHelp(const std::vector<std::string>& args);
};

} // namespace reflekt
