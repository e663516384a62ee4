#pragma once

#include <string>
#include <vector>

namespace reflekt {

// `reflekt init DIR [--language sv|nb|en]`: a small package that validates as it is, with a
// placeholder film (shipped inside the binary) and a README.md that explains each file.
// Exit codes: 0 written, 1 failed (the reason is printed), 2 usage.
class CliInit {
public:
    static int run(const std::vector<std::string>& args);
};

} // namespace reflekt
