#include "ui/authoring/LanguageNames.h"

#include <QLocale>

namespace reflekt {

QString languageName(const QString& code)
{
    const QLocale locale(code);
    // English alone names itself "American English" (its default territory): the package means
    // the language, not a country's variety of it.
    const QString native = locale.language() == QLocale::C         ? QString()
                           : code == QLatin1String("en")           ? QStringLiteral("English")
                                                                   : locale.nativeLanguageName();
    return native.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(native, code);
}

QStringList offeredLanguages()
{
    // Sámi, Finnish and Meänkieli are minority languages in both countries; Arabic, Somali,
    // Tigrinya, Dari, Ukrainian: the languages many newly arrived people speak.
    return {QStringLiteral("sv"), QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en"),
            QStringLiteral("da"), QStringLiteral("fi"), QStringLiteral("se"), QStringLiteral("fit"),
            QStringLiteral("ar"), QStringLiteral("so"), QStringLiteral("ti"), QStringLiteral("fa"),
            QStringLiteral("uk")};
}

QStringList commonLicences()
{
    return {QStringLiteral("CC-BY-4.0"),    QStringLiteral("CC-BY-SA-4.0"), QStringLiteral("CC-BY-NC-4.0"),
            QStringLiteral("CC-BY-NC-SA-4.0"), QStringLiteral("CC-BY-ND-4.0"), QStringLiteral("CC0-1.0"),
            QStringLiteral("NLOD-2.0"),     QStringLiteral("EUPL-1.2"),     QStringLiteral("proprietary")};
}

} // namespace reflekt
