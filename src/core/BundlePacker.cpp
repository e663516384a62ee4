#include "core/BundlePacker.h"

#include "core/ArchiveExtractor.h"
#include "core/BundleFileChecker.h"
#include "core/BundleLoader.h"
#include "core/PathGuard.h"
#include "core/UnicodeText.h"

#include <nlohmann/json.hpp>
#include <zip.h>

#include <sys/stat.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <string>
#include <system_error>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

struct PackFile {
    std::string path; ///< relative, '/'-separated: the entry name
    fs::path source;
    std::uint64_t size = 0;
};

Problem packError(const std::string& file, std::string message)
{
    return {Severity::Error, file, {}, std::move(message), 0, 0};
}

std::string lowerAscii(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return s;
}

/** Media that is compressed already: deflating it again costs time and saves nothing. */
bool isCompressedMedia(const std::string& path)
{
    static const std::set<std::string> kStored = {".mp4", ".m4v",  ".webm", ".mkv",  ".mov", ".png",
                                                  ".jpg", ".jpeg", ".gif",  ".webp", ".mp3", ".m4a",
                                                  ".ogg", ".oga",  ".opus", ".zip",  ".gz"};
    return kStored.count(lowerAscii(fs::path(path).extension().string())) > 0;
}

/**
 * The time_t that libzip must be given so that the DOS date and time it writes (from local
 * time) show the wanted UTC clock reading, whatever the time zone of the machine packing.
 */
std::time_t entryTime(const PackOptions& options)
{
    std::optional<std::time_t> wanted = options.timestamp;
    if (!wanted) {
        if (const char* env = std::getenv("SOURCE_DATE_EPOCH")) {
            long long value = 0;
            const char* end = env + std::char_traits<char>::length(env);
            const auto [ptr, ec] = std::from_chars(env, end, value);
            if (ec == std::errc() && ptr == end)
                wanted = static_cast<std::time_t>(value);
        }
    }
    std::tm fields{};
    fields.tm_year = 80; // 1980-01-01 00:00, the earliest time a zip can hold
    fields.tm_mday = 1;
    if (wanted && *wanted > 315532800) { // after 1980-01-01 UTC
        gmtime_r(&*wanted, &fields);
        if (fields.tm_year > 207) {
            fields = std::tm{};
            fields.tm_year = 207;
            fields.tm_mon = 11;
            fields.tm_mday = 31;
        }
    }
    fields.tm_isdst = -1;
    return std::mktime(&fields);
}

/** Lists the files to pack, sorted by entry name; refuses links and special files. */
std::vector<PackFile> collectFiles(const fs::path& root, const fs::path& skip, std::vector<Problem>& problems)
{
    std::vector<PackFile> files;
    std::error_code ec;
    auto it = fs::recursive_directory_iterator(root, fs::directory_options::none, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code local;
        const std::string rel = it->path().lexically_relative(root).generic_string();
        const std::string name = it->path().filename().string();
        const fs::file_status status = it->symlink_status(local);
        if (local) {
            problems.push_back(packError(rel, "cannot be read: " + local.message()));
            continue;
        }
        if (fs::is_symlink(status)) {
            problems.push_back(packError(rel, "is a symlink (symbolic link); a bundle may contain only files "
                                              "and folders, copy the file in instead"));
            continue;
        }
        if (!name.empty() && name.front() == '.') {
            problems.push_back({Severity::Warning, rel, {}, "hidden, left out of the archive", 0, 0});
            if (fs::is_directory(status))
                it.disable_recursion_pending();
            continue;
        }
        if (fs::is_directory(status))
            continue;
        if (!fs::is_regular_file(status)) {
            problems.push_back(packError(rel, "is a special file (device, pipe or socket)"));
            continue;
        }
        if (fs::equivalent(it->path(), skip, local))
            continue; // the archive being written, when it is placed inside the bundle folder
        if (std::string why = checkRelativePath(rel); !why.empty()) {
            problems.push_back(packError(rel, "this name cannot go into an archive: " + why));
            continue;
        }
        files.push_back({rel, it->path(), fs::file_size(it->path(), local)});
    }
    if (ec)
        problems.push_back(packError(root.string(), "the folder cannot be read: " + ec.message()));
    std::sort(files.begin(), files.end(),
              [](const PackFile& a, const PackFile& b) { return a.path < b.path; });
    return files;
}

/** The local schema file the manifest's "$schema" names ("bundle.schema.json"), normalised; "" if none. */
std::string localSchemaPath(const fs::path& root)
{
    std::ifstream in(root / "bundle.json", std::ios::binary);
    const nlohmann::json manifest = nlohmann::json::parse(in, nullptr, false);
    if (!manifest.is_object() || !manifest.contains("$schema") || !manifest["$schema"].is_string())
        return {};
    const std::string target = manifest["$schema"].get<std::string>();
    if (target.find("://") != std::string::npos)
        return {};
    return fs::path(target).lexically_normal().generic_string();
}

/**
 * Leaves out what an author keeps beside a bundle but a participant never needs: files nothing
 * refers to (a leftover .srt, notes, the README `reflekt init` wrote) and the schema copy an
 * editor validates against. Each is named, so nothing goes missing unnoticed.
 */
std::vector<PackFile> dropUnreferenced(std::vector<PackFile> files, const Bundle& bundle, const fs::path& root,
                                       const PackOptions& options, PackResult& result)
{
    BundleFileChecker checker(bundle, true, false);
    checker.run();
    const std::set<std::string> referenced = checker.referencedFiles();
    const std::string schema = localSchemaPath(root);
    std::vector<PackFile> kept;
    for (PackFile& f : files) {
        const std::string name = fs::path(f.path).filename().string();
        if (f.path == schema || name == "bundle.schema.json") {
            result.leftOut.push_back(f.path);
            result.problems.push_back({Severity::Warning, f.path, {},
                                       "the manifest schema is for editing, left out of the archive", 0, 0});
        } else if (f.path != "bundle.json" && !referenced.count(f.path) && !options.includeUnreferenced) {
            result.leftOut.push_back(f.path);
            result.problems.push_back({Severity::Warning, f.path, {},
                                       "nothing in bundle.json refers to this file, so it was left out of "
                                       "the archive (pack --include-unreferenced keeps it)",
                                       0, 0});
        } else {
            kept.push_back(std::move(f));
        }
    }
    return kept;
}

/** Refuses what extractArchive() would refuse, so a packed bundle always imports. */
void checkImportable(const std::vector<PackFile>& files, std::vector<Problem>& problems)
{
    const ExtractLimits limits;
    if (files.size() > limits.maxEntries)
        problems.push_back(packError({}, "the bundle has " + std::to_string(files.size()) +
                                             " files; an archive may hold at most " +
                                             std::to_string(limits.maxEntries)));
    std::map<std::string, std::string> folded;
    std::uint64_t total = 0;
    for (const PackFile& f : files) {
        total += f.size;
        if (f.size > limits.maxEntryBytes)
            problems.push_back(packError(f.path, "is too large for an archive (" + std::to_string(f.size) +
                                                     " bytes; at most " +
                                                     std::to_string(limits.maxEntryBytes) + ")"));
        // Each file and each folder above it, by case-folded name.
        for (std::size_t end = f.path.find('/');; end = f.path.find('/', end + 1)) {
            const std::string part = f.path.substr(0, end);
            const auto [at, inserted] = folded.try_emplace(foldedName(part), part);
            if (!inserted && at->second != part) {
                problems.push_back(packError(f.path, "collides with \"" + at->second +
                                                         "\" when letter case and Unicode normalisation are "
                                                         "ignored (as on Windows and macOS); rename one "
                                                         "of them"));
                break;
            }
            if (end == std::string::npos)
                break;
        }
    }
    if (total > limits.maxTotalBytes)
        problems.push_back(packError({}, "the bundle's files add up to " + std::to_string(total) +
                                             " bytes; an archive may hold at most " +
                                             std::to_string(limits.maxTotalBytes)));
}

/** Writes the zip to `file` (which must not exist). "" or why it failed. */
std::string writeArchive(const fs::path& file, const std::vector<PackFile>& files, std::time_t mtime)
{
    int error = 0;
    zip_t* za = zip_open(file.c_str(), ZIP_CREATE | ZIP_EXCL, &error);
    if (za == nullptr) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        std::string why = zip_error_strerror(&ze);
        zip_error_fini(&ze);
        return why;
    }
    const auto attributes = static_cast<zip_uint32_t>(S_IFREG | 0644) << 16;
    for (const PackFile& f : files) {
        zip_source_t* source = zip_source_file(za, f.source.c_str(), 0, -1);
        zip_int64_t index = source ? zip_file_add(za, f.path.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            std::string why = f.path + ": " + zip_strerror(za);
            zip_discard(za);
            return why;
        }
        const auto i = static_cast<zip_uint64_t>(index);
        const bool store = isCompressedMedia(f.path);
        if (zip_set_file_compression(za, i, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, store ? 0 : 9) != 0 ||
            zip_file_set_mtime(za, i, mtime, 0) != 0 ||
            zip_file_set_external_attributes(za, i, 0, ZIP_OPSYS_UNIX, attributes) != 0) {
            std::string why = f.path + ": " + zip_strerror(za);
            zip_discard(za);
            return why;
        }
    }
    if (zip_close(za) != 0) {
        std::string why = zip_strerror(za);
        zip_discard(za);
        return why;
    }
    return {};
}

} // namespace

PackResult packBundle(const fs::path& bundleDir, const fs::path& outFile, const PackOptions& options)
{
    PackResult result;
    LoadResult loaded = loadBundle(bundleDir, LoadOptions{true, true});
    result.problems = std::move(loaded.problems);
    if (!loaded.ok()) {
        if (!hasErrors(result.problems))
            result.problems.push_back(packError(bundleDir.string(), "the bundle cannot be loaded"));
        return result;
    }
    const fs::path root = loaded.bundle->root.empty() ? bundleDir : loaded.bundle->root;

    const std::vector<PackFile> files =
        dropUnreferenced(collectFiles(root, outFile, result.problems), *loaded.bundle, root, options, result);
    checkImportable(files, result.problems);
    if (hasErrors(result.problems))
        return result;

    std::error_code ec;
    const fs::path folder = outFile.parent_path().empty() ? fs::path(".") : outFile.parent_path();
    if (!fs::is_directory(folder, ec)) {
        result.problems.push_back(packError(outFile.string(), "the folder to write into does not exist"));
        return result;
    }
    std::random_device random;
    const fs::path temp = folder / ("." + outFile.filename().string() + ".tmp-" + std::to_string(random()));
    if (std::string why = writeArchive(temp, files, entryTime(options)); !why.empty()) {
        fs::remove(temp, ec);
        result.problems.push_back(packError(outFile.string(), "the archive cannot be written: " + why));
        return result;
    }
    fs::rename(temp, outFile, ec);
    if (ec) {
        const std::string why = ec.message();
        fs::remove(temp, ec);
        result.problems.push_back(packError(outFile.string(), "the archive cannot be put in place: " + why));
        return result;
    }
    result.files = files.size();
    result.archiveBytes = fs::file_size(outFile, ec);
    return result;
}

} // namespace reflekt
