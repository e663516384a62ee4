// Dialogs and the facilitator console as a screen reader meets them: every combo box has its
// label as name and its choice as value and text, also after a change with Down; the end-session
// list's steps are check boxes, heard ticked or not; the console's Back, Next, Blank and End
// buttons and its film controls take the keyboard, and the clicker's keys still drive the session
// while they have it; the console's film position is heard in seconds and words.
#include "AccessibilityProbe.h"
#include "UiTestFixture.h"
#include "facilitator/test_facilitator_support.h"

#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/GroupSessionController.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/facilitator/SessionEndDialog.h"
#include "ui/facilitator/SessionSetupDialog.h"
#include "ui/notes/ExportDialog.h"
#include "ui/player/FilmPlayer.h"
#include "ui/player/SpokenTime.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/widgets/CheckList.h"

#include <QAbstractItemView>
#include <QAccessibleInterface>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QTest>

#include <memory>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// The combo box's current item in its (closed) popup list, as the reader finds it.
QAccessibleInterface* popupItem(QComboBox* combo)
{
    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(combo->view());
    if (!list || !list->tableInterface())
        return nullptr;
    return list->tableInterface()->cellAt(combo->currentIndex(), 0);
}

void requireCombosSpeak(QWidget* dialog, const char* where)
{
    INFO(where);
    dialog->show();
    settle();
    int checked = 0;
    for (QComboBox* combo : dialog->findChildren<QComboBox*>()) {
        if (!combo->isVisibleTo(dialog) || combo->count() == 0)
            continue;
        INFO(describeWidget(combo).toStdString());
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(combo);
        REQUIRE(iface);
        CHECK(iface->role() == QAccessible::ComboBox);
        // The name is what it is (its label), the value what is chosen, also as text for Orca.
        CHECK(iface->text(QAccessible::Name) != combo->currentText());
        CHECK(iface->text(QAccessible::Value) == combo->currentText());
        QAccessibleTextInterface* text = iface->textInterface();
        REQUIRE(text);
        CHECK(text->text(0, text->characterCount()) == combo->currentText());
        QAccessibleInterface* item = popupItem(combo);
        REQUIRE(item);
        CHECK(item->text(QAccessible::Name) == combo->currentText());
        CHECK(item->state().selected);
        ++checked;

        if (!combo->isEnabled() || combo->count() < 2)
            continue;
        const int before = combo->currentIndex();
        if (before == combo->count() - 1)
            combo->setCurrentIndex(0);
        // Down changes the choice; what the reader reads on the change event follows it. (The
        // events themselves reach only a platform bridge: tests/a11y watches them over AT-SPI.)
        QTest::keyClick(combo, Qt::Key_Down);
        REQUIRE(combo->currentIndex() != before);
        CHECK(iface->text(QAccessible::Value) == combo->currentText());
        CHECK(text->text(0, text->characterCount()) == combo->currentText());
        REQUIRE(popupItem(combo));
        CHECK(popupItem(combo)->state().selected);
        combo->setCurrentIndex(before);
    }
    CHECK(checked >= 1);
}

} // namespace

TEST_CASE("combo boxes announce their label, their value and its changes", "[ui][accessibility][dialogs]")
{
    UiTestFixture f;
    f.open();
    REQUIRE(f.window().useProfile(QStringLiteral("Åsa"), true));
    {
        ExportDialog dialog(f.workspace(), QStringLiteral("org.example.minimal"), QStringLiteral("intro"),
                            &f.window());
        requireCombosSpeak(&dialog, "export dialog");
    }
    {
        SettingsDialog dialog(&f.window());
        requireCombosSpeak(&dialog, "settings dialog");
    }
    {
        FacilitatorSetup setup(f);
        const Bundle* bundle = f.workspace().bundle(FacilitatorSetup::kBundle);
        REQUIRE(bundle);
        SessionSetupDialog dialog(f.workspace(), *bundle, FacilitatorSetup::kModule, &f.window());
        requireCombosSpeak(&dialog, "group session setup");
    }
}

TEST_CASE("the end-session list's steps are check boxes, heard ticked or not, and the keyboard ticks them",
          "[ui][accessibility][dialogs]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    REQUIRE(console);
    SessionEndDialog dialog(console->session(), console.get());
    dialog.show();
    settle();
    auto* list = dialog.findChild<CheckList*>(QStringLiteral("stepsToCredit"));
    REQUIRE(list);
    REQUIRE(list->count() >= 2);
    list->setChecked(0, true);
    list->setChecked(1, false);
    // Qt 6.4's AT-SPI bridge never sends `checkable` for a list item, so Orca said nothing for an
    // unticked one; a check box is "check box, not checked".
    for (int row = 0; row < list->count(); ++row) {
        INFO(list->text(row).toStdString());
        QAccessibleInterface* box = QAccessible::queryAccessibleInterface(list->box(row));
        REQUIRE(box);
        CHECK(box->role() == QAccessible::CheckBox);
        CHECK(box->text(QAccessible::Name) == list->text(row));
        CHECK(box->state().checkable);
        CHECK(box->state().checked == list->isChecked(row));
        CHECK(box->state().focusable);
    }
    // A group named by the label a sighted user reads above it.
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(list);
    REQUIRE(iface);
    CHECK(iface->role() == QAccessible::Grouping);
    CHECK(iface->text(QAccessible::Name).startsWith(QStringLiteral("Steps covered")));

    // Down moves between the steps and Space ticks; Right is still the clicker's "finish", not a
    // move between boxes.
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    list->box(0)->setFocus();
    settle();
    REQUIRE(QApplication::focusWidget() == list->box(0));
    QTest::keyClick(list->box(0), Qt::Key_Down);
    settle();
    CHECK(QApplication::focusWidget() == list->box(1));
    QTest::keyClick(list->box(1), Qt::Key_Space);
    CHECK(list->isChecked(1));
    CHECK(dialog.stepIds().contains(list->data(1).toString()));
    QTest::keyClick(list->box(1), Qt::Key_Right);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.choice() == SessionEndDialog::Choice::Finish);
}

TEST_CASE("the group session's people and steps are check boxes a screen reader hears ticked or not",
          "[ui][accessibility][dialogs]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    const Bundle* bundle = f.workspace().bundle(FacilitatorSetup::kBundle);
    REQUIRE(bundle);
    SessionSetupDialog dialog(f.workspace(), *bundle, FacilitatorSetup::kModule, &f.window());
    dialog.show();
    settle();
    auto* people = dialog.findChild<CheckList*>(QStringLiteral("presentList"));
    auto* steps = dialog.findChild<CheckList*>(QStringLiteral("stepsToCover"));
    REQUIRE(people);
    REQUIRE(steps);
    // A guest's "&" is part of the name, not a mnemonic.
    dialog.addGuest(QStringLiteral("Anna & Bo"));
    const int guest = people->find(QStringLiteral("anna & bo"));
    REQUIRE(guest >= 0);
    CHECK(people->isChecked(guest));
    CHECK(dialog.plan().guestNames.contains(QStringLiteral("Anna & Bo")));
    REQUIRE(dialog.setStepIncluded(steps->data(1).toString(), false));
    for (CheckList* list : {people, steps}) {
        INFO(list->objectName().toStdString());
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(list);
        REQUIRE(iface);
        CHECK_FALSE(iface->text(QAccessible::Name).isEmpty());
        for (int row = 0; row < list->count(); ++row) {
            INFO(list->text(row).toStdString());
            QAccessibleInterface* box = QAccessible::queryAccessibleInterface(list->box(row));
            REQUIRE(box);
            CHECK(box->role() == QAccessible::CheckBox);
            CHECK(box->text(QAccessible::Name) == list->text(row));
            CHECK(box->state().checkable);
            CHECK(box->state().checked == list->isChecked(row));
        }
    }
    CHECK(steps->box(1)->accessibleName().isEmpty()); // named by its own text, as shown
    CHECK_FALSE(steps->isChecked(1));
    CHECK_FALSE(dialog.plan().stepIds.contains(steps->data(1).toString()));
    // Tab goes from one step to the next, so every box is reached from the keyboard.
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    steps->box(0)->setFocus();
    settle();
    QTest::keyClick(steps->box(0), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == steps->box(1));
    QTest::keyClick(steps->box(1), Qt::Key_Space);
    CHECK(steps->isChecked(1));
    CHECK(dialog.plan().stepIds.contains(steps->data(1).toString()));
}

TEST_CASE("the end-session dialog's keyboard starts on Finish and credit", "[ui][accessibility][dialogs]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    REQUIRE(console);
    SessionEndDialog dialog(console->session(), console.get());
    dialog.show();
    settle();

    // The keyboard starts on Finish and credit, and nothing else claims it (as a widget whose
    // focus proxy has it would).
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    settle();
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    CHECK(focus->objectName() == QStringLiteral("finishSessionButton"));
    QStringList alsoFocused;
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        QAccessibleInterface* widget = QAccessible::queryAccessibleInterface(w);
        if (w != focus && widget && widget->state().focused)
            alsoFocused << describeWidget(w);
    }
    INFO("also focused: " << alsoFocused.join(QStringLiteral("; ")).toStdString());
    CHECK(alsoFocused.isEmpty());
}

TEST_CASE("the console's buttons take the keyboard and the clicker still drives the session",
          "[ui][accessibility][facilitator]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    REQUIRE(console);
    console->show();
    console->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(console.get()));
    GroupSessionController& s = console->session();

    const auto button = [&](const char* name) {
        auto* b = console->findChild<QPushButton*>(QString::fromLatin1(name));
        REQUIRE(b);
        return b;
    };
    for (const char* name : {"consoleBack", "consoleNext", "consoleBlank", "endSession"}) {
        INFO(name);
        QPushButton* b = button(name);
        CHECK((b->focusPolicy() & Qt::TabFocus));
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(b);
        REQUIRE(iface);
        CHECK(iface->state().focusable);
        // Named as it reads, without the arrows a synthesiser would read out ("Back", not "← Back").
        CHECK(labelWords(iface->text(QAccessible::Name)) == labelWords(b->text()));
        CHECK_FALSE(iface->text(QAccessible::Name).contains(QRegularExpression(QStringLiteral("[←→]"))));
    }

    QPushButton* next = button("consoleNext");
    next->setFocus(Qt::TabFocusReason);
    REQUIRE(next->hasFocus());
    int at = s.currentIndex();
    // A clicker's PageDown, with Next focused: one step on, not two.
    QTest::keyClick(next, Qt::Key_PageDown);
    CHECK(s.currentIndex() == at + 1);
    // Space presses the focused button: again one step.
    at = s.currentIndex();
    QTest::keyClick(next, Qt::Key_Space);
    CHECK(s.currentIndex() == at + 1);

    QPushButton* blank = button("consoleBlank");
    blank->setFocus(Qt::TabFocusReason);
    REQUIRE(blank->hasFocus());
    REQUIRE_FALSE(s.isBlank());
    QTest::keyClick(blank, Qt::Key_B); // the remote's blank key
    CHECK(s.isBlank());
    QTest::keyClick(blank, Qt::Key_Space); // pressing the button itself
    CHECK_FALSE(s.isBlank());
    at = s.currentIndex();
    QTest::keyClick(blank, Qt::Key_PageUp); // the remote's back key, Blank still focused
    CHECK(s.currentIndex() == at - 1);
    CHECK_FALSE(s.isBlank());

    QPushButton* back = button("consoleBack");
    back->setFocus(Qt::TabFocusReason);
    at = s.currentIndex();
    QTest::keyClick(back, Qt::Key_Return);
    CHECK(s.currentIndex() == at - 1);
    settle();
}

TEST_CASE("the console's film controls take the keyboard, say the position in seconds and words and leave "
          "the clicker its keys",
          "[ui][accessibility][facilitator]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    REQUIRE(console);
    console->show();
    console->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(console.get()));
    GroupSessionController& s = console->session();
    s.goTo(indexOf(s, SessionItem::Kind::Film));
    FilmPlayer* player = console->presentation()->player();
    REQUIRE(player);
    REQUIRE(QTest::qWaitFor([&] { return player->isPlaying(); }, 5000));
    player->pause();
    REQUIRE(QTest::qWaitFor([&] { return !player->isPlaying(); }, 5000));
    REQUIRE(player->duration() > 1.5);

    for (const char* name : {"filmPlay", "filmBack10", "filmForward10"}) {
        INFO(name);
        auto* b = console->findChild<QPushButton*>(QString::fromLatin1(name));
        REQUIRE(b);
        CHECK((b->focusPolicy() & Qt::TabFocus));
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(b);
        REQUIRE(iface);
        CHECK(iface->state().focusable);
        CHECK(labelWords(iface->text(QAccessible::Name)).startsWith(labelWords(b->text())));
        CHECK_FALSE(iface->text(QAccessible::Description).isEmpty());
    }

    // The position in whole seconds, and in words, as on the film step's own seek bar.
    auto* seek = console->findChild<QSlider*>(QStringLiteral("filmSeek"));
    REQUIRE(seek);
    CHECK((seek->focusPolicy() & Qt::TabFocus));
    QAccessibleInterface* slider = QAccessible::queryAccessibleInterface(seek);
    REQUIRE(slider);
    REQUIRE(slider->valueInterface());
    CHECK(slider->state().focusable);
    CHECK(slider->text(QAccessible::Name) == QStringLiteral("Film position"));
    CHECK(slider->valueInterface()->maximumValue().toInt() == SpokenTime::wholeSeconds(player->duration()));
    player->seek(1.0);
    REQUIRE(QTest::qWaitFor([&] { return slider->valueInterface()->currentValue().toInt() == 1; }, 2000));
    CHECK(slider->text(QAccessible::Description) == SpokenTime::positionOf(1.0, player->duration()));
    CHECK(slider->text(QAccessible::Description).contains(QStringLiteral("1 second")));

    // From the keyboard: Home on the slider goes back to the start; Right is still the clicker's.
    seek->setFocus(Qt::TabFocusReason);
    REQUIRE(seek->hasFocus());
    QTest::keyClick(seek, Qt::Key_Home);
    CHECK(player->position() == Approx(0.0));
    auto* play = console->findChild<QPushButton*>(QStringLiteral("filmPlay"));
    play->setFocus(Qt::TabFocusReason);
    REQUIRE(play->hasFocus());
    QTest::keyClick(play, Qt::Key_Space); // presses the focused button: plays
    CHECK(QTest::qWaitFor([&] { return player->isPlaying(); }, 5000));
    const int at = s.currentIndex();
    QTest::keyClick(play, Qt::Key_Right); // the remote's forward key: the session moves on, once
    CHECK(s.currentIndex() == at + 1);
    settle();
}
