#pragma once

#include "core/Bundle.h"

#include "core/PathGuard.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace reflekt {

/**
 * Checks the files a bundle's manifest refers to: each exists inside the bundle (symlinks may not
 * lead out), and, when asked, is what it claims to be (a video container by its magic bytes,
 * WebVTT that parses, UTF-8 Markdown whose images stay inside the bundle, images, PDFs) and
 * matches its SHA-256 from the manifest.
 */
class BundleFileChecker {
public:
    BundleFileChecker(const Bundle& bundle, bool checkContents, bool checkHashes);

    std::vector<Problem> run();

private:
    enum class Expect { Video, Image, Captions, Markdown, MarkdownOrPdf };

    void check(const std::string& relative, const std::string& pointer, Expect expect);
    void checkContent(const std::filesystem::path& file, const std::string& relative,
                      const std::string& pointer, Expect expect);
    void checkMarkdown(const std::string& text, const std::string& relative);
    void checkHashes();
    void error(const std::string& file, const std::string& pointer, std::string message);
    void warning(const std::string& file, const std::string& pointer, std::string message);

    const Bundle& m_bundle;
    bool m_checkContents;
    bool m_checkHashes;
    GuardedPath guard(const std::string& relative);

    std::set<std::string> m_checked;
    std::map<std::string, GuardedPath> m_guarded; ///< a file named by many steps is resolved once
    BundlePathResolver m_resolver;
    std::vector<Problem> m_problems;
};

} // namespace reflekt
