#pragma once

#include <string>

namespace reflekt {

/** The words of the package `reflekt init` writes, in one language: content, not interface. */
struct TemplateTexts {
    std::string packageTitle, description, audience, publisher;
    std::string moduleTitle, moduleSummary;
    std::string filmTitle, captionLabel, chapterOne, chapterTwo;
    std::string textTitle, reflectionTitle, reflectionIntro, questionOne, subQuestion, questionTwo;
    std::string captions; ///< the placeholder film's WebVTT
    std::string text;     ///< the text step's Markdown
    std::string guide;    ///< the facilitator guide's Markdown
    std::string readme;   ///< README.md beside bundle.json: what each file and field is for
};

/** The texts for "sv", "nb" or (any other value) "en". */
const TemplateTexts& templateTexts(const std::string& language);

} // namespace reflekt
