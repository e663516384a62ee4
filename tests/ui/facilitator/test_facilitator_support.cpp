#include "test_facilitator_support.h"

#include "platform/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/notes/NoteEditor.h"
#include "ui/facilitator/ScreenChooser.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTest>
#include <QTextEdit>

#include <catch2/catch.hpp>

namespace reflekt {

const QString FacilitatorSetup::kBundle = QStringLiteral("org.example.minimal");
const QString FacilitatorSetup::kModule = QStringLiteral("intro");
const QString FacilitatorSetup::kPresentName = QStringLiteral("Zorbagrund Närvarandesson");
const QString FacilitatorSetup::kAbsentName = QStringLiteral("Quillfeather Frånvarosdotter");
const QString FacilitatorSetup::kPresentNote = QStringLiteral("HEMLIG-ANTECKNING-7731 om min chef");
const QString FacilitatorSetup::kAbsentNote = QStringLiteral("PRIVAT-TANKE-4402 om lönen");
const QString FacilitatorSetup::kGuestName = QStringLiteral("Gästina Besökarsson");
const QString FacilitatorSetup::kFacilitatorName = QStringLiteral("Ledarmona Samtalsdóttir");

FacilitatorSetup::FacilitatorSetup(UiTestFixture& fixture) : f(fixture)
{
    Store& store = *f.workspace().store();
    const auto present = store.participants().create(kPresentName.toStdString());
    const auto absent = store.participants().create(kAbsentName.toStdString());
    REQUIRE(present.ok());
    REQUIRE(absent.ok());
    presentId = present.value->id;
    absentId = absent.value->id;
    for (const char* q : {"q1", "q1a", "q2"}) {
        REQUIRE(store.notes()
                    .save(presentId, kBundle.toStdString(), "1.0.0", q, kPresentNote.toStdString())
                    .ok());
        REQUIRE(
            store.notes().save(absentId, kBundle.toStdString(), "1.0.0", q, kAbsentNote.toStdString()).ok());
    }
    REQUIRE(f.window().useProfile(kPresentName, false));
}

FacilitatorConsole* FacilitatorSetup::startSession()
{
    const Bundle* bundle = f.workspace().bundle(kBundle);
    REQUIRE(bundle);
    SessionPlan plan;
    plan.facilitator = kFacilitatorName;
    plan.participantIds = {presentId};
    plan.guestNames = {kGuestName};
    for (const Step& s : bundle->findModule(kModule.toStdString())->steps)
        plan.stepIds << QString::fromStdString(s.id);
    auto session = std::make_unique<GroupSessionController>(f.workspace(), *bundle, kModule, plan,
                                                            [this] { return now; });
    REQUIRE(session->start());
    auto* console = new FacilitatorConsole(std::move(session));
    console->show();
    console->screenChooser()->place();
    return console;
}

QStringList visibleTexts(QWidget* root)
{
    QStringList out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        out << w->windowTitle() << w->toolTip() << w->accessibleName() << w->accessibleDescription()
            << w->statusTip() << w->whatsThis();
        if (auto* l = qobject_cast<QLabel*>(w))
            out << l->text();
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            out << b->text();
        if (auto* t = qobject_cast<QTextEdit*>(w))
            out << t->toPlainText() << t->toHtml() << t->placeholderText();
        if (auto* t = qobject_cast<QPlainTextEdit*>(w))
            out << t->toPlainText() << t->placeholderText();
        if (auto* e = qobject_cast<QLineEdit*>(w))
            out << e->text() << e->placeholderText();
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model()) {
            const QAbstractItemModel* m = v->model();
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    out << m->index(r, c).data(Qt::DisplayRole).toString()
                        << m->index(r, c).data(Qt::ToolTipRole).toString();
        }
    }
    out.removeAll(QString());
    return out;
}

QString currentPage(PresentationWindow* wall)
{
    return wall->findChild<QStackedWidget*>(QStringLiteral("presentationStack"))
        ->currentWidget()
        ->objectName();
}

int indexOf(const GroupSessionController& s, SessionItem::Kind kind, int question)
{
    for (std::size_t i = 0; i < s.items().size(); ++i)
        if (s.items()[i].kind == kind && (question < 0 || s.items()[i].questionIndex == question))
            return static_cast<int>(i);
    return -1;
}

/** Presses Right on the wall until the session moves on (a long text pages first). */
void pressUntilNext(PresentationWindow* wall, GroupSessionController& s)
{
    const int before = s.currentIndex();
    for (int i = 0; i < 40 && s.currentIndex() == before; ++i)
        QTest::keyClick(wall, Qt::Key_Right);
    REQUIRE(s.currentIndex() == before + 1);
}

/** Clicks into the group's note, as the facilitator does before typing in it. */
void clickIntoNote(FacilitatorConsole& console)
{
    NoteEditor* note = console.noteEditor();
    REQUIRE(note->isEnabled());
    QTest::mouseClick(note->viewport(), Qt::LeftButton);
    REQUIRE(console.focusWidget() == note);
}


} // namespace reflekt
