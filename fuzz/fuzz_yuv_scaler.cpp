// libFuzzer target: the film frame scaler (core/YuvScaler) over any picture geometry a decoder could
// hand out: odd sizes, padded rows, I420/NV12/NV21, any output size, one scaler reused across
// frames. Planes are allocated to their exact size, so AddressSanitizer sees any read outside them.
#include "core/YuvScaler.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace {

std::vector<std::uint8_t> plane(const std::uint8_t* data, std::size_t size, std::size_t bytes)
{
    std::vector<std::uint8_t> out(bytes);
    for (std::size_t i = 0; i < bytes; ++i)
        out[i] = size > 0 ? data[i % size] : static_cast<std::uint8_t>(i);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 10)
        return 0;
    using reflekt::YuvPicture;
    YuvPicture picture;
    picture.width = 1 + data[0] % 48;
    picture.height = 1 + data[1] % 48;
    picture.layout = static_cast<YuvPicture::Layout>(data[2] % 3);
    picture.matrix = static_cast<YuvPicture::Matrix>(data[3] % 3);
    picture.fullRange = (data[4] & 1) != 0;
    const int padding = data[5] % 8;
    const int chromaWidth = (picture.width + 1) / 2;
    const int chromaHeight = (picture.height + 1) / 2;
    const bool planar = picture.layout == YuvPicture::Layout::I420;
    picture.yStride = picture.width + padding;
    picture.uStride = (planar ? chromaWidth : 2 * chromaWidth) + padding;
    picture.vStride = planar ? chromaWidth + padding : 0;
    const std::uint8_t* rest = data + 10;
    const std::size_t restSize = size - 10;
    const auto y = plane(rest, restSize, static_cast<std::size_t>(picture.yStride * picture.height));
    const auto u = plane(rest, restSize, static_cast<std::size_t>(picture.uStride * chromaHeight));
    const auto v = plane(rest, restSize, planar ? static_cast<std::size_t>(picture.vStride * chromaHeight) : 1);
    picture.y = y.data();
    picture.u = u.data();
    picture.v = planar ? v.data() : nullptr;

    reflekt::YuvScaler scaler;
    for (int pass = 0; pass < 2; ++pass) {
        const int width = 1 + data[6 + 2 * pass] % 96;
        const int height = 1 + data[7 + 2 * pass] % 96;
        std::vector<std::uint32_t> out(static_cast<std::size_t>(width * height));
        if (!scaler.scale(picture, out.data(), width, height, width))
            std::abort(); // a well-formed picture must always scale
        for (std::uint32_t pixel : out)
            if ((pixel >> 24) != 0xffu)
                std::abort(); // every pixel written, opaque
    }
    return 0;
}
