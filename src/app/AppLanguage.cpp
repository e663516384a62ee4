#include "app/AppLanguage.h"

#include "platform/AppPaths.h"
#include "platform/UiLanguage.h"

#include <QLocale>

namespace reflekt {

QStringList AppLanguage::translationDirs()
{
    return {AppPaths::executableDir() + QStringLiteral("/../share/reflekt/translations"),
            QStringLiteral(REFLEKT_BUILD_TRANSLATIONS_DIR)};
}

QString AppLanguage::apply(const QString& setting)
{
    const QString language = UiLanguage::resolve(setting);
    UiLanguage::install(language, translationDirs());
    const QLocale system = QLocale::system();
    if (language != UiLanguage::resolve(QString(), system))
        QLocale::setDefault(QLocale(QLocale::codeToLanguage(language), system.territory()));
    else
        QLocale::setDefault(system);
    return language;
}

} // namespace reflekt
