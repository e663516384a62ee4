#include "app/CliArgs.h"

#include <algorithm>

namespace reflekt {

std::optional<std::string> CliArgs::takeOption(std::vector<std::string>& args, const std::string& name)
{
    const auto at = std::find(args.begin(), args.end(), name);
    if (at == args.end())
        return std::nullopt;
    if (at + 1 == args.end()) {
        args.erase(at);
        return std::string();
    }
    std::string value = *(at + 1);
    args.erase(at, at + 2);
    return value;
}

bool CliArgs::takeFlag(std::vector<std::string>& args, const std::string& name)
{
    const auto at = std::find(args.begin(), args.end(), name);
    if (at == args.end())
        return false;
    args.erase(at);
    return true;
}

} // namespace reflekt
