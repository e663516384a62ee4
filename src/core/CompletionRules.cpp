#include "core/CompletionRules.h"

namespace reflekt {

namespace {
bool answered(const Question& q, const std::set<std::string>& ids)
{
    if (ids.count(q.id))
        return true;
    for (const auto& child : q.children)
        if (answered(child, ids))
            return true;
    return false;
}
} // namespace

bool reflectionComplete(const Step& step, const std::set<std::string>& answeredQuestionIds)
{
    if (step.type != StepType::Reflection || step.questions.empty())
        return false;
    for (const auto& q : step.questions)
        if (!answered(q, answeredQuestionIds))
            return false;
    return true;
}

bool completesOnOpen(StepType type)
{
    return type == StepType::Text || type == StepType::Activity;
}

} // namespace reflekt
