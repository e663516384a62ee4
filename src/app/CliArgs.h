#pragma once

#include <optional>
#include <string>
#include <vector>

namespace reflekt {

// Small helpers shared by the headless commands for picking options out of their arguments.
class CliArgs {
public:
    /** Removes "--name VALUE" from args: nullopt if absent, "" if the value is missing. */
    static std::optional<std::string> takeOption(std::vector<std::string>& args, const std::string& name);
    /** Removes "--name" from args; true if it was there. */
    static bool takeFlag(std::vector<std::string>& args, const std::string& name);
};

} // namespace reflekt
