#pragma once

#include <QImage>
#include <QString>

namespace reflekt {

// A QR code (libqrencode, error correction M) as a black-on-white image with the four-module
// quiet zone scanners need, each module `modulePixels` square: sharp at any size it is drawn.
class QrCodeImage {
public:
    /** Null if `text` cannot be encoded (too long for a QR code). */
    static QImage make(const QString& text, int modulePixels = 8);
};

} // namespace reflekt
