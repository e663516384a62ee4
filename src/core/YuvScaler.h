#pragma once

#include <cstdint>
#include <vector>

namespace reflekt {

/** A decoded picture in planar (I420) or semi-planar (NV12/NV21) 4:2:0 YCbCr, as a decoder hands it out. */
struct YuvPicture {
    enum class Layout { I420, NV12, NV21 };
    enum class Matrix { Bt601, Bt709, Bt2020 };

    Layout layout = Layout::I420;
    Matrix matrix = Matrix::Bt709;
    bool fullRange = false; ///< 0..255 luma (JPEG) instead of the video range 16..235
    int width = 0;
    int height = 0;
    const std::uint8_t* y = nullptr;
    const std::uint8_t* u = nullptr; ///< for NV12/NV21 the interleaved chroma plane
    const std::uint8_t* v = nullptr; ///< unused for NV12/NV21
    int yStride = 0;
    int uStride = 0;
    int vStride = 0;
};

/**
 * Scales and converts a 4:2:0 picture to 32-bit RGB (0xffRRGGBB) in one pass, straight at the size it
 * is shown: each output pixel is sampled bilinearly from the source luma and chroma, so a 1080p film
 * shown in a 1280x720 area costs 1280x720 conversions, not 1920x1080 plus a scale of the result.
 * Keeps its lookup tables and row buffers between frames of the same size (no allocation per frame).
 * Works row by row: source rows are resampled to the output width once (the only gathering loop),
 * then blended vertically and converted in straight loops the compiler vectorises.
 */
class YuvScaler {
public:
    /**
     * Writes `dstWidth` x `dstHeight` pixels to `dst`, rows `dstStride` pixels apart. Returns false
     * (writing nothing) when the picture or the target is empty, odd-sized beyond repair, or its
     * planes are missing.
     */
    bool scale(const YuvPicture& picture, std::uint32_t* dst, int dstWidth, int dstHeight, int dstStride);

private:
    struct Axis {
        std::vector<int> index;  // first source sample of each output position
        std::vector<int> weight; // weight of the second sample, 0..256
        int sourceSize = -1;
        int targetSize = -1;
        bool identity = false; // shown at its own size: sample i is output i
    };
    // One source row resampled to the output width (8.8 fixed point), kept while the next output
    // row still needs it: scaling down, each source row is resampled once per frame.
    struct RowCache {
        std::vector<std::uint16_t> slot[2];
        int row[2] = {-1, -1};
        int next = 0;
    };
    struct Plane {
        const std::uint8_t* data;
        int stride;
        int step; // bytes from one sample to the next: 2 in NV12's interleaved chroma
        int width;
        int height;
    };
    static void prepare(Axis& axis, int sourceSize, int targetSize);
    // The samples of `plane` for output row dy at axisX.targetSize positions, 8.8 fixed point.
    void planeRow(const Plane& plane, const Axis& axisX, const Axis& axisY, RowCache& cache, int dy,
                  std::uint16_t* out);
    static const std::uint16_t* resampledRow(RowCache& cache, const std::uint8_t* source, int step,
                                             int sourceRow, const Axis& axis, int width,
                                             const std::uint16_t* keep = nullptr);
    void convertRow(const YuvPicture& picture, int dy, std::uint32_t* out, int dstWidth);

    Axis m_lumaX, m_lumaY, m_chromaX, m_chromaY;
    RowCache m_luma, m_u, m_v;
    std::vector<std::uint16_t> m_lumaRow, m_uRow, m_vRow; // the output row's samples, 8.8
    std::vector<std::uint16_t> m_blended;                 // two source rows blended, 8.8
    int m_coefficients[5] = {}; // luma scale, V->R, U->G, V->G, U->B, in 1/65536
};

} // namespace reflekt
