#pragma once

#include <string>
#include <vector>

namespace reflekt {

// `reflekt convert-captions IN.srt [OUT.vtt] [--force]`: an SRT caption file as WebVTT, written
// durably beside it (same name, .vtt) unless OUT is given. Never overwrites without --force.
// Exit codes: 0 written, 1 failed (the reason is printed), 2 usage.
class CliCaptions {
public:
    static int run(const std::vector<std::string>& args);
};

} // namespace reflekt
