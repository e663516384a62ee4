#include "core/BundleFileChecker.h"

#include "core/FileSniffer.h"
#include "core/PathGuard.h"
#include "core/Sha256.h"
#include "core/WebVtt.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

constexpr std::uintmax_t kMaxTextBytes = 8 * 1024 * 1024;

std::string readSmallFile(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string stepPointer(std::size_t module, std::size_t step)
{
    return "/modules/" + std::to_string(module) + "/steps/" + std::to_string(step);
}

} // namespace

BundleFileChecker::BundleFileChecker(const Bundle& bundle, bool checkContents, bool checkHashes)
    : m_bundle(bundle), m_checkContents(checkContents), m_checkHashes(checkHashes), m_resolver(bundle.root)
{
}

void BundleFileChecker::error(const std::string& file, const std::string& pointer, std::string message)
{
    m_problems.push_back({Severity::Error, file, pointer, std::move(message), 0, 0});
}

void BundleFileChecker::warning(const std::string& file, const std::string& pointer, std::string message)
{
    m_problems.push_back({Severity::Warning, file, pointer, std::move(message), 0, 0});
}

GuardedPath BundleFileChecker::guard(const std::string& relative)
{
    if (auto it = m_guarded.find(relative); it != m_guarded.end())
        return it->second;
    GuardedPath result = m_resolver.resolve(relative);
    m_guarded.emplace(relative, result);
    return result;
}

std::vector<Problem> BundleFileChecker::run()
{
    if (!m_bundle.cover.empty())
        check(m_bundle.cover, "/cover", Expect::Image);
    for (std::size_t mi = 0; mi < m_bundle.modules.size(); ++mi) {
        const Module& m = m_bundle.modules[mi];
        const std::string mp = "/modules/" + std::to_string(mi);
        for (const auto& [lang, file] : m.facilitatorGuide)
            check(file, mp + "/facilitatorGuide/" + lang, Expect::Markdown);
        for (std::size_t si = 0; si < m.steps.size(); ++si) {
            const Step& s = m.steps[si];
            const std::string sp = stepPointer(mi, si);
            switch (s.type) {
            case StepType::Film:
                check(s.video, sp + "/video", Expect::Video);
                if (!s.poster.empty())
                    check(s.poster, sp + "/poster", Expect::Image);
                for (std::size_t ci = 0; ci < s.captions.size(); ++ci)
                    check(s.captions[ci].file, sp + "/captions/" + std::to_string(ci) + "/file",
                          Expect::Captions);
                break;
            case StepType::Text:
                for (const auto& [lang, file] : s.document)
                    check(file, sp + "/markdown/" + lang, Expect::Markdown);
                break;
            case StepType::Activity:
                for (const auto& [lang, file] : s.document)
                    check(file, sp + "/document/" + lang, Expect::MarkdownOrPdf);
                break;
            case StepType::Reflection:
                break;
            }
        }
    }
    if (m_checkHashes)
        checkHashes();
    return std::move(m_problems);
}

void BundleFileChecker::check(const std::string& relative, const std::string& pointer, Expect expect)
{
    if (relative.empty())
        return;
    const GuardedPath guarded = guard(relative);
    if (!guarded.path) {
        error(relative, pointer, guarded.error);
        return;
    }
    // A file used twice (a poster that is also the cover) is checked once.
    if (m_checkContents && m_checked.insert(relative).second)
        checkContent(*guarded.path, relative, pointer, expect);
}

void BundleFileChecker::checkContent(const fs::path& file, const std::string& relative,
                                     const std::string& pointer, Expect expect)
{
    const FileKind kind = sniffFile(file);
    switch (expect) {
    case Expect::Video:
        if (!isVideo(kind))
            error(relative, pointer,
                  "is not a video file (expected MP4, WebM or Ogg; found " + describe(kind) + ")");
        return;
    case Expect::Image:
        if (!isImage(kind))
            error(relative, pointer,
                  "is not an image (expected PNG, JPEG, GIF, WebP or SVG; found " + describe(kind) + ")");
        return;
    case Expect::MarkdownOrPdf:
        if (kind == FileKind::Pdf)
            return;
        [[fallthrough]];
    case Expect::Markdown:
    case Expect::Captions: {
        std::error_code ec;
        if (fs::file_size(file, ec) > kMaxTextBytes) {
            error(relative, pointer, "is larger than 8 MiB, too large for a text file");
            return;
        }
        const std::string text = readSmallFile(file);
        if (expect == Expect::Captions) {
            VttResult vtt = parseWebVtt(text, relative);
            for (auto& p : vtt.problems) {
                if (p.pointer.empty())
                    p.pointer = pointer; // which manifest field names this caption file
                m_problems.push_back(std::move(p));
            }
            if (!hasErrors(vtt.problems) && vtt.cues.empty())
                warning(relative, pointer, "the caption file has no cues");
            return;
        }
        if (!isValidUtf8(text)) {
            error(relative, pointer, "is not valid UTF-8 text (save it as UTF-8)");
            return;
        }
        const std::size_t before = m_problems.size();
        checkMarkdown(text, relative);
        for (std::size_t i = before; i < m_problems.size(); ++i)
            m_problems[i].pointer = pointer; // which manifest field names this Markdown file
        return;
    }
    }
}

void BundleFileChecker::checkMarkdown(const std::string& text, const std::string& relative)
{
    // Images must come from inside the bundle: Reflekt never loads anything from the network.
    static const std::regex image(R"(!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\))");
    const fs::path base = fs::path(relative).parent_path();
    std::size_t line = 1;
    std::size_t lastPos = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), image); it != std::sregex_iterator();
         ++it) {
        const auto pos = static_cast<std::size_t>(it->position(0));
        line += static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(lastPos),
                                                    text.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
        lastPos = pos;
        const std::string target = (*it)[1].str();
        Problem p{Severity::Error, relative, {}, {}, line, 0};
        if (target.find("://") != std::string::npos || target.rfind("//", 0) == 0) {
            p.severity = Severity::Warning;
            p.message = "image \"" + target +
                        "\" is on the network; Reflekt never loads remote content, "
                        "so it will not be shown";
            m_problems.push_back(p);
            continue;
        }
        const std::string joined = (base / target).lexically_normal().generic_string();
        const GuardedPath guarded = guard(joined);
        if (!guarded.path) {
            p.message = "image \"" + target + "\": " + guarded.error;
            m_problems.push_back(p);
        } else if (m_checkContents && !isImage(sniffFile(*guarded.path))) {
            p.message = "image \"" + target + "\" is not an image file";
            m_problems.push_back(p);
        }
    }
}

void BundleFileChecker::checkHashes()
{
    for (const auto& [relative, expected] : m_bundle.sha256) {
        std::string pointer = "/sha256/";
        for (char c : relative)
            pointer += c == '/' ? std::string("~1") : std::string(1, c);
        const GuardedPath guarded = guard(relative);
        if (!guarded.path) {
            error(relative, pointer, guarded.error);
            continue;
        }
        const std::string actual = sha256Hex(*guarded.path);
        if (actual != expected)
            error(relative, pointer,
                  "the file's SHA-256 does not match the manifest (damaged or changed "
                  "after packing)");
    }
}

} // namespace reflekt
