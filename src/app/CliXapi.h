#pragma once

#include <string>
#include <vector>

namespace reflekt {

// `reflekt xapi export --profile NAME -o FILE.json [--data-dir DIR]`: one profile's xAPI
// statements (waiting and sent, not the ones an LRS refused) as a JSON array any LRS can import,
// byte for byte as they are or would be sent. Exit codes: 0 written, 1 failed, 2 usage.
class CliXapi {
public:
    static int run(const std::vector<std::string>& args);
    static const char* usageLine();

private:
    static int usage(const std::string& message);
};

} // namespace reflekt
