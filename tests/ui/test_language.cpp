// The interface language: chosen from the setting or the system locale, and the catalogues that
// turn Reflekt's and Qt's own strings into Swedish and Norwegian Bokmål.
#include "platform/UiLanguage.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {
QString tr(const char* context, const char* text)
{
    return QCoreApplication::translate(context, text);
}
} // namespace

TEST_CASE("the language follows the setting, else the system's locale", "[ui][language]")
{
    CHECK(UiLanguage::resolve(QString(), QLocale(QStringLiteral("sv_SE"))) == QStringLiteral("sv"));
    CHECK(UiLanguage::resolve(QString(), QLocale(QStringLiteral("sv_FI"))) == QStringLiteral("sv"));
    CHECK(UiLanguage::resolve(QString(), QLocale(QStringLiteral("nb_NO"))) == QStringLiteral("nb"));
    CHECK(UiLanguage::resolve(QString(), QLocale(QStringLiteral("nn_NO"))) == QStringLiteral("nb"));
    CHECK(UiLanguage::resolve(QString(), QLocale(QStringLiteral("de_DE"))) == QStringLiteral("en"));
    CHECK(UiLanguage::resolve(QString(), QLocale(QStringLiteral("en_GB"))) == QStringLiteral("en"));
    CHECK(UiLanguage::resolve(QStringLiteral("nb"), QLocale(QStringLiteral("sv_SE"))) ==
          QStringLiteral("nb"));
    CHECK(UiLanguage::resolve(QStringLiteral("en"), QLocale(QStringLiteral("sv_SE"))) ==
          QStringLiteral("en"));
    // A setting from a newer version in a language this one lacks falls back to the system.
    CHECK(UiLanguage::resolve(QStringLiteral("fi"), QLocale(QStringLiteral("sv_SE"))) ==
          QStringLiteral("sv"));
}

TEST_CASE("Swedish and Bokmål catalogues translate Reflekt's menus and Qt's buttons", "[ui][language]")
{
    const QStringList dirs{QStringLiteral(REFLEKT_BUILD_TRANSLATIONS_DIR)};

    const QStringList sv = UiLanguage::install(QStringLiteral("sv"), dirs);
    CHECK(sv.filter(QStringLiteral("reflekt_sv.qm")).size() == 1);
    CHECK(tr("reflekt::MainWindow", "&File") == QStringLiteral("&Arkiv"));
    CHECK(tr("reflekt::ProfilePage", "Who is studying today?") == QStringLiteral("Vem studerar i dag?"));
    CHECK(tr("QPlatformTheme", "Cancel") == QStringLiteral("Avbryt"));
    CHECK(tr("QWidgetTextControl", "&Paste") == QStringLiteral("Klistra &in"));
    // The wall's pages are built outside PresentationWindow but keep its context (once lost to lupdate).
    CHECK(tr("reflekt::PresentationWindow", "Question %1 of %2") == QStringLiteral("Fråga %1 av %2"));
    CHECK(tr("reflekt::PresentationWindow", "Thank you") != QStringLiteral("Thank you"));

    const QStringList nb = UiLanguage::install(QStringLiteral("nb"), dirs);
    CHECK(nb.filter(QStringLiteral("reflekt_nb.qm")).size() == 1);
    CHECK(tr("reflekt::MainWindow", "&File") == QStringLiteral("&Fil"));
    CHECK(tr("reflekt::ProfilePage", "Who is studying today?") == QStringLiteral("Hvem studerer i dag?"));
    CHECK(tr("QPlatformTheme", "Cancel") == QStringLiteral("Avbryt"));
    CHECK(tr("QPlatformTheme", "Open") == QStringLiteral("Åpne"));

    // English is the source: installing it removes the others and adds only its plural forms.
    const QStringList en = UiLanguage::install(QStringLiteral("en"), dirs);
    REQUIRE(en.size() == 1);
    CHECK(en.front().endsWith(QStringLiteral("reflekt_en.qm")));
    CHECK(tr("reflekt::MainWindow", "&File") == QStringLiteral("&File"));
    CHECK(tr("QPlatformTheme", "Open") == QStringLiteral("Open"));
    const char* waiting = "%n statement(s) waiting to be sent.";
    CHECK(QCoreApplication::translate("reflekt::XapiSettingsDialog", waiting, nullptr, 1) ==
          QStringLiteral("1 statement waiting to be sent."));
    CHECK(QCoreApplication::translate("reflekt::XapiSettingsDialog", waiting, nullptr, 3) ==
          QStringLiteral("3 statements waiting to be sent."));
}

TEST_CASE("Qt's own file dialog speaks Swedish and Bokmål where the desktop has no native one", "[ui][language]")
{
    const QStringList dirs{QStringLiteral(REFLEKT_BUILD_TRANSLATIONS_DIR)};
    const auto labels = [] {
        QFileDialog dialog(nullptr, QStringLiteral("x"));
        dialog.setOption(QFileDialog::DontUseNativeDialog); // what a bare X session or KDE without portal shows
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        QStringList out;
        for (const char* name : {"lookInLabel", "fileNameLabel", "fileTypeLabel"}) {
            auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(name));
            out << (label ? label->text() : QString());
        }
        return out;
    };
    UiLanguage::install(QStringLiteral("sv"), dirs);
    CHECK(labels() == QStringList{QStringLiteral("Leta i:"), QStringLiteral("Fil&namn:"), QStringLiteral("Filtyp:")});
    UiLanguage::install(QStringLiteral("nb"), dirs);
    CHECK(labels() == QStringList{QStringLiteral("Se i:"), QStringLiteral("Fil&navn:"), QStringLiteral("Filtype:")});
    UiLanguage::install(QStringLiteral("en"), dirs);
    CHECK(labels() == QStringList{QStringLiteral("Look in:"), QStringLiteral("File &name:"), QStringLiteral("Files of type:")});
}
