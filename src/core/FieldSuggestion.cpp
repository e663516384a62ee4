#include "core/FieldSuggestion.h"

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

namespace reflekt {

namespace {

/** Words authors bring from other formats (SCORM, H5P, SRT tools, American spelling). */
const std::pair<const char*, const char*> kSynonyms[] = {
    {"subtitles", "captions"},    {"subtitle", "captions"},        {"caption", "captions"},
    {"duration", "durationSeconds"}, {"length", "durationSeconds"}, {"license", "licence"},
    {"guide", "facilitatorGuide"}, {"name", "title"},              {"question", "questions"},
    {"step", "steps"},            {"module", "modules"},           {"lang", "language"},
    {"chapter", "chapters"},      {"thumbnail", "poster"},         {"image", "poster"},
    {"color", "accentColor"},     {"colour", "accentColor"},       {"accentColour", "accentColor"},
    {"src", "file"},              {"path", "file"},                {"text", "markdown"},
};

char lower(char c)
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

} // namespace

std::size_t editDistance(const std::string& a, const std::string& b)
{
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

std::optional<std::string> suggestField(const std::string& unknown, std::initializer_list<const char*> known)
{
    if (unknown.empty() || unknown.size() > 64)
        return std::nullopt;
    const auto isKnown = [&](const std::string& name) {
        return std::any_of(known.begin(), known.end(), [&](const char* k) { return name == k; });
    };
    for (const auto& [from, to] : kSynonyms)
        if (unknown == from && isKnown(to))
            return std::string(to);
    // A slip: at most two edits, and at most a third of the word, so "id" never becomes "kind".
    const std::size_t allowed = std::min<std::size_t>(2, std::max<std::size_t>(1, unknown.size() / 3));
    std::optional<std::string> best;
    std::size_t bestDistance = allowed + 1;
    for (const char* k : known) {
        const std::size_t d = editDistance(unknown, k);
        if (d < bestDistance) {
            bestDistance = d;
            best = std::string(k);
        }
    }
    return best;
}

} // namespace reflekt
