// The film player as a screen reader hears it (EN 301 549 11.4.1.2, WCAG 4.1.2): the seek bar's
// value in seconds with the position in words, and the time label's text, which changes with
// whole seconds only.
#include "AccessibilityProbe.h"

#include "platform/UiLanguage.h"
#include "ui/player/ChapterSeekBar.h"
#include "ui/player/PlayerControls.h"

#include <QAccessibleInterface>
#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {

// The English catalogue carries the plural forms ("1 minute", "5 seconds"); without it Qt
// shows the source's "(s)". Either way the words must count seconds, never milliseconds.
void requireSpoken(const QString& heard, const QString& english, const char* pattern)
{
    INFO("heard: " << heard.toStdString());
    REQUIRE(QRegularExpression(QString::fromUtf8(pattern)).match(heard).hasMatch());
    if (QCoreApplication::translate("reflekt::SpokenTime", "%n second(s)", nullptr, 2) ==
        QStringLiteral("2 seconds"))
        CHECK(heard == english);
}

QLabel* timeLabel(PlayerControls& controls)
{
    auto* label = controls.findChild<QLabel*>(QStringLiteral("timeLabel"));
    REQUIRE(label);
    return label;
}

} // namespace

TEST_CASE("the seek bar gives a screen reader the position in seconds and in words",
          "[ui][accessibility][player]")
{
    UiLanguage::install(QStringLiteral("en"), {QStringLiteral(REFLEKT_BUILD_TRANSLATIONS_DIR)});
    PlayerControls controls;
    controls.setDuration(98.4);
    controls.setPosition(65.7);

    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(controls.seekBar());
    REQUIRE(iface);
    CHECK(iface->role() == QAccessible::Slider);
    CHECK(iface->text(QAccessible::Name) == QStringLiteral("Position in film"));
    QAccessibleValueInterface* value = iface->valueInterface();
    REQUIRE(value);
    // Whole seconds, as the label shows them ("1:05 / 1:38"), stepping as the arrow keys do.
    CHECK(value->currentValue().toDouble() == 65.0);
    CHECK(value->minimumValue().toDouble() == 0.0);
    CHECK(value->maximumValue().toDouble() == 98.0);
    CHECK(value->minimumStepSize().toDouble() == 5.0);
    requireSpoken(iface->text(QAccessible::Value),
                  QStringLiteral("1 minute 5 seconds of 1 minute 38 seconds"),
                  "^1 minute.* 5 second.* of 1 minute.* 38 second");
    // Orca speaks a slider's value as a number; the words reach it as the description.
    CHECK(iface->text(QAccessible::Description) == iface->text(QAccessible::Value));

    controls.setPosition(1.2);
    requireSpoken(iface->text(QAccessible::Value), QStringLiteral("1 second of 1 minute 38 seconds"),
                  "^1 second.* of 1 minute.* 38 second");
    controls.setDuration(3725);
    controls.setPosition(3600);
    requireSpoken(iface->text(QAccessible::Value), QStringLiteral("1 hour of 1 hour 2 minutes 5 seconds"),
                  "^1 hour.* of 1 hour.* 2 minute.* 5 second");

    // A screen reader setting the value seeks, in seconds.
    QSignalSpy seeks(controls.seekBar(), &ChapterSeekBar::seekRequested);
    value->setCurrentValue(30);
    REQUIRE(seeks.size() == 1);
    CHECK(seeks.front().front().toDouble() == 30.0);
    CHECK(value->currentValue().toDouble() == 30.0);
}

TEST_CASE("the time label reads as it shows and changes with whole seconds only",
          "[ui][accessibility][player]")
{
    UiLanguage::install(QStringLiteral("en"), {QStringLiteral(REFLEKT_BUILD_TRANSLATIONS_DIR)});
    PlayerControls controls;
    controls.setDuration(98);
    controls.setPosition(9.3);
    QLabel* label = timeLabel(controls);
    REQUIRE(label->text() == QStringLiteral("0:09 / 1:38"));

    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(label);
    REQUIRE(iface);
    CHECK(iface->text(QAccessible::Name) == QStringLiteral("0:09 / 1:38"));
    CHECK(iface->text(QAccessible::Description) == QStringLiteral("Elapsed and total time"));
    requireSpoken(iface->text(QAccessible::Value), QStringLiteral("9 seconds of 1 minute 38 seconds"),
                  "^9 second.* of 1 minute.* 38 second");
    QAccessibleTextInterface* text = iface->textInterface();
    REQUIRE(text);
    CHECK(text->text(0, text->characterCount()) == QStringLiteral("0:09 / 1:38"));

    // The player reports the position many times a second; the name (and so QLabel's
    // name-change event, which offscreen Qt does not deliver) changes with whole seconds only.
    for (int i = 1; i < 10; ++i) {
        controls.setPosition(9.3 + i * 0.07);
        CHECK(iface->text(QAccessible::Name) == QStringLiteral("0:09 / 1:38"));
    }
    controls.setPosition(10.1);
    CHECK(iface->text(QAccessible::Name) == QStringLiteral("0:10 / 1:38"));
    CHECK(text->text(0, text->characterCount()) == QStringLiteral("0:10 / 1:38"));
}

TEST_CASE("the player's buttons are named starting with what they show", "[ui][accessibility][player]")
{
    PlayerControls controls;
    controls.setCaptionTracks({{QStringLiteral("sv"), QStringLiteral("Svenska")}});
    controls.setCaptionLanguage(QStringLiteral("sv"), QStringLiteral("Svenska"));
    controls.setRate(1.5);
    controls.show();
    const QStringList problems = labelsMissingFromNames(&controls);
    INFO(problems.join(QStringLiteral("\n")).toStdString());
    CHECK(problems.isEmpty());
}
