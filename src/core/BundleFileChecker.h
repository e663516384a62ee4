#pragma once

#include "core/Bundle.h"

#include "core/FileSniffer.h"
#include "core/PathGuard.h"

#include <map>
#include <optional>
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
    /** `pendingFiles` (relative path -> text), when given, are taken as they will be once saved:
        existing, with that content, whatever the disk holds (the editor's unsaved texts). */
    BundleFileChecker(const Bundle& bundle, bool checkContents, bool checkHashes,
                      const std::map<std::string, std::string>* pendingFiles = nullptr);

    std::vector<Problem> run();

    /**
     * After run(): every file the manifest refers to, directly or as an image in its Markdown, and
     * every file it lists a hash for; relative to the bundle root, '/'-separated and normalised.
     */
    std::set<std::string> referencedFiles() const;

private:
    enum class Expect { Video, Image, Captions, Descriptions, Audio, Markdown, MarkdownOrPdf };

    void check(const std::string& relative, const std::string& pointer, Expect expect);
    void checkContent(const std::filesystem::path& file, const std::string& relative,
                      const std::string& pointer, Expect expect);
    void checkBytes(const std::string& bytes, FileKind kind, const std::string& relative,
                    const std::string& pointer, Expect expect);
    const std::string* pending(const std::string& relative) const;
    void checkMarkdown(const std::string& text, const std::string& relative);
    void checkDescriptions(const std::string& text, const std::string& relative, const std::string& pointer);
    void checkFilmLength(const Step& step, const std::string& pointer);
    void checkHashes();
    void error(const std::string& file, const std::string& pointer, std::string message);
    void warning(const std::string& file, const std::string& pointer, std::string message);

    const Bundle& m_bundle;
    bool m_checkContents;
    bool m_checkHashes;
    const std::map<std::string, std::string>* m_pending;
    GuardedPath guard(const std::string& relative);

    double m_filmSeconds = 0; ///< the film step being checked, for its description tracks' timing
    std::set<std::string> m_checked;
    std::map<std::string, GuardedPath> m_guarded; ///< a file named by many steps is resolved once
    BundlePathResolver m_resolver;
    std::vector<Problem> m_problems;
};

} // namespace reflekt
