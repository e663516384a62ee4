#include "core/ManifestReader.h"

#include "core/JsonSyntaxHint.h"
#include "core/ManifestWalker.h"
#include "core/ProblemPlace.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace reflekt {

namespace {

using nlohmann::json;

struct LineColumn {
    std::size_t line = 1;
    std::size_t column = 1;
};

LineColumn lineColumnAt(std::string_view bytes, std::size_t offset)
{
    LineColumn lc;
    const std::size_t end = std::min(offset, bytes.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (bytes[i] == '\n') {
            ++lc.line;
            lc.column = 1;
        } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
            ++lc.column; // count characters, not UTF-8 continuation bytes
        }
    }
    return lc;
}

// Finds the first place where nesting exceeds maxDepth, without building anything.
std::optional<std::size_t> tooDeepAt(std::string_view bytes, std::size_t maxDepth)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

} // namespace

LoadResult parseManifest(std::string_view bytes, const std::string& fileName, const ManifestLimits& limits)
{
    LoadResult result = parseManifestKeepingPartial(bytes, fileName, limits);
    if (hasErrors(result.problems))
        result.bundle.reset();
    return result;
}

LoadResult parseManifestKeepingPartial(std::string_view bytes, const std::string& fileName,
                                       const ManifestLimits& limits)
{
    LoadResult result;
    auto fail = [&](std::string message, std::size_t offset) {
        const LineColumn lc = lineColumnAt(bytes, offset);
        result.problems.push_back({Severity::Error, fileName, {}, std::move(message), lc.line, lc.column});
        return result;
    };
    if (bytes.size() > limits.maxBytes)
        return fail("the manifest is " + std::to_string(bytes.size() / 1024) + " KiB; the limit is " +
                        std::to_string(limits.maxBytes / 1024) + " KiB",
                    0);
    if (auto at = tooDeepAt(bytes, limits.maxDepth))
        return fail("JSON is nested more than " + std::to_string(limits.maxDepth) + " levels deep", *at);

    json root;
    try {
        root = json::parse(bytes.begin(), bytes.end());
    } catch (const json::parse_error& e) {
        // The parser stops where it notices (the line after a missing comma, at a "]" after a
        // trailing one); the slip itself is named where it is when it is a common one.
        if (const std::optional<JsonSlip> slip = findJsonSlip(bytes))
            return fail("invalid JSON: " + slip->message, slip->offset);
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error ..." -> keep the
        // reason
        if (auto colon = what.find(": "); colon != std::string::npos)
            what = what.substr(colon + 2);
        return fail("invalid JSON: " + what, e.byte > 0 ? e.byte - 1 : 0);
    } catch (const std::exception& e) {
        return fail(std::string("invalid JSON: ") + e.what(), 0);
    }
    if (!root.is_object())
        return fail("the manifest must be a JSON object", 0);

    try {
        ManifestWalker walker(fileName, result.problems);
        result.bundle = walker.readBundle(root);
    } catch (const std::exception& e) {
        // Defensive: the walker checks types before reading, so this is a bug, reported not thrown.
        result.problems.push_back(
            {Severity::Error, fileName, {}, std::string("cannot read manifest: ") + e.what(), 0, 0});
    }
    locateProblems(bytes, fileName, result.problems);
    return result;
}

} // namespace reflekt
