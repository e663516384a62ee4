// File > Settings: what the user picks is what Reflekt keeps; Cancel keeps nothing; every control
// has a name a screen reader can read (its label).
#include "UiTestFixture.h"

#include "platform/Settings.h"
#include "ui/settings/SettingsDialog.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {
template <typename T> T* child(QWidget& dialog, const char* name)
{
    T* w = dialog.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}
} // namespace

TEST_CASE("the settings dialog keeps the language, text size and captions the user chose", "[ui][settings]")
{
    UiTestFixture f;
    f.open();
    {
        SettingsDialog dialog;
        auto* language = child<QComboBox>(dialog, "languageCombo");
        CHECK(language->currentData().toString().isEmpty()); // follows the system until chosen
        CHECK(language->findText(QStringLiteral("Svenska")) >= 0);
        CHECK(language->findText(QStringLiteral("Norsk bokmål")) >= 0);
        language->setCurrentIndex(language->findData(QStringLiteral("nb")));
        child<QSpinBox>(dialog, "textSizeSpin")->setValue(150);
        child<QCheckBox>(dialog, "captionsCheck")->setChecked(false);
        CHECK_FALSE(child<QComboBox>(dialog, "captionLanguageCombo")->isEnabled());
        dialog.accept();
        CHECK(dialog.languageChanged());
    }
    Settings settings;
    CHECK(settings.uiLanguage() == QStringLiteral("nb"));
    CHECK(settings.textScale() == Approx(1.5));
    CHECK_FALSE(settings.captionsEnabled());

    {
        SettingsDialog dialog; // opens on what was saved; Cancel changes nothing
        CHECK(child<QComboBox>(dialog, "languageCombo")->currentData().toString() == QStringLiteral("nb"));
        CHECK(child<QSpinBox>(dialog, "textSizeSpin")->value() == 150);
        child<QComboBox>(dialog, "languageCombo")->setCurrentIndex(0);
        child<QSpinBox>(dialog, "textSizeSpin")->setValue(80);
        dialog.reject();
    }
    CHECK(Settings().uiLanguage() == QStringLiteral("nb"));
    CHECK(Settings().textScale() == Approx(1.5));
}

TEST_CASE("every control of the settings dialog has an accessible name", "[ui][settings][accessibility]")
{
    UiTestFixture f;
    f.open();
    SettingsDialog dialog;
    dialog.show();
    QApplication::processEvents();
    int stops = 0;
    for (QWidget* w = dialog.nextInFocusChain(); w && w != &dialog; w = w->nextInFocusChain()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(&dialog) || w->focusProxy())
            continue;
        // A spin box's line edit takes the focus for it; the reader announces the spin box.
        QWidget* owner =
            qobject_cast<QLineEdit*>(w) && w->parentWidget() && w->parentWidget()->focusProxy() == w
                ? w->parentWidget()
                : w;
        ++stops;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(owner);
        REQUIRE(iface);
        INFO(owner->metaObject()->className() << " " << owner->objectName().toStdString() << " text="
                                              << owner->property("text").toString().toStdString());
        CHECK_FALSE(iface->text(QAccessible::Name).trimmed().isEmpty());
    }
    CHECK(stops >= 5); // language, text size, captions, caption language, OK, Cancel
}
