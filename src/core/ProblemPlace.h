#pragma once

#include "core/Problem.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace reflekt {

/**
 * A JSON pointer into a manifest in the words a person uses: "/modules/1/steps/0/captions" in a
 * manifest whose second module is titled "Kultur och identitet" is `module 2 “Kultur och
 * identitet”, step 1 (film), captions`. Numbers count from 1, titles are in the manifest's
 * default language, questions are numbered as the player numbers them (1.2). "" for "".
 */
std::string describePlace(const nlohmann::json& manifest, const std::string& pointer);

/**
 * Fills in, for the problems about `manifestBytes` (file == `fileName`, or any problem with a
 * pointer for `place`): the line and column of the field a problem's pointer names, where the
 * problem has none, and the place in words. Bytes that are not JSON leave the problems as they are.
 */
void locateProblems(std::string_view manifestBytes, const std::string& fileName, std::vector<Problem>& problems);

} // namespace reflekt
