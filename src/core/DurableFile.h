#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace reflekt {

/** What writeFileDurably() did: an empty `error` means the file is complete on the disk. */
struct WriteResult {
    std::string error;   ///< "could not write <file>: <cause>", for logs and core callers
    std::string cause;   ///< the cause alone in plain words ("the disk holding /x is full"), to wrap
    int errorNumber = 0; ///< the errno behind it (ENOSPC, EIO, EACCES...), 0 on success

    bool ok() const { return error.empty(); }
};

/**
 * Writes `bytes` to `target` so that, also after a crash or a power cut, either the earlier file
 * or the complete new one is there, never a part: writes a temporary file in the same folder
 * (checking every write for short writes, a full disk, I/O errors), fsync()s it, renames it over
 * `target` and fsync()s the folder (where the file system can). A full disk is caught at the
 * write, at the fsync or at close (where some file systems first report it). A file it replaces
 * keeps its permissions.
 *
 * On any failure the temporary file is removed, `target` is as it was, and the result names the
 * file and the cause in plain words. Never throws.
 */
WriteResult writeFileDurably(const std::filesystem::path& target, std::string_view bytes);

/** True if the file at `path` holds exactly `bytes` (read back from the disk). Never throws. */
bool readBackEquals(const std::filesystem::path& path, std::string_view bytes);

} // namespace reflekt
