#include "core/BundleFileChecker.h"

#include "core/DescriptionTrack.h"
#include "core/FileSniffer.h"
#include "core/FilmDuration.h"
#include "core/PathGuard.h"
#include "core/Sha256.h"
#include "core/WebVtt.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

constexpr std::uintmax_t kMaxTextBytes = 8 * 1024 * 1024;

/** Seconds as an author writes them in bundle.json ("60", "98.4"): a full stop in every locale. */
std::string seconds(double value)
{
    char buf[32];
    const double tenths = std::round(value * 10) / 10;
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, tenths);
    return ec == std::errc() ? std::string(buf, end) : std::string("?");
}

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

BundleFileChecker::BundleFileChecker(const Bundle& bundle, bool checkContents, bool checkHashes,
                                     const std::map<std::string, std::string>* pendingFiles)
    : m_bundle(bundle), m_checkContents(checkContents), m_checkHashes(checkHashes), m_pending(pendingFiles),
      m_resolver(bundle.root)
{
}

const std::string* BundleFileChecker::pending(const std::string& relative) const
{
    if (!m_pending)
        return nullptr;
    const auto it = m_pending->find(relative);
    return it == m_pending->end() ? nullptr : &it->second;
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
                if (m_checkContents)
                    checkFilmLength(s, sp);
                if (!s.poster.empty())
                    check(s.poster, sp + "/poster", Expect::Image);
                for (std::size_t ci = 0; ci < s.captions.size(); ++ci)
                    check(s.captions[ci].file, sp + "/captions/" + std::to_string(ci) + "/file",
                          Expect::Captions);
                m_filmSeconds = s.durationSeconds;
                for (const auto& [lang, file] : s.descriptions)
                    check(file, sp + "/descriptions/" + lang, Expect::Descriptions);
                for (const auto& [lang, file] : s.describedAudio)
                    check(file, sp + "/describedAudio/" + lang, Expect::Audio);
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

std::set<std::string> BundleFileChecker::referencedFiles() const
{
    std::set<std::string> files;
    for (const auto& [relative, guarded] : m_guarded)
        files.insert(fs::path(relative).lexically_normal().generic_string());
    for (const auto& [relative, hash] : m_bundle.sha256)
        files.insert(fs::path(relative).lexically_normal().generic_string());
    for (const std::string& relative : m_checked)
        if (pending(relative))
            files.insert(fs::path(relative).lexically_normal().generic_string());
    return files;
}

void BundleFileChecker::check(const std::string& relative, const std::string& pointer, Expect expect)
{
    if (relative.empty())
        return;
    if (const std::string* text = pending(relative)) {
        // An unsaved file exists as far as the editor is concerned; its path was checked with the
        // manifest's fields, and save() will write it there.
        if (m_checked.insert(relative).second && m_checkContents)
            checkBytes(*text, sniffBytes(*text), relative, pointer, expect);
        return;
    }
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
    const bool text = expect != Expect::Video && expect != Expect::Image && expect != Expect::Audio &&
                      !(expect == Expect::MarkdownOrPdf && kind == FileKind::Pdf);
    if (!text) {
        checkBytes({}, kind, relative, pointer, expect);
        return;
    }
    std::error_code ec;
    if (fs::file_size(file, ec) > kMaxTextBytes) {
        error(relative, pointer, "is larger than 8 MiB, too large for a text file");
        return;
    }
    checkBytes(readSmallFile(file), kind, relative, pointer, expect);
}

// `bytes`: the whole file for the text kinds (unused for films and images, judged by `kind`).
void BundleFileChecker::checkBytes(const std::string& bytes, FileKind kind, const std::string& relative,
                                   const std::string& pointer, Expect expect)
{
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
    case Expect::Audio:
        // The player plays it with the film's own media stack: the same containers (M4A is MP4).
        if (!isVideo(kind))
            error(relative, pointer,
                  "is not an audio file Reflekt can play (expected M4A/MP4, WebM or Ogg; found " +
                      describe(kind) + ")");
        return;
    case Expect::MarkdownOrPdf:
        if (kind == FileKind::Pdf)
            return;
        [[fallthrough]];
    case Expect::Markdown:
    case Expect::Descriptions:
    case Expect::Captions: {
        if (bytes.size() > kMaxTextBytes) {
            error(relative, pointer, "is larger than 8 MiB, too large for a text file");
            return;
        }
        const std::string& text = bytes;
        if (expect == Expect::Descriptions) {
            checkDescriptions(text, relative, pointer);
            return;
        }
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

void BundleFileChecker::checkDescriptions(const std::string& text, const std::string& relative,
                                          const std::string& pointer)
{
    DescriptionTrackResult track = parseDescriptionTrack(text, relative, m_filmSeconds);
    for (auto& p : track.problems) {
        if (p.pointer.empty())
            p.pointer = pointer; // which manifest field names this description track
        m_problems.push_back(std::move(p));
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

void BundleFileChecker::checkFilmLength(const Step& step, const std::string& pointer)
{
    std::optional<double> real;
    if (const std::string* bytes = pending(step.video)) {
        real = filmDurationFromBytes(*bytes);
    } else {
        const GuardedPath guarded = guard(step.video);
        if (!guarded.path)
            return; // already reported
        real = readFilmDuration(*guarded.path);
    }
    if (!real)
        return; // a container that states no length (Ogg, a live-written MP4): nothing to compare
    const std::string shown = seconds(*real);
    const double tolerance = std::max(1.0, *real * 0.02);
    if (step.durationSeconds > 0 && std::abs(step.durationSeconds - *real) > tolerance)
        error("bundle.json", pointer + "/durationSeconds",
              "durationSeconds is " + seconds(step.durationSeconds) + ", but the film " + step.video + " is " +
                  shown + " seconds long: write " + shown);
    for (std::size_t ci = 0; ci < step.chapters.size(); ++ci) {
        if (step.chapters[ci].startSeconds >= *real)
            error("bundle.json", pointer + "/chapters/" + std::to_string(ci) + "/start",
                  "chapter " + std::to_string(ci + 1) + " starts at " + seconds(step.chapters[ci].startSeconds) +
                      " seconds, after the film " +
                      step.video + " ends (" + shown + " seconds)");
    }
}

void BundleFileChecker::checkHashes()
{
    for (const auto& [relative, expected] : m_bundle.sha256) {
        std::string pointer = "/sha256/";
        for (char c : relative)
            pointer += c == '/' ? std::string("~1") : std::string(1, c);
        std::string actual;
        if (const std::string* bytes = pending(relative)) {
            actual = sha256HexOfBytes(*bytes);
        } else {
            const GuardedPath guarded = guard(relative);
            if (!guarded.path) {
                error(relative, pointer, guarded.error);
                continue;
            }
            actual = sha256Hex(*guarded.path);
        }
        if (actual != expected)
            error(relative, pointer,
                  "the file's SHA-256 does not match the manifest (damaged or changed "
                  "after packing)");
    }
}

} // namespace reflekt
