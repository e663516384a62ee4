// libFuzzer target: reading a film's length from its container header must never crash or hang on
// any bytes, and a length it gives is a real one.
#include "core/FilmDuration.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (const auto seconds = reflekt::filmDurationFromBytes(bytes))
        if (!std::isfinite(*seconds) || *seconds <= 0)
            std::abort();
    return 0;
}
