#pragma once

#include <string>
#include <vector>

namespace reflekt {

// The headless commands: they run without a display and without a QApplication.
// Each returns the process exit code (0 success, 1 problems found, 2 usage error).
class CliCommands {
public:
    /** True if argv[1] names one of the commands below. */
    static bool isCommand(const std::string& name);
    static int run(const std::vector<std::string>& args);

private:
    static int validate(const std::vector<std::string>& args);
    static int pack(const std::vector<std::string>& args);
    static int importArchive(const std::vector<std::string>& args);
    static int list(const std::vector<std::string>& args);
    static int usage(const std::string& message);
};

} // namespace reflekt
