#pragma once

#include <string>
#include <vector>

namespace reflekt {

// `reflekt export`: one profile's notes to PDF, ODT or Markdown, without a display (the offscreen
// platform is chosen when there is none). Exit codes: 0 written, 1 failed (message says why), 2 usage.
class CliExport {
public:
    static int run(const std::vector<std::string>& args);
    static const char* usageLine();

private:
    static int usage(const std::string& message);
};

} // namespace reflekt
