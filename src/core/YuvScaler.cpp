#include "core/YuvScaler.h"

#include <algorithm>
#include <cmath>

// The two straight loops below run for every pixel of every frame shown. On x86-64, GCC builds each
// twice, for AVX2 and for any x86-64, and the loader picks one for the processor (function
// multi-versioning); other compilers and the sanitizer builds get the portable one.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
#define REFLEKT_VECTOR_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define REFLEKT_VECTOR_CLONES
#endif

namespace reflekt::yuvdetail {

// out[i] = a[i] and b[i] blended (weight of b 0..256), all 8.8 fixed point.
REFLEKT_VECTOR_CLONES void blendRows(const std::uint16_t* __restrict a, const std::uint16_t* __restrict b,
                                     int weight, int count, std::uint16_t* __restrict out)
{
    const int keep = 256 - weight;
    for (int i = 0; i < count; ++i)
        out[i] = static_cast<std::uint16_t>((a[i] * keep + b[i] * weight + 128) >> 8);
}

// 8.8 luma of one output row and 8.8 chroma at half its width (each chroma sample colours two
// pixels, as in the 4:2:0 source) to 0xffRRGGBB.
REFLEKT_VECTOR_CLONES void convertPixels(const std::uint16_t* __restrict luma, const std::uint16_t* __restrict u,
                                         const std::uint16_t* __restrict v, int count, const int* coefficients,
                                         int lumaOffset, std::uint32_t* __restrict out)
{
    const int k[5] = {coefficients[0], coefficients[1], coefficients[2], coefficients[3], coefficients[4]};
    const auto pixel = [&k, lumaOffset](int lumaValue, int cb, int cr) {
        const int y = (((lumaValue + 128) >> 8) - lumaOffset) * k[0];
        const int r = std::clamp((y + k[1] * cr + 32768) >> 16, 0, 255);
        const int g = std::clamp((y - k[2] * cb - k[3] * cr + 32768) >> 16, 0, 255);
        const int b = std::clamp((y + k[4] * cb + 32768) >> 16, 0, 255);
        return 0xff000000u | static_cast<std::uint32_t>((r << 16) | (g << 8) | b);
    };
    const int pairs = count / 2;
    for (int j = 0; j < pairs; ++j) {
        const int cb = ((u[j] + 128) >> 8) - 128;
        const int cr = ((v[j] + 128) >> 8) - 128;
        out[2 * j] = pixel(luma[2 * j], cb, cr);
        out[2 * j + 1] = pixel(luma[2 * j + 1], cb, cr);
    }
    if (count % 2 != 0)
        out[count - 1] = pixel(luma[count - 1], ((u[pairs] + 128) >> 8) - 128, ((v[pairs] + 128) >> 8) - 128);
}

// 8-bit samples to 8.8 fixed point.
REFLEKT_VECTOR_CLONES void widenRow(const std::uint8_t* __restrict source, int count, std::uint16_t* __restrict out)
{
    for (int i = 0; i < count; ++i)
        out[i] = static_cast<std::uint16_t>(source[i] << 8);
}

// Two source rows of 8-bit samples blended (weight of b 0..256) into 8.8, `step` bytes apart.
REFLEKT_VECTOR_CLONES void blendSourceRows(const std::uint8_t* __restrict a, const std::uint8_t* __restrict b,
                                           int weight, int count, std::uint16_t* __restrict out)
{
    const int keep = 256 - weight;
    for (int i = 0; i < count; ++i)
        out[i] = static_cast<std::uint16_t>(a[i] * keep + b[i] * weight);
}

} // namespace reflekt::yuvdetail

namespace reflekt {

namespace {

struct Weights {
    double kr;
    double kb;
};

Weights weightsFor(YuvPicture::Matrix matrix)
{
    switch (matrix) {
    case YuvPicture::Matrix::Bt601:
        return {0.299, 0.114};
    case YuvPicture::Matrix::Bt2020:
        return {0.2627, 0.0593};
    case YuvPicture::Matrix::Bt709:
        break;
    }
    return {0.2126, 0.0722};
}

int fixed(double value)
{
    return static_cast<int>(std::lround(value * 65536.0));
}

} // namespace

void YuvScaler::prepare(Axis& axis, int sourceSize, int targetSize)
{
    if (axis.sourceSize == sourceSize && axis.targetSize == targetSize)
        return;
    axis.sourceSize = sourceSize;
    axis.targetSize = targetSize;
    axis.identity = sourceSize == targetSize;
    axis.index.resize(static_cast<std::size_t>(targetSize));
    axis.weight.resize(static_cast<std::size_t>(targetSize));
    const double ratio = static_cast<double>(sourceSize) / targetSize;
    for (int i = 0; i < targetSize; ++i) {
        // Pixel centres line up: output i covers source [i*ratio, (i+1)*ratio).
        const double position =
            std::clamp((i + 0.5) * ratio - 0.5, 0.0, static_cast<double>(sourceSize - 1));
        int first = static_cast<int>(position);
        int weight = static_cast<int>(std::lround((position - first) * 256.0));
        // The second sample is always first + 1, inside the source: the last one is reached with
        // full weight on it rather than by reading past it.
        if (first >= sourceSize - 1) {
            first = std::max(0, sourceSize - 2);
            weight = sourceSize > 1 ? 256 : 0;
        }
        const auto at = static_cast<std::size_t>(i);
        axis.index[at] = first;
        axis.weight[at] = weight;
    }
}

const std::uint16_t* YuvScaler::resampledRow(RowCache& cache, const std::uint8_t* source, int step, int sourceRow,
                                             const Axis& axis, int width, const std::uint16_t* keep)
{
    for (int s = 0; s < 2; ++s)
        if (cache.row[s] == sourceRow)
            return cache.slot[s].data();
    // Never overwrite the row the caller still holds (the first of the pair it blends).
    int s = cache.next;
    if (keep != nullptr && cache.slot[s].data() == keep)
        s = 1 - s;
    cache.next = 1 - s;
    cache.row[s] = sourceRow;
    std::vector<std::uint16_t>& out = cache.slot[s];
    out.resize(static_cast<std::size_t>(width));
    if (axis.identity && step == 1) {
        yuvdetail::widenRow(source, width, out.data());
        return out.data();
    }
    const int* index = axis.index.data();
    const int* weight = axis.weight.data();
    // A one-sample-wide source has no second sample: its weight is 0, so reading the first twice is right.
    const int second = axis.sourceSize > 1 ? step : 0;
    for (int x = 0; x < width; ++x) {
        const std::uint8_t* at = source + index[x] * step;
        out[static_cast<std::size_t>(x)] =
            static_cast<std::uint16_t>(at[0] * (256 - weight[x]) + at[second] * weight[x]);
    }
    return out.data();
}

bool YuvScaler::scale(const YuvPicture& picture, std::uint32_t* dst, int dstWidth, int dstHeight, int dstStride)
{
    const bool semiPlanar = picture.layout != YuvPicture::Layout::I420;
    if (picture.width <= 0 || picture.height <= 0 || dstWidth <= 0 || dstHeight <= 0 || dst == nullptr ||
        dstStride < dstWidth || picture.y == nullptr || picture.u == nullptr ||
        (!semiPlanar && picture.v == nullptr) || picture.yStride < picture.width)
        return false;
    const int chromaWidth = (picture.width + 1) / 2;
    const int chromaHeight = (picture.height + 1) / 2;
    if (picture.uStride < (semiPlanar ? 2 * chromaWidth : chromaWidth) ||
        (!semiPlanar && picture.vStride < chromaWidth))
        return false;

    prepare(m_lumaX, picture.width, dstWidth);
    prepare(m_lumaY, picture.height, dstHeight);
    // Chroma is sampled at half the output width: each sample colours two pixels, as in the source.
    prepare(m_chromaX, chromaWidth, (dstWidth + 1) / 2);
    prepare(m_chromaY, chromaHeight, dstHeight);
    // The planes are new each frame: nothing resampled from the last one may be reused.
    for (RowCache* cache : {&m_luma, &m_u, &m_v})
        cache->row[0] = cache->row[1] = -1;
    const auto width = static_cast<std::size_t>(dstWidth);
    m_lumaRow.resize(width);
    m_uRow.resize(width / 2 + 1);
    m_vRow.resize(width / 2 + 1);

    const Weights w = weightsFor(picture.matrix);
    const double kg = 1.0 - w.kr - w.kb;
    const double lumaScale = picture.fullRange ? 1.0 : 255.0 / 219.0;
    const double chromaScale = picture.fullRange ? 1.0 : 255.0 / 224.0;
    m_coefficients[0] = fixed(lumaScale);
    m_coefficients[1] = fixed(2.0 * (1.0 - w.kr) * chromaScale);
    m_coefficients[2] = fixed(2.0 * w.kb * (1.0 - w.kb) / kg * chromaScale);
    m_coefficients[3] = fixed(2.0 * w.kr * (1.0 - w.kr) / kg * chromaScale);
    m_coefficients[4] = fixed(2.0 * (1.0 - w.kb) * chromaScale);

    for (int dy = 0; dy < dstHeight; ++dy)
        convertRow(picture, dy, dst + static_cast<std::ptrdiff_t>(dy) * dstStride, dstWidth);
    return true;
}

void YuvScaler::planeRow(const Plane& plane, const Axis& axisX, const Axis& axisY, RowCache& cache, int dy,
                         std::uint16_t* out)
{
    const auto row = static_cast<std::size_t>(dy);
    const int width = axisX.targetSize;
    const int y0 = axisY.index[row];
    const int y1 = std::min(y0 + 1, plane.height - 1);
    const std::uint8_t* source0 = plane.data + static_cast<std::ptrdiff_t>(y0) * plane.stride;
    const std::uint8_t* source1 = plane.data + static_cast<std::ptrdiff_t>(y1) * plane.stride;
    if (plane.height > axisY.targetSize) {
        // Fewer output rows than source rows: blend the two source rows first (a straight loop over
        // the source width), then sample once per output pixel.
        m_blended.resize(static_cast<std::size_t>(plane.width));
        std::uint16_t* blended = m_blended.data();
        if (plane.step == 1) {
            yuvdetail::blendSourceRows(source0, source1, axisY.weight[row], plane.width, blended);
        } else {
            const int weight = axisY.weight[row];
            for (int x = 0; x < plane.width; ++x)
                blended[x] = static_cast<std::uint16_t>(source0[x * plane.step] * (256 - weight) +
                                                        source1[x * plane.step] * weight);
        }
        const int* index = axisX.index.data();
        const int* weight = axisX.weight.data();
        const int second = plane.width > 1 ? 1 : 0;
        for (int x = 0; x < width; ++x) {
            const std::uint16_t* at = blended + index[x];
            out[x] = static_cast<std::uint16_t>((at[0] * (256 - weight[x]) + at[second] * weight[x] + 128) >> 8);
        }
        return;
    }
    // As many output rows as source rows or more: resample each source row once, then blend.
    const std::uint16_t* first = resampledRow(cache, source0, plane.step, y0, axisX, width);
    const std::uint16_t* next = resampledRow(cache, source1, plane.step, y1, axisX, width, first);
    yuvdetail::blendRows(first, next, axisY.weight[row], width, out);
}

void YuvScaler::convertRow(const YuvPicture& picture, int dy, std::uint32_t* out, int dstWidth)
{
    const int chromaWidth = (picture.width + 1) / 2;
    const int chromaHeight = (picture.height + 1) / 2;
    const bool planar = picture.layout == YuvPicture::Layout::I420;
    const int step = planar ? 1 : 2;
    const int uOffset = picture.layout == YuvPicture::Layout::NV21 ? 1 : 0;
    const Plane luma{picture.y, picture.yStride, 1, picture.width, picture.height};
    const Plane u{picture.u + uOffset, picture.uStride, step, chromaWidth, chromaHeight};
    const Plane v{planar ? picture.v : picture.u + 1 - uOffset, planar ? picture.vStride : picture.uStride, step,
                  chromaWidth, chromaHeight};
    planeRow(luma, m_lumaX, m_lumaY, m_luma, dy, m_lumaRow.data());
    planeRow(u, m_chromaX, m_chromaY, m_u, dy, m_uRow.data());
    planeRow(v, m_chromaX, m_chromaY, m_v, dy, m_vRow.data());
    yuvdetail::convertPixels(m_lumaRow.data(), m_uRow.data(), m_vRow.data(), dstWidth, m_coefficients,
                             picture.fullRange ? 0 : 16, out);
}

} // namespace reflekt
