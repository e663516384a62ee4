#include "core/PathGuard.h"

#include <system_error>

namespace fs = std::filesystem;

namespace reflekt {

std::string checkRelativePath(const std::string& relative)
{
    if (relative.empty())
        return "the path is empty";
    if (relative.size() > 1024)
        return "the path is longer than 1024 characters";
    if (relative.front() == '/')
        return "absolute paths are not allowed; give the path relative to the bundle folder";
    if (relative.size() >= 2 && relative[1] == ':')
        return "drive letters are not allowed; give the path relative to the bundle folder";
    for (unsigned char c : relative) {
        if (c == '\\')
            return "backslashes are not allowed; use '/' between folders";
        if (c < 0x20 || c == 0x7f)
            return "the path contains a control character";
    }
    std::size_t start = 0;
    while (start <= relative.size()) {
        const std::size_t end = relative.find('/', start);
        const std::string segment =
            relative.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (segment == "..")
            return "'..' is not allowed: the path must stay inside the bundle";
        if (segment.empty() || segment == ".")
            return "empty or '.' path segments are not allowed";
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return {};
}

GuardedPath guardPath(const fs::path& root, const std::string& relative, bool mustExist)
{
    if (std::string why = checkRelativePath(relative); !why.empty())
        return {std::nullopt, why};
    const fs::path candidate = root / fs::path(relative);
    if (!mustExist)
        return {candidate, {}};

    std::error_code ec;
    const fs::path realRoot = fs::canonical(root, ec);
    if (ec)
        return {std::nullopt, "the bundle folder cannot be resolved: " + ec.message()};
    const fs::path real = fs::canonical(candidate, ec);
    if (ec)
        return {std::nullopt, "file not found"};
    // Symlinks are followed by canonical(); the result must still be below the bundle root.
    auto r = realRoot.begin();
    auto p = real.begin();
    for (; r != realRoot.end(); ++r, ++p) {
        if (p == real.end() || *p != *r)
            return {std::nullopt, "the path leads outside the bundle (through a symbolic link)"};
    }
    if (!fs::is_regular_file(real, ec))
        return {std::nullopt, "not a regular file"};
    return {real, {}};
}

} // namespace reflekt
