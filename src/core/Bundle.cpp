#include "core/Bundle.h"

#include <functional>

namespace reflekt {

const Module* Bundle::findModule(const std::string& moduleId) const
{
    for (const auto& m : modules)
        if (m.id == moduleId)
            return &m;
    return nullptr;
}

std::vector<std::string> Bundle::questionIds() const
{
    std::vector<std::string> ids;
    std::function<void(const std::vector<Question>&)> walk = [&](const std::vector<Question>& qs) {
        for (const auto& q : qs) {
            ids.push_back(q.id);
            walk(q.children);
        }
    };
    for (const auto& m : modules)
        for (const auto& s : m.steps)
            walk(s.questions);
    return ids;
}

std::filesystem::path Bundle::resolve(const std::string& relative) const
{
    return root / std::filesystem::path(relative);
}

std::string toString(StepType type)
{
    switch (type) {
    case StepType::Film:
        return "film";
    case StepType::Text:
        return "text";
    case StepType::Reflection:
        return "reflection";
    case StepType::Activity:
        return "activity";
    }
    return "text";
}

std::string toString(ModuleKind kind)
{
    switch (kind) {
    case ModuleKind::FacilitatorIntro:
        return "facilitator-intro";
    case ModuleKind::Module:
        return "module";
    case ModuleKind::Case:
        return "case";
    case ModuleKind::Regional:
        return "regional";
    }
    return "module";
}

std::optional<StepType> stepTypeFromString(const std::string& s)
{
    for (auto t : {StepType::Film, StepType::Text, StepType::Reflection, StepType::Activity})
        if (toString(t) == s)
            return t;
    return std::nullopt;
}

std::optional<ModuleKind> moduleKindFromString(const std::string& s)
{
    for (auto k : {ModuleKind::FacilitatorIntro, ModuleKind::Module, ModuleKind::Case, ModuleKind::Regional})
        if (toString(k) == s)
            return k;
    return std::nullopt;
}

std::string questionNumber(const std::vector<std::size_t>& path)
{
    std::string out;
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (i)
            out += '.';
        out += std::to_string(path[i] + 1);
    }
    return out;
}

} // namespace reflekt
