#include "platform/UiLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace reflekt {

QList<QTranslator*> UiLanguage::s_installed;

QStringList UiLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("sv"), QStringLiteral("nb")};
}

QString UiLanguage::nativeName(const QString& language)
{
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    if (language == QLatin1String("sv"))
        return QStringLiteral("Svenska");
    if (language == QLatin1String("nb"))
        return QStringLiteral("Norsk bokmål");
    return QStringLiteral("English");
}

QString UiLanguage::resolve(const QString& setting, const QLocale& system)
{
    if (available().contains(setting))
        return setting;
    // Norwegian in any written form gets Bokmål; the Nynorsk reader is better served by it than
    // by English.
    switch (system.language()) {
    case QLocale::NorwegianBokmal:
    case QLocale::NorwegianNynorsk:
        return QStringLiteral("nb");
    case QLocale::Swedish:
        return QStringLiteral("sv");
    default:
        break;
    }
    for (const QString& ui : system.uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (code == QLatin1String("sv"))
            return QStringLiteral("sv");
        if (code == QLatin1String("nb") || code == QLatin1String("no") || code == QLatin1String("nn"))
            return QStringLiteral("nb");
        if (code == QLatin1String("en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

void UiLanguage::removeInstalled()
{
    for (QTranslator* t : s_installed) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    s_installed.clear();
}

QStringList UiLanguage::install(const QString& language, const QStringList& dirs)
{
    removeInstalled();
    QStringList loaded;
    if (!available().contains(language))
        return loaded;

    auto load = [&loaded](const QString& file) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        if (!translator->load(file) || !QCoreApplication::installTranslator(translator)) {
            delete translator;
            return false;
        }
        s_installed << translator;
        loaded << file;
        return true;
    };
    if (language == QLatin1String("en")) {
        // The source language; its catalogue holds only the plural forms ("1 statement").
        for (const QString& dir : dirs) {
            if (load(QDir(dir).filePath(QStringLiteral("reflekt_en.qm"))))
                break;
        }
        return loaded;
    }
    // Qt's own catalogues (qt6-translations-l10n). Installed first, so that Reflekt's
    // files, installed after them, are asked first.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString& base :
         {QStringLiteral("qt_"), QStringLiteral("qtbase_"), QStringLiteral("qtmultimedia_")}) {
        const QString file = QDir(qtDir).filePath(base + language + QStringLiteral(".qm"));
        if (QFileInfo::exists(file))
            load(file);
    }
    // Reflekt's strings, and its own additions to Qt's (the standard buttons and text-editing
    // menus, which Debian's Qt 6 catalogues lack for Swedish and Bokmål).
    for (const QString& dir : dirs) {
        const QString own = QDir(dir).filePath(QStringLiteral("reflekt_%1.qm").arg(language));
        if (QFileInfo::exists(own) && load(own)) {
            load(QDir(dir).filePath(QStringLiteral("qt_extra_%1.qm").arg(language)));
            break;
        }
    }
    return loaded;
}

} // namespace reflekt
