// The editor's operations that bring files into the package folder (declared in PackageEdits.h):
// media are copied when they are chosen, not held by the document until a save.
#include "core/PackageEdits.h"

#include "core/DurableFile.h"
#include "core/FilmDuration.h"
#include "core/SrtConverter.h"
#include "core/WebVtt.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>
#include <utility>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

std::optional<std::string> readWhole(const fs::path& file, std::string& error)
{
    try {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            error = "could not read " + file.string() + ": " + std::strerror(errno);
            return std::nullopt;
        }
        std::ostringstream out;
        out << in.rdbuf();
        if (in.bad()) {
            error = "could not read " + file.string();
            return std::nullopt;
        }
        return out.str();
    } catch (const std::exception& e) { // a film too large for memory
        error = "could not read " + file.string() + ": " + e.what();
        return std::nullopt;
    }
}

/** "Möte på Vårdcentralen.MP4" -> {"mote-pa-vardcentralen", ".mp4"}: folded as ids are, dots kept. */
std::pair<std::string, std::string> safeName(const std::string& name)
{
    const auto dot = name.rfind('.');
    const bool hasExtension = dot != std::string::npos && dot > 0;
    std::string stem;
    const std::string stemPart = hasExtension ? name.substr(0, dot) : name;
    for (std::size_t start = 0; start <= stemPart.size();) {
        const std::size_t end = std::min(stemPart.find('.', start), stemPart.size());
        const std::string part = makeId(stemPart.substr(start, end - start), {}, "");
        if (!part.empty())
            stem += (stem.empty() ? "" : ".") + part;
        start = end + 1;
    }
    const std::string extension = hasExtension ? makeId(name.substr(dot + 1), {}, "") : std::string();
    return {stem.empty() ? std::string("file") : stem, extension.empty() ? extension : "." + extension};
}

std::string firstError(const std::vector<Problem>& problems)
{
    for (const Problem& p : problems)
        if (p.severity == Severity::Error)
            return p.line ? "line " + std::to_string(p.line) + ": " + p.message : p.message;
    return {};
}

bool isFilmStep(const PackageDocument& doc, const std::string& stepPointer, ImportedFile& result)
{
    if (doc.text(stepPointer + "/type") == "film")
        return true;
    result.error = "there is no film step at " + stepPointer;
    return false;
}

/** Seconds as the samples write them: 98, 38.6 (to a tenth). */
ManifestJson secondsJson(double seconds)
{
    const double tenths = std::round(seconds * 10) / 10;
    if (tenths == std::floor(tenths) && tenths < 1e9)
        return static_cast<std::int64_t>(tenths);
    return tenths;
}

WriteResult writeWithFolder(const fs::path& target, std::string_view bytes)
{
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec)
        return {"could not write " + target.string() + ": " + ec.message(), ec.message(), ec.value()};
    return writeFileDurably(target, bytes);
}

} // namespace

ImportedFile copyIntoPackage(const fs::path& folder, const fs::path& source, const std::string& subfolder)
{
    ImportedFile result;
    std::error_code ec;
    if (!fs::is_regular_file(source, ec)) {
        result.error = source.string() + ": " + (fs::exists(source, ec) ? "is not a file" : "no such file");
        return result;
    }
    // Already in the package: used where it is.
    const fs::path inside = fs::weakly_canonical(source, ec).lexically_relative(fs::weakly_canonical(folder, ec));
    if (!ec && !inside.empty() && *inside.begin() != "..") {
        result.relative = inside.generic_string();
        return result;
    }
    std::string readError;
    const std::optional<std::string> bytes = readWhole(source, readError);
    if (!bytes) {
        result.error = readError;
        return result;
    }
    const auto [stem, extension] = safeName(source.filename().string());
    for (int n = 1; n < 10000; ++n) {
        const std::string name = (n == 1 ? stem : stem + "-" + std::to_string(n)) + extension;
        const fs::path target = folder / subfolder / name;
        const std::string relative = (fs::path(subfolder) / name).generic_string();
        if (fs::exists(fs::symlink_status(target, ec))) {
            std::string ignored;
            // The same file brought in again: the copy already there is used.
            if (fs::is_regular_file(target, ec) && fs::file_size(target, ec) == bytes->size() &&
                readWhole(target, ignored) == bytes) {
                result.relative = relative;
                return result;
            }
            continue;
        }
        const WriteResult written = writeWithFolder(target, *bytes);
        if (!written.ok()) {
            result.error = "could not copy " + source.string() + " to " + target.string() + ": " + written.cause;
            return result;
        }
        result.relative = relative;
        return result;
    }
    result.error = "could not copy " + source.string() + ": too many files of that name in " + subfolder;
    return result;
}

ImportedFile importFilm(PackageDocument& doc, const std::string& stepPointer, const fs::path& source)
{
    ImportedFile result;
    if (!isFilmStep(doc, stepPointer, result))
        return result;
    std::error_code ec;
    if (!fs::is_regular_file(source, ec)) {
        result.error = source.string() + ": no such file";
        return result;
    }
    // Checked before copying, so a file that is refused is not left in the package.
    const std::optional<double> seconds = readFilmDuration(source);
    if (!seconds) {
        result.error = source.filename().string() +
                       ": cannot read the film's length: Reflekt plays MP4 and WebM files";
        return result;
    }
    result = copyIntoPackage(doc.folder(), source, "media");
    if (!result.ok())
        return result;
    doc.beginGroup();
    doc.set(stepPointer + "/video", result.relative);
    doc.set(stepPointer + "/durationSeconds", secondsJson(*seconds));
    doc.endGroup();
    return result;
}

ImportedFile importCaptions(PackageDocument& doc, const std::string& stepPointer, const fs::path& source,
                            const std::string& language, const std::string& label)
{
    ImportedFile result;
    if (!isFilmStep(doc, stepPointer, result))
        return result;
    // It becomes part of a file name: only what a language tag is made of.
    if (language.empty() || language.find_first_not_of("abcdefghijklmnopqrstuvwxyz"
                                                       "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != std::string::npos) {
        result.error = "\"" + language + "\" is not a language tag such as \"sv\"";
        return result;
    }
    std::string readError;
    const std::optional<std::string> bytes = readWhole(source, readError);
    if (!bytes) {
        result.error = readError;
        return result;
    }
    const std::string shown = source.filename().string();
    const std::string_view body = std::string_view(*bytes).substr(bytes->rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0);
    if (body.rfind("WEBVTT", 0) == 0) {
        VttResult vtt = parseWebVtt(*bytes, shown);
        if (!vtt.ok()) {
            result.error = shown + " is not WebVTT Reflekt can read: " + firstError(vtt.problems);
            result.problems = std::move(vtt.problems);
            return result;
        }
        result = copyIntoPackage(doc.folder(), source, "media");
        if (!result.ok())
            return result;
        result.problems = std::move(vtt.problems);
    } else {
        SrtConversion srt = convertSrtToWebVtt(*bytes, shown);
        const bool converted = srt.ok();
        result.problems = std::move(srt.problems);
        if (!converted) {
            result.error = shown + " is neither WebVTT nor SRT captions Reflekt can read: " +
                           firstError(result.problems);
            return result;
        }
        // Beside the film and named after it: media/case.sv.vtt for media/case.mp4.
        const fs::path video = doc.text(stepPointer + "/video");
        const std::string folder = video.has_parent_path() ? video.parent_path().generic_string() : "media";
        result.relative = folder + "/" + safeName((video.empty() ? source : video).filename().string()).first +
                          "." + language + ".vtt";
        const fs::path target = doc.folder() / result.relative;
        const WriteResult written = writeWithFolder(target, srt.vtt);
        if (!written.ok()) {
            result.error = "could not write " + target.string() + ": " + written.cause;
            return result;
        }
    }
    ManifestJson entry = ManifestJson::object();
    entry["language"] = language;
    entry["file"] = result.relative;
    if (!label.empty()) {
        const std::string defaultLanguage = doc.text("/defaultLanguage");
        entry["label"] = ManifestJson::object();
        entry["label"][defaultLanguage.empty() ? language : defaultLanguage] = label;
    }
    // The track of that language is replaced where it is; a new one goes last.
    const std::string captions = stepPointer + "/captions";
    const ManifestJson* tracks = doc.find(captions);
    std::size_t count = tracks && tracks->is_array() ? tracks->size() : 0;
    std::size_t index = count;
    for (std::size_t i = 0; i < count; ++i)
        if (doc.text(captions + "/" + std::to_string(i) + "/language") == language)
            index = i;
    doc.beginGroup();
    if (index < count)
        doc.set(captions + "/" + std::to_string(index), std::move(entry));
    else
        doc.insert(captions, index, std::move(entry));
    doc.endGroup();
    return result;
}

} // namespace reflekt
