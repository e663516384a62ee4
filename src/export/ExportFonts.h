#pragma once

#include <QString>

namespace reflekt {

// The font every export is set in: DejaVu Sans, shipped inside the app (resources/fonts) so a PDF
// looks the same and embeds the same glyphs (å ä ö æ ø) whatever the machine has installed.
class ExportFonts {
public:
    /** Registers the shipped fonts once and returns their family. Needs a QGuiApplication. */
    static QString family();
    /** True when the shipped font files were found in the app's resources. */
    static bool shipped();
};

} // namespace reflekt
