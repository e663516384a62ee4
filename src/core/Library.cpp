#include "core/Library.h"

#include <algorithm>
#include <map>
#include <system_error>

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

std::vector<LibraryEntry> scanLibrary(const std::vector<LibraryRoot>& roots, const LoadOptions& options)
{
    std::vector<LibraryEntry> entries;
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
        for (const auto& folder : folders)
            entries.push_back({folder, root.source, loadBundle(folder, options), false});
    }
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
