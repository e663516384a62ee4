#include "core/XapiIds.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <random>

namespace reflekt {

namespace {

constexpr const char* kActivityPrefix = "urn:reflekt:activity:";

} // namespace

std::string XapiIds::newUuid()
{
    // One generator per thread, seeded from the OS; a statement id only has to be unique.
    thread_local std::mt19937_64 engine{[] {
        std::random_device rd;
        std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd(), rd(), rd()};
        return std::mt19937_64(seq);
    }()};
    std::array<std::uint8_t, 16> bytes{};
    for (std::size_t i = 0; i < bytes.size(); i += 8) {
        const std::uint64_t r = engine();
        for (std::size_t j = 0; j < 8; ++j)
            bytes[i + j] = static_cast<std::uint8_t>(r >> (8 * j));
    }
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        out += kHex[bytes[i] >> 4];
        out += kHex[bytes[i] & 0x0F];
    }
    return out;
}

bool XapiIds::isUuid(const std::string& text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !std::isxdigit(static_cast<unsigned char>(text[i])))
            return false;
    }
    return true;
}

std::string XapiIds::encode(const std::string& id)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : id) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 || c == '-' || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 0x0F];
        }
    }
    return out;
}

std::string XapiIds::bundle(const std::string& bundleId)
{
    return kActivityPrefix + encode(bundleId);
}

std::string XapiIds::module(const std::string& bundleId, const std::string& moduleId)
{
    return bundle(bundleId) + "/module/" + encode(moduleId);
}

std::string XapiIds::step(const std::string& bundleId, const std::string& moduleId, const std::string& stepId)
{
    return module(bundleId, moduleId) + "/step/" + encode(stepId);
}

std::string XapiIds::question(const std::string& bundleId, const std::string& questionId)
{
    return bundle(bundleId) + "/question/" + encode(questionId);
}

std::string XapiIds::session(const std::string& sessionUuid)
{
    return "urn:reflekt:session:" + sessionUuid;
}

} // namespace reflekt
