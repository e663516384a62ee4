#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace reflekt {

/**
 * A small streaming SHA-256 (FIPS 180-4), so core needs no crypto library to check the digests
 * a bundle manifest declares for its media files.
 *
 *     Sha256 h; h.update(part1); h.update(part2); std::string hex = h.finalHex();
 */
class Sha256 {
public:
    Sha256();

    /** Feeds more bytes. */
    void update(const void* data, std::size_t size);
    void update(std::string_view bytes) { update(bytes.data(), bytes.size()); }

    /** Finishes and returns the 32-byte digest. The object must not be updated afterwards. */
    std::array<std::uint8_t, 32> finalBytes();
    /** Finishes and returns the digest as 64 lowercase hex digits. */
    std::string finalHex();

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_totalBytes = 0;
};

/**
 * SHA-256 of `bytes` as 64 lowercase hex digits. (Not an overload of sha256Hex(): a string
 * literal would convert to both a path and a string_view.)
 */
std::string sha256HexOfBytes(std::string_view bytes);

/**
 * SHA-256 of a file's contents as 64 lowercase hex digits, read in chunks (films need not fit in
 * memory). Returns an empty string if the file cannot be opened or read.
 */
std::string sha256Hex(const std::filesystem::path& file);

} // namespace reflekt
