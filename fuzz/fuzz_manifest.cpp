// libFuzzer target: the manifest reader must report problems, never crash, on any bytes.
#include "core/ManifestReader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    reflekt::LoadResult result = reflekt::parseManifest(bytes);
    // Touch the model so a reader that leaves it half-built shows up under the sanitizers.
    if (result.bundle) {
        std::size_t steps = 0;
        for (const reflekt::Module& module : result.bundle->modules)
            steps += module.steps.size();
        (void)steps;
        (void)result.bundle->questionIds();
    }
    for (const reflekt::Problem& problem : result.problems)
        (void)problem.toString();
    return 0;
}
