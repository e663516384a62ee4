#pragma once

#include <QString>

using PangoFontMap = struct _PangoFontMap;

namespace reflekt {

// The shipped DejaVu fonts for pango: Qt's own font database (ExportFonts) is no use to pango, so
// the files are copied out of the Qt resource once and added to a fontconfig configuration of our
// own (the system's fonts stay there as fallback for scripts DejaVu lacks).
class PdfFonts {
public:
    /** A pango font map with the shipped fonts; lives as long as the process. */
    static PangoFontMap* fontMap();
    /** The family to ask pango for. */
    static QString family() { return QStringLiteral("DejaVu Sans"); }
    /** True when the shipped font files were found and registered. */
    static bool shipped();
};

} // namespace reflekt
