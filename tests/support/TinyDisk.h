#pragma once

// A small tmpfs mounted for one test, to see what the user sees when the disk is full or read-only.
// Mounting needs root (CAP_SYS_ADMIN); where it fails, the test WARNs and checks nothing else.

#include <cstddef>
#include <filesystem>
#include <string>

namespace reflekt::testing {

class TinyDisk {
public:
    /** Mounts a tmpfs of `bytes` on a fresh folder under the system temp folder. */
    explicit TinyDisk(std::size_t bytes);
    ~TinyDisk();
    TinyDisk(const TinyDisk&) = delete;
    TinyDisk& operator=(const TinyDisk&) = delete;

    /** False if the mount failed; whyNot() says why (for the WARN). */
    bool mounted() const { return m_mounted; }
    const std::string& whyNot() const { return m_whyNot; }
    const std::filesystem::path& path() const { return m_path; }

    /** Writes a filler file until the disk reports ENOSPC; true if it did. */
    bool fill();
    /** Removes the filler again. */
    void unfill();
    /** Remounts the disk read-only (what a full or failing disk sometimes becomes); true if it worked. */
    bool makeReadOnly();

private:
    std::filesystem::path m_path;
    bool m_mounted = false;
    std::string m_whyNot;
};

} // namespace reflekt::testing

/** Skips the rest of a Catch2 test with a WARN when the tiny disk could not be mounted. */
#define REFLEKT_REQUIRE_TINY_DISK(disk)                                                                      \
    do {                                                                                                     \
        if (!(disk).mounted()) {                                                                             \
            WARN("SKIPPED: cannot mount a tmpfs for this test (needs root): " << (disk).whyNot());           \
            return;                                                                                          \
        }                                                                                                    \
    } while (false)
