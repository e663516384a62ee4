#pragma once

#include "core/Bundle.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace reflekt {

/** Caps that keep a hostile manifest from exhausting memory or the stack. */
struct ManifestLimits {
    std::size_t maxBytes = 4 * 1024 * 1024;
    std::size_t maxDepth = 64;
};

/**
 * Reads a bundle manifest (bundle.json) into the model. Reports every problem found, not just
 * the first: syntax errors with line and column, type and value errors with a JSON pointer,
 * unknown fields as warnings. Never throws.
 *
 * `fileName` is used in problems (normally "bundle.json"). The returned bundle has no root set.
 */
LoadResult parseManifest(std::string_view bytes, const std::string& fileName = "bundle.json",
                         const ManifestLimits& limits = {});

/**
 * As parseManifest(), but a manifest with field errors keeps what could be read of it in `bundle`
 * (ok() stays false), so the loader can check its files too and list every problem at once. A
 * manifest that does not parse as JSON has no bundle.
 */
LoadResult parseManifestKeepingPartial(std::string_view bytes, const std::string& fileName = "bundle.json",
                                       const ManifestLimits& limits = {});

} // namespace reflekt
