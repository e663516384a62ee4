#include "core/RoomToken.h"

#include <random>
#include <string_view>

namespace reflekt {

std::string randomRoomToken(std::size_t length)
{
    static constexpr std::string_view kAlphabet = "23456789abcdefghjkmnpqrstuvwxyz";
    std::random_device random; // /dev/urandom (getrandom) on Linux with libstdc++
    std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
    std::string token;
    token.reserve(length);
    for (std::size_t i = 0; i < length; ++i)
        token += kAlphabet[pick(random)];
    return token;
}

} // namespace reflekt
