// The direct film path: 4:2:0 frames scaled and converted to RGB in one pass (core/YuvScaler).
#include "core/YuvScaler.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <vector>

using reflekt::YuvPicture;
using reflekt::YuvScaler;

namespace {

struct Planes {
    int width;
    int height;
    std::vector<std::uint8_t> y, u, v, uv;

    Planes(int w, int h, std::uint8_t luma, std::uint8_t cb, std::uint8_t cr)
        : width(w), height(h), y(static_cast<std::size_t>(w * h), luma),
          u(static_cast<std::size_t>(((w + 1) / 2) * ((h + 1) / 2)), cb),
          v(static_cast<std::size_t>(((w + 1) / 2) * ((h + 1) / 2)), cr)
    {
        for (std::size_t i = 0; i < u.size(); ++i) {
            uv.push_back(u[i]);
            uv.push_back(v[i]);
        }
    }

    YuvPicture i420(YuvPicture::Matrix matrix = YuvPicture::Matrix::Bt709) const
    {
        YuvPicture p;
        p.matrix = matrix;
        p.width = width;
        p.height = height;
        p.y = y.data();
        p.u = u.data();
        p.v = v.data();
        p.yStride = width;
        p.uStride = (width + 1) / 2;
        p.vStride = (width + 1) / 2;
        return p;
    }

    YuvPicture nv12() const
    {
        YuvPicture p = i420();
        p.layout = YuvPicture::Layout::NV12;
        p.u = uv.data();
        p.v = nullptr;
        p.uStride = 2 * ((width + 1) / 2);
        p.vStride = 0;
        return p;
    }
};

int red(std::uint32_t p) { return static_cast<int>((p >> 16) & 0xff); }
int green(std::uint32_t p) { return static_cast<int>((p >> 8) & 0xff); }
int blue(std::uint32_t p) { return static_cast<int>(p & 0xff); }

std::vector<std::uint32_t> scaled(const YuvPicture& picture, int w, int h)
{
    std::vector<std::uint32_t> out(static_cast<std::size_t>(w * h), 0);
    YuvScaler scaler;
    REQUIRE(scaler.scale(picture, out.data(), w, h, w));
    return out;
}

} // namespace

TEST_CASE("film frames: BT.709 colours come out as the film's colours", "[yuv]")
{
    // BT.709 video-range codes of pure red, green, blue, white and black (as ffmpeg encodes them).
    struct Sample {
        std::uint8_t y, cb, cr;
        int r, g, b;
    };
    const Sample samples[] = {{63, 102, 240, 255, 0, 0},   {173, 42, 26, 0, 255, 0}, {32, 240, 118, 0, 0, 255},
                              {235, 128, 128, 255, 255, 255}, {16, 128, 128, 0, 0, 0}};
    for (const Sample& s : samples) {
        const Planes planes(8, 8, s.y, s.cb, s.cr);
        const auto out = scaled(planes.i420(), 5, 3);
        for (std::uint32_t pixel : out) {
            CHECK(std::abs(red(pixel) - s.r) <= 3);
            CHECK(std::abs(green(pixel) - s.g) <= 3);
            CHECK(std::abs(blue(pixel) - s.b) <= 3);
            CHECK((pixel >> 24) == 0xffu);
        }
    }
}

TEST_CASE("film frames: BT.601 and full range are honoured", "[yuv]")
{
    // BT.601 red: Y 81, Cb 90, Cr 240.
    const Planes red601(4, 4, 81, 90, 240);
    const auto out = scaled(red601.i420(YuvPicture::Matrix::Bt601), 4, 4);
    CHECK(red(out[0]) >= 252);
    CHECK(green(out[0]) <= 3);
    CHECK(blue(out[0]) <= 3);
    // The same codes read as BT.709 give a visibly different colour: the matrix matters.
    const auto wrong = scaled(red601.i420(YuvPicture::Matrix::Bt709), 4, 4);
    CHECK(std::abs(green(wrong[0]) - green(out[0])) > 10);

    // Full range: Y 128 is middle grey (128), not the video range's 130.
    Planes grey(4, 4, 128, 128, 128);
    YuvPicture full = grey.i420();
    full.fullRange = true;
    const auto mid = scaled(full, 2, 2);
    CHECK(red(mid[0]) == 128);
    const auto video = scaled(grey.i420(), 2, 2);
    CHECK(red(video[0]) == 130);
}

TEST_CASE("film frames: scaling keeps the picture where it was", "[yuv]")
{
    // Left half black, right half white, 16x8, shown at 4x2 and at 32x16.
    Planes planes(16, 8, 16, 128, 128);
    for (int row = 0; row < 8; ++row)
        for (int col = 8; col < 16; ++col)
            planes.y[static_cast<std::size_t>(row * 16 + col)] = 235;
    const auto small = scaled(planes.i420(), 4, 2);
    CHECK(red(small[0]) <= 2);
    CHECK(red(small[1]) <= 2);
    CHECK(red(small[2]) >= 253);
    CHECK(red(small[3]) >= 253);
    const auto big = scaled(planes.i420(), 32, 16);
    CHECK(red(big[0]) <= 2);
    CHECK(red(big[12]) <= 2);
    CHECK(red(big[20]) >= 253);
    CHECK(red(big[31]) >= 253);
    // The edge is soft (bilinear), not shifted: the two columns at the edge straddle mid grey.
    CHECK(red(big[15]) < 128);
    CHECK(red(big[16]) > 128);
    // At its own size the picture is copied, not blurred: the edge stays one pixel sharp.
    const auto same = scaled(planes.i420(), 16, 8);
    for (int row = 0; row < 8; ++row) {
        CHECK(red(same[static_cast<std::size_t>(row * 16 + 7)]) == 0);
        CHECK(red(same[static_cast<std::size_t>(row * 16 + 8)]) == 255);
    }
}

TEST_CASE("film frames: NV12 gives the same picture as I420", "[yuv]")
{
    Planes planes(10, 6, 100, 60, 200);
    for (std::size_t i = 0; i < planes.y.size(); ++i)
        planes.y[i] = static_cast<std::uint8_t>(16 + (i * 7) % 200);
    planes.uv.clear();
    for (std::size_t i = 0; i < planes.u.size(); ++i) {
        planes.u[i] = static_cast<std::uint8_t>(60 + i * 5);
        planes.v[i] = static_cast<std::uint8_t>(200 - i * 3);
        planes.uv.push_back(planes.u[i]);
        planes.uv.push_back(planes.v[i]);
    }
    CHECK(scaled(planes.i420(), 7, 5) == scaled(planes.nv12(), 7, 5));
}

TEST_CASE("film frames: odd sizes, strides and bad input", "[yuv]")
{
    YuvScaler scaler;
    std::vector<std::uint32_t> out(64 * 64, 0);
    // Odd sizes (the chroma plane rounds up) and a 1x1 picture read nothing outside their planes
    // (run under AddressSanitizer in CI).
    for (int size : {1, 3, 5}) {
        const Planes planes(size, size, 120, 128, 128);
        CHECK(scaler.scale(planes.i420(), out.data(), 7, 3, 7));
        CHECK(scaler.scale(planes.nv12(), out.data(), 64, 64, 64));
    }
    // Rows wider than the picture (decoders pad them): the padding is never shown.
    Planes padded(4, 2, 235, 128, 128);
    padded.y = {235, 235, 235, 235, 16, 16, 235, 235, 235, 235, 16, 16};
    YuvPicture picture = padded.i420();
    picture.yStride = 6;
    const auto shown = scaled(picture, 8, 4);
    for (std::uint32_t pixel : shown)
        CHECK(red(pixel) >= 253);

    const Planes planes(4, 4, 16, 128, 128);
    YuvPicture missing = planes.i420();
    missing.v = nullptr;
    CHECK_FALSE(scaler.scale(missing, out.data(), 4, 4, 4));
    CHECK_FALSE(scaler.scale(planes.i420(), out.data(), 0, 4, 4));
    CHECK_FALSE(scaler.scale(planes.i420(), out.data(), 4, 4, 3));
    YuvPicture narrow = planes.i420();
    narrow.yStride = 3;
    CHECK_FALSE(scaler.scale(narrow, out.data(), 4, 4, 4));
}
