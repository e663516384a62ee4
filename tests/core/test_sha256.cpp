#include "core/Sha256.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <string>

using namespace reflekt;

TEST_CASE("sha256 matches the FIPS 180-4 test vectors", "[sha256]")
{
    CHECK(sha256HexOfBytes("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256HexOfBytes("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256HexOfBytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256HexOfBytes("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                           "klmnopqrlmnopqrsmnopqrstnopqrstu") ==
          "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    CHECK(sha256HexOfBytes(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 gives the same digest however the input is split", "[sha256]")
{
    std::string data(1000, '\0');
    std::mt19937 rng(7);
    for (char& c : data)
        c = static_cast<char>(rng() & 0xff);
    const std::string whole = sha256HexOfBytes(data);
    // Lengths around the 55/56/64-byte padding boundaries are where a hand-written SHA-256 breaks.
    for (std::size_t split : {0u, 1u, 55u, 56u, 63u, 64u, 65u, 119u, 120u, 999u}) {
        Sha256 h;
        h.update(std::string_view(data).substr(0, split));
        h.update(std::string_view(data).substr(split));
        CHECK(h.finalHex() == whole);
    }
    for (std::size_t len : {55u, 56u, 57u, 63u, 64u, 65u}) {
        Sha256 bytewise;
        for (std::size_t i = 0; i < len; ++i)
            bytewise.update(&data[i], 1);
        CHECK(bytewise.finalHex() == sha256HexOfBytes(std::string_view(data).substr(0, len)));
    }
}

TEST_CASE("sha256 of a file streams its contents", "[sha256]")
{
    const auto dir = std::filesystem::temp_directory_path() / "reflekt-test-sha256";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto file = dir / "a.bin";
    const std::string content(200000, 'a');
    std::ofstream(file, std::ios::binary) << content;
    CHECK(sha256Hex(file) == sha256HexOfBytes(content));
    CHECK(sha256Hex(dir / "missing.bin").empty());
    std::filesystem::remove_all(dir);
}
