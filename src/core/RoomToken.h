#pragma once

#include <cstddef>
#include <string>

namespace reflekt {

/**
 * A random token from the operating system's random source, in `length` characters of an
 * alphabet without look-alikes (no 0/o, 1/l/i), so it can be read off a wall and typed on a phone.
 * 12 characters carry 59 bits: not guessable over a network in the life of a meeting.
 */
std::string randomRoomToken(std::size_t length);

} // namespace reflekt
