#include "export/PdfFonts.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

#include <memory>

namespace reflekt {

namespace {

struct Loaded {
    PangoFontMap* fontMap = nullptr;
    bool shipped = false;
};

const Loaded& load()
{
    static const Loaded loaded = [] {
        Loaded l;
        FcConfig* config = FcInitLoadConfigAndFonts();
        // Kept until the process ends: fontconfig reads the files lazily.
        static std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
        int added = 0;
        for (const char* name : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"}) {
            const QString source = QStringLiteral(":/reflekt/fonts/") + QString::fromLatin1(name);
            const QString target = dir->filePath(QString::fromLatin1(name));
            if (!dir->isValid() || !QFile::copy(source, target))
                continue;
            const QByteArray path = QFile::encodeName(target);
            if (FcConfigAppFontAddFile(config, reinterpret_cast<const FcChar8*>(path.constData())))
                ++added;
        }
        l.shipped = added == 3;
        l.fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
        auto* instance = reinterpret_cast<GTypeInstance*>(l.fontMap);
        if (l.fontMap && g_type_check_instance_is_a(instance, pango_fc_font_map_get_type()))
            pango_fc_font_map_set_config(reinterpret_cast<PangoFcFontMap*>(l.fontMap), config);
        FcConfigDestroy(config); // the font map holds its own reference
        return l;
    }();
    return loaded;
}

} // namespace

PangoFontMap* PdfFonts::fontMap()
{
    return load().fontMap;
}

bool PdfFonts::shipped()
{
    return load().shipped;
}

} // namespace reflekt
