// libFuzzer target: whatever bytes a manifest (and a folder name) holds, the JSON documents that
// `reflekt validate --json` and `reflekt list --json` print must be valid JSON, never an abort.
#include "core/CliJson.h"
#include "core/ManifestReader.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void requireJson(const std::string& document, const char* what)
{
    try {
        const nlohmann::json parsed = nlohmann::json::parse(document);
        if (!parsed.is_array()) {
            std::fprintf(stderr, "%s: not a JSON array\n", what);
            std::abort();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: output does not parse: %s\n", what, e.what());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // The input's first line doubles as the folder and file name: names on disk need not be UTF-8.
    const std::string name(bytes.substr(0, std::min<std::size_t>(bytes.find('\n'), 64)));
    reflekt::LoadResult result = reflekt::parseManifest(bytes, name.empty() ? "bundle.json" : name);

    requireJson(reflekt::validateReportJson({{name, result}}), "validateReportJson");

    reflekt::LibraryEntry entry;
    entry.folder = name;
    entry.load = std::move(result);
    entry.shadowed = size % 2 == 1;
    requireJson(reflekt::libraryListJson({entry}), "libraryListJson");
    return 0;
}
