#include "export/ExportFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace reflekt {

namespace {

struct Loaded {
    QString family;
    bool shipped = false;
};

const Loaded& load()
{
    static const Loaded loaded = [] {
        Loaded l;
        const QStringList files{QStringLiteral(":/reflekt/fonts/DejaVuSans.ttf"),
                                QStringLiteral(":/reflekt/fonts/DejaVuSans-Bold.ttf"),
                                QStringLiteral(":/reflekt/fonts/DejaVuSans-Oblique.ttf")};
        for (const QString& file : files) {
            const int id = QFontDatabase::addApplicationFont(file);
            if (id < 0)
                continue;
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (!families.isEmpty() && l.family.isEmpty()) {
                l.family = families.first();
                l.shipped = true;
            }
        }
        if (l.family.isEmpty()) // resources missing: the system's copy, if any, is next best
            l.family = QStringLiteral("DejaVu Sans");
        return l;
    }();
    return loaded;
}

} // namespace

QString ExportFonts::family()
{
    return load().family;
}

bool ExportFonts::shipped()
{
    return load().shipped;
}

} // namespace reflekt
