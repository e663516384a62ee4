#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace reflekt {

/**
 * Names the network or user-space filesystem `folder` lives on ("NFS", "SMB/CIFS", "FUSE"...),
 * or nullopt for a local one. SQLite's WAL needs shared memory that such filesystems do not
 * provide reliably, so the store falls back to a rollback journal there.
 */
std::optional<std::string> networkFilesystemName(const std::filesystem::path& folder);

/** Flushes a file's contents to the disk (fsync); false if that failed. */
bool syncFile(const std::filesystem::path& file);

/** Flushes a folder's entries (after a rename) to the disk; false if that failed. */
bool syncFolder(const std::filesystem::path& folder);

} // namespace reflekt
