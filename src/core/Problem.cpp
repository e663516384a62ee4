#include "core/Problem.h"

#include <algorithm>

namespace reflekt {

std::string Problem::toString() const
{
    std::string out = file.empty() ? std::string("(bundle)") : file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0)
            out += ':' + std::to_string(column);
    }
    out += ": ";
    out += severity == Severity::Error ? "error: " : "warning: ";
    if (!pointer.empty())
        out += place.empty() ? pointer + ": " : place + " (" + pointer + "): ";
    out += message;
    return out;
}

bool hasErrors(const std::vector<Problem>& problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem& p) { return p.severity == Severity::Error; });
}

} // namespace reflekt
