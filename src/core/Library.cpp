#include "core/Library.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <system_error>
#include <thread>

namespace fs = std::filesystem;

namespace reflekt {

bool LibraryEntry::usable() const
{
    return load.ok() && !shadowed;
}

std::string LibraryEntry::reason() const
{
    if (shadowed)
        return "not shown: a bundle with the same id is already in the library";
    for (const auto& p : load.problems)
        if (p.severity == Severity::Error)
            return p.toString();
    return {};
}

std::string toString(LibrarySource source)
{
    switch (source) {
    case LibrarySource::User:
        return "user";
    case LibrarySource::Added:
        return "added";
    case LibrarySource::Installed:
        return "installed";
    }
    return "user";
}

namespace {

// Loads the bundles in `folders` into `entries` (already sized) on a few threads: each bundle is
// read independently, and most of the time goes to system calls and JSON parsing that scale with
// cores. The order of the entries stays the order of the folders.
void loadAll(const std::vector<std::pair<fs::path, LibrarySource>>& folders, const LoadOptions& options,
             std::vector<LibraryEntry>& entries)
{
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < folders.size(); i = next++)
            entries[i] = {folders[i].first, folders[i].second, loadBundle(folders[i].first, options), false};
    };
    const std::size_t threads =
        std::min<std::size_t>({std::max(1U, std::thread::hardware_concurrency()), 8, folders.size() / 8 + 1});
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (auto& thread : pool)
        thread.join();
}

} // namespace

std::vector<LibraryEntry> scanLibrary(const std::vector<LibraryRoot>& roots, const LoadOptions& options)
{
    std::vector<std::pair<fs::path, LibrarySource>> all;
    for (const auto& root : roots) {
        std::error_code ec;
        if (!fs::is_directory(root.folder, ec))
            continue;
        std::vector<fs::path> folders;
        if (fs::exists(root.folder / "bundle.json", ec)) {
            folders.push_back(root.folder);
        } else {
            for (fs::directory_iterator it(root.folder, ec), end; !ec && it != end; it.increment(ec)) {
                const std::string name = it->path().filename().string();
                if (name.empty() || name.front() == '.')
                    continue;
                if (it->is_directory(ec))
                    folders.push_back(it->path());
            }
            std::sort(folders.begin(), folders.end());
        }
        for (auto& folder : folders)
            all.emplace_back(std::move(folder), root.source);
    }
    std::vector<LibraryEntry> entries(all.size());
    loadAll(all, options, entries);
    // The first usable entry for an id wins: the user's own copy over an installed sample.
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].load.ok())
            continue;
        const std::string& id = entries[i].load.bundle->id;
        if (seen.count(id))
            entries[i].shadowed = true;
        else
            seen[id] = i;
    }
    return entries;
}

} // namespace reflekt
