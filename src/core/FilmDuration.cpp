#include "core/FilmDuration.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace reflekt {

namespace {

constexpr std::uint64_t kMaxMoovBytes = 64ull << 20; // a moov of hours of film is a few MiB
constexpr std::size_t kWebmHeadBytes = 4u << 20;     // Segment Info comes first in every muxer

std::uint64_t bigEndian(const unsigned char* p, std::size_t n)
{
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < n; ++i)
        v = (v << 8) | p[i];
    return v;
}

const unsigned char* bytesOf(std::string_view s)
{
    return reinterpret_cast<const unsigned char*>(s.data());
}

std::optional<double> positiveSeconds(double seconds)
{
    if (!std::isfinite(seconds) || seconds <= 0 || seconds > 1e7)
        return std::nullopt;
    return seconds;
}

/** The duration in a `mvhd` box's payload (after its 8-byte header). */
std::optional<double> mvhdSeconds(std::string_view payload)
{
    const unsigned char* p = bytesOf(payload);
    if (payload.size() < 20)
        return std::nullopt;
    const unsigned version = p[0];
    std::uint64_t timescale = 0, duration = 0;
    if (version == 1) {
        if (payload.size() < 32)
            return std::nullopt;
        timescale = bigEndian(p + 20, 4);
        duration = bigEndian(p + 24, 8);
        if (duration == UINT64_MAX)
            return std::nullopt;
    } else {
        timescale = bigEndian(p + 12, 4);
        duration = bigEndian(p + 16, 4);
        if (duration == 0xFFFFFFFFu)
            return std::nullopt;
    }
    if (timescale == 0)
        return std::nullopt;
    return positiveSeconds(static_cast<double>(duration) / static_cast<double>(timescale));
}

/** Walks the boxes of `data` for `mvhd` (inside `moov` when `insideMoov` is false). */
std::optional<double> findMvhd(std::string_view data, bool insideMoov)
{
    std::size_t at = 0;
    while (data.size() - at >= 8) {
        const unsigned char* p = bytesOf(data) + at;
        std::uint64_t size = bigEndian(p, 4);
        std::size_t header = 8;
        if (size == 1) {
            if (data.size() - at < 16)
                return std::nullopt;
            size = bigEndian(p + 8, 8);
            header = 16;
        } else if (size == 0) {
            size = data.size() - at;
        }
        if (size < header || size > data.size() - at)
            return std::nullopt;
        const std::string_view type(data.data() + at + 4, 4);
        const std::string_view payload = data.substr(at + header, static_cast<std::size_t>(size) - header);
        if (insideMoov && type == "mvhd")
            return mvhdSeconds(payload);
        if (!insideMoov && type == "moov")
            return findMvhd(payload, true);
        at += static_cast<std::size_t>(size);
    }
    return std::nullopt;
}

/** An EBML variable-length number at `at`; `isId` keeps the marker bits (element ids keep them). */
bool readVint(std::string_view data, std::size_t& at, std::uint64_t& value, bool isId)
{
    if (at >= data.size())
        return false;
    const auto first = static_cast<unsigned char>(data[at]);
    std::size_t length = 1;
    while (length <= 8 && !(first & (0x80u >> (length - 1))))
        ++length;
    if (length > 8 || data.size() - at < length)
        return false;
    value = isId ? first : (first & (0xFFu >> length));
    bool allOnes = !isId && value == (0xFFu >> length);
    for (std::size_t i = 1; i < length; ++i) {
        const auto b = static_cast<unsigned char>(data[at + i]);
        value = (value << 8) | b;
        allOnes = allOnes && b == 0xFF;
    }
    if (allOnes)
        value = UINT64_MAX; // "unknown size": a live-written Segment
    at += length;
    return true;
}

std::optional<double> webmSeconds(std::string_view data)
{
    std::size_t at = 0;
    std::uint64_t id = 0, size = 0;
    if (!readVint(data, at, id, true) || id != 0x1A45DFA3 || !readVint(data, at, size, false) ||
        size > data.size() - at)
        return std::nullopt;
    at += static_cast<std::size_t>(size);
    if (!readVint(data, at, id, true) || id != 0x18538067 || !readVint(data, at, size, false))
        return std::nullopt; // the Segment; its size may be unknown, its children follow
    while (at < data.size()) {
        if (!readVint(data, at, id, true) || !readVint(data, at, size, false))
            return std::nullopt;
        if (id != 0x1549A966) { // not Info: skip it (Cues, SeekHead...), unless it runs past what we have
            if (size > data.size() - at)
                return std::nullopt;
            at += static_cast<std::size_t>(size);
            continue;
        }
        if (size > data.size() - at)
            return std::nullopt;
        const std::size_t end = at + static_cast<std::size_t>(size);
        double scale = 1'000'000; // TimecodeScale's default: 1 ms in ns
        std::optional<double> duration;
        while (at < end) {
            // The child's id and size may themselves run past the end of Info: then `end - at` wraps.
            if (!readVint(data, at, id, true) || !readVint(data, at, size, false) || at > end || size > end - at)
                return std::nullopt;
            const unsigned char* p = bytesOf(data) + at;
            if (id == 0x2AD7B1 && size >= 1 && size <= 8) {
                scale = static_cast<double>(bigEndian(p, static_cast<std::size_t>(size)));
            } else if (id == 0x4489 && (size == 4 || size == 8)) {
                const std::uint64_t bits = bigEndian(p, static_cast<std::size_t>(size));
                if (size == 4) {
                    const auto narrow = static_cast<std::uint32_t>(bits);
                    float f = 0;
                    std::memcpy(&f, &narrow, sizeof f);
                    duration = static_cast<double>(f);
                } else {
                    double d = 0;
                    std::memcpy(&d, &bits, sizeof d);
                    duration = d;
                }
            }
            at += static_cast<std::size_t>(size);
        }
        if (!duration)
            return std::nullopt;
        return positiveSeconds(*duration * scale / 1e9);
    }
    return std::nullopt;
}

} // namespace

std::optional<double> filmDurationFromBytes(std::string_view bytes)
{
    if (bytes.size() >= 4 && bytesOf(bytes)[0] == 0x1A && bytesOf(bytes)[1] == 0x45)
        return webmSeconds(bytes);
    return findMvhd(bytes, false);
}

std::optional<double> readFilmDuration(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return std::nullopt;
    unsigned char head[16] = {};
    in.read(reinterpret_cast<char*>(head), sizeof head);
    if (in.gcount() < 8)
        return std::nullopt;
    if (head[0] == 0x1A && head[1] == 0x45) {
        std::string bytes(kWebmHeadBytes, '\0');
        in.clear();
        in.seekg(0);
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        bytes.resize(static_cast<std::size_t>(in.gcount()));
        return webmSeconds(bytes);
    }
    // MP4: hop from box to box (the media data may be gigabytes) until `moov`, then read only it.
    std::error_code ec;
    const std::uint64_t fileSize = fs::file_size(file, ec);
    if (ec)
        return std::nullopt;
    std::uint64_t at = 0;
    for (int boxes = 0; boxes < 10000 && fileSize - at >= 8; ++boxes) {
        in.clear();
        in.seekg(static_cast<std::streamoff>(at));
        in.read(reinterpret_cast<char*>(head), sizeof head);
        if (in.gcount() < 8)
            return std::nullopt;
        std::uint64_t size = bigEndian(head, 4);
        std::uint64_t header = 8;
        if (size == 1) {
            if (in.gcount() < 16)
                return std::nullopt;
            size = bigEndian(head + 8, 8);
            header = 16;
        } else if (size == 0) {
            size = fileSize - at;
        }
        if (size < header || size > fileSize - at)
            return std::nullopt;
        if (std::memcmp(head + 4, "moov", 4) == 0) {
            if (size - header > kMaxMoovBytes)
                return std::nullopt;
            std::string moov(static_cast<std::size_t>(size - header), '\0');
            in.clear();
            in.seekg(static_cast<std::streamoff>(at + header));
            in.read(moov.data(), static_cast<std::streamsize>(moov.size()));
            if (static_cast<std::size_t>(in.gcount()) != moov.size())
                return std::nullopt;
            return findMvhd(moov, true);
        }
        at += size;
    }
    return std::nullopt;
}

} // namespace reflekt
