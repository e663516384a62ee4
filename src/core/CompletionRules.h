#pragma once

#include "core/Bundle.h"

#include <set>
#include <string>

namespace reflekt {

/**
 * When a step counts as done for a person working alone (see docs/bundle-format.md):
 * text and activity steps when opened; a film when its required share of distinct seconds has
 * been watched (WatchedRanges); a reflection step when every top-level question has an answer,
 * either to itself or to one of its sub-questions.
 */
bool reflectionComplete(const Step& step, const std::set<std::string>& answeredQuestionIds);

/** Text and activity steps are done as soon as they are opened. */
bool completesOnOpen(StepType type);

} // namespace reflekt
