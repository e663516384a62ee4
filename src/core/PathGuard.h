#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>

namespace reflekt {

/** A bundle-relative path checked to stay inside its root, or why it does not. */
struct GuardedPath {
    std::optional<std::filesystem::path> path; ///< absolute, inside root, when accepted
    std::string error;                         ///< why it was refused, when not
};

/**
 * Checks a bundle-relative path as written in a manifest or archive: forward slashes only, no
 * absolute paths, no "..", no empty or "." segments, no backslashes or control characters.
 * When `mustExist` is set, the file must exist and its fully resolved location (symlinks
 * followed) must still lie inside `root`.
 */
GuardedPath guardPath(const std::filesystem::path& root, const std::string& relative, bool mustExist);

/** As above, with the root's resolved location given, for callers that check many paths. */
GuardedPath guardPath(const std::filesystem::path& root, const std::string& relative, bool mustExist,
                      const std::filesystem::path& realRoot);

/** The fully resolved location of `path` (every symlink followed), if it exists. */
std::optional<std::filesystem::path> resolveReal(const std::filesystem::path& path);

/**
 * guardPath() for the many files of one bundle, with the same answers but far fewer system calls:
 * the root is resolved once, each folder on the way is looked at once (lstat), and each file with
 * one lstat. Only where a symbolic link lies on the way does it fall back to resolving the whole
 * path, so a link that leads outside the bundle is still refused.
 */
class BundlePathResolver {
public:
    explicit BundlePathResolver(std::filesystem::path root);
    /** As guardPath(root, relative, true). */
    GuardedPath resolve(const std::string& relative);

private:
    enum class Folder { Plain, Link, Missing, NotAFolder };
    Folder folder(const std::string& relative);

    std::filesystem::path m_root;
    std::optional<std::filesystem::path> m_realRoot;
    std::unordered_map<std::string, Folder> m_folders;
};

/** The syntactic part of guardPath(): "" if `relative` is an acceptable bundle path, else why not. */
std::string checkRelativePath(const std::string& relative);

} // namespace reflekt
