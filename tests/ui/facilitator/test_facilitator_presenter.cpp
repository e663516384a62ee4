// The console's presenter essentials: pictures of the wall now and next, the guide following the
// session, the time of day and an end time, the film's ±10 s and chapters, and the jump list, all
// without taking the clicker's keys away.
#include "test_facilitator_support.h"

#include "platform/Workspace.h"
#include "store/Store.h"
#include "ui/facilitator/EndTimePanel.h"
#include "ui/facilitator/FacilitatorConsole.h"
#include "ui/facilitator/PresentationWindow.h"
#include "ui/facilitator/SessionItemsModel.h"
#include "ui/facilitator/WallPreview.h"
#include "ui/player/FilmPlayer.h"
#include "ui/widgets/StatusColors.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimeEdit>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {

const QString kThirdQuestion = QStringLiteral("Vad provar vi redan i morgon?");

QString filler(const QString& topic)
{
    QString out;
    for (int i = 1; i <= 14; ++i)
        out += QStringLiteral("Stycke %1 om %2: tänk på gruppen, tiden och rummet.\n\n").arg(i).arg(topic);
    return out;
}

// The minimal fixture, in this test's own copy: a third question, a guide with sections long enough
// to scroll, one found by the step's title ("Läs") and one named by "guideSection".
void extendFixture(UiTestFixture& f)
{
    const QString root = f.modulesDir() + QStringLiteral("/minimal/");
    QFile manifest(root + QStringLiteral("bundle.json"));
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    QJsonObject bundle = QJsonDocument::fromJson(manifest.readAll()).object();
    manifest.close();
    QJsonArray modules = bundle[QStringLiteral("modules")].toArray();
    QJsonObject module = modules[0].toObject();
    QJsonArray steps = module[QStringLiteral("steps")].toArray();
    QJsonObject cards = steps[3].toObject();
    REQUIRE(cards[QStringLiteral("id")].toString() == QStringLiteral("cards"));
    cards[QStringLiteral("guideSection")] =
        QJsonObject{{QStringLiteral("sv"), QStringLiteral("Så kan du avsluta")}};
    steps[3] = cards;
    QJsonObject reflect = steps[2].toObject();
    REQUIRE(reflect[QStringLiteral("id")].toString() == QStringLiteral("reflect"));
    QJsonArray questions = reflect[QStringLiteral("questions")].toArray();
    questions.append(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("q3")},
                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("sv"), kThirdQuestion}}}});
    reflect[QStringLiteral("questions")] = questions;
    reflect[QStringLiteral("guideSection")] =
        QJsonObject{{QStringLiteral("sv"), QStringLiteral("Att tänka på")}};
    steps[2] = reflect;
    module[QStringLiteral("steps")] = steps;
    modules[0] = module;
    bundle[QStringLiteral("modules")] = modules;
    REQUIRE(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(QJsonDocument(bundle).toJson());
    manifest.close();

    QFile guide(root + QStringLiteral("guides/intro.sv.md"));
    REQUIRE(guide.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QString text = QStringLiteral("# Guide för samtalsledaren\n\n") +
                         filler(QStringLiteral("ramarna")) + QStringLiteral("## Om filmen\n\n") +
                         filler(QStringLiteral("filmen")) + QStringLiteral("## läs\n\n") +
                         filler(QStringLiteral("texten")) + QStringLiteral("## Att tänka på\n\n") +
                         filler(QStringLiteral("samtalet")) +
                         QStringLiteral("## Så kan du avsluta\n\nEtt kort stycke på slutet.\n");
    guide.write(text.toUtf8());
}

bool allBlack(const QImage& image)
{
    if (image.isNull())
        return false;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != qRgb(0, 0, 0))
                return false;
    return true;
}

// Mean difference per channel (0..255) of two pictures brought to one small size.
double difference(const QImage& a, const QImage& b)
{
    const QSize size(64, 36);
    const QImage x =
        a.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    const QImage y =
        b.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int j = 0; j < size.height(); ++j)
        for (int i = 0; i < size.width(); ++i) {
            const QRgb p = x.pixel(i, j);
            const QRgb q = y.pixel(i, j);
            sum +=
                std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * size.width() * size.height());
}

// A key as the clicker sends it: to whatever has the console's focus.
void press(FacilitatorConsole& console, int key)
{
    QWidget* target = console.focusWidget() ? console.focusWidget() : &console;
    QTest::keyClick(target, static_cast<Qt::Key>(key));
}

} // namespace

TEST_CASE("presenter: the wall's picture follows the wall, black when blanked, and shows what comes next",
          "[ui][facilitator][presenter]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    GroupSessionController& s = console->session();
    auto* preview = console->findChild<WallPreview*>();
    REQUIRE(preview);
    REQUIRE(console->findChild<QLabel*>(QStringLiteral("wallPreview")));
    REQUIRE(console->findChild<QLabel*>(QStringLiteral("nextPreview")));

    REQUIRE(QTest::qWaitFor([&] { return !preview->liveImage().isNull(); }, 5000));
    const QImage titleCard = preview->liveImage();
    CHECK_FALSE(allBlack(titleCard)); // the module's title on slate

    const int text = indexOf(s, SessionItem::Kind::Text);
    s.goTo(text);
    REQUIRE(QTest::qWaitFor([&] { return preview->liveImage() != titleCard; }, 5000));
    const QImage nextAtText = preview->nextImage(); // the first question, drawn off screen
    CHECK_FALSE(allBlack(nextAtText));

    // Blanked: true black, whatever the wall showed.
    press(*console, Qt::Key_B);
    REQUIRE(s.isBlank());
    REQUIRE(QTest::qWaitFor([&] { return allBlack(preview->liveImage()); }, 5000));
    press(*console, Qt::Key_B);
    REQUIRE(QTest::qWaitFor([&] { return !allBlack(preview->liveImage()); }, 5000));

    // On to the first question: the wall now shows what the thumbnail promised, and the new
    // thumbnail (the second question) is another picture.
    const QImage beforeQuestion = preview->liveImage();
    press(*console, Qt::Key_PageDown);
    while (s.currentItem().kind != SessionItem::Kind::Question)
        press(*console, Qt::Key_PageDown); // a long text pages first
    REQUIRE(s.currentItem().questionIndex == 0);
    REQUIRE(QTest::qWaitFor([&] { return preview->liveImage() != beforeQuestion; }, 5000));
    const QImage question1 = preview->liveImage();
    const QImage nextAtQuestion1 = preview->nextImage();
    if (qEnvironmentVariableIsSet("HB_DUMP")) {
        nextAtText.save(QStringLiteral("/tmp/hb-t-next.png"));
        question1.save(QStringLiteral("/tmp/hb-t-live.png"));
        nextAtQuestion1.save(QStringLiteral("/tmp/hb-t-next2.png"));
    }
    INFO("promised vs shown " << difference(nextAtText, question1) << ", other question vs shown "
                              << difference(nextAtQuestion1, question1));
    CHECK(difference(nextAtText, question1) < 6.0);
    CHECK(difference(nextAtText, question1) < difference(nextAtQuestion1, question1));
    CHECK(nextAtQuestion1 != nextAtText);

    // The film's thumbnail is its poster: not the slate of a card.
    s.goTo(0);
    REQUIRE(s.nextItem()->kind == SessionItem::Kind::Film);
    CHECK(difference(preview->nextImage(), nextAtText) > 10.0);
}

TEST_CASE("presenter: the guide scrolls to the current step's section", "[ui][facilitator][presenter][guide]")
{
    UiTestFixture f;
    extendFixture(f);
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    GroupSessionController& s = console->session();
    auto* guide = console->findChild<QTextBrowser*>(QStringLiteral("facilitatorGuide"));
    REQUIRE(guide);
    REQUIRE(guide->isVisible());
    QScrollBar* bar = guide->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    const auto topHeading = [&] { return guide->cursorForPosition(QPoint(8, 8)).block().text(); };
    CHECK(bar->value() == 0); // the title card has no step

    // "Läs" has no guideSection: the heading with its title, whatever its case.
    s.goTo(indexOf(s, SessionItem::Kind::Text));
    CHECK(bar->value() > 0);
    CHECK(topHeading() == QStringLiteral("läs"));

    // The reflection step names its section.
    s.goTo(indexOf(s, SessionItem::Kind::Question, 0));
    const int atReflection = bar->value();
    CHECK(topHeading() == QStringLiteral("Att tänka på"));

    // The film's title ("Film") is no heading: the guide stays where it is.
    s.goTo(indexOf(s, SessionItem::Kind::Film));
    CHECK(bar->value() == atReflection);

    // The last section, though short, starts at the top of the view too.
    s.goTo(indexOf(s, SessionItem::Kind::Activity));
    CHECK(topHeading() == QStringLiteral("Så kan du avsluta"));

    // Behind the jump list's tab the guide follows too, and shows the section when it comes back.
    auto* tabs = console->findChild<QTabWidget*>(QStringLiteral("consoleTabs"));
    REQUIRE(tabs);
    tabs->setCurrentIndex(1);
    REQUIRE_FALSE(guide->isVisible());
    s.goTo(indexOf(s, SessionItem::Kind::Text));
    tabs->setCurrentIndex(0);
    REQUIRE(guide->isVisible());
    CHECK(topHeading() == QStringLiteral("läs"));
}

TEST_CASE("presenter: the time of day and the countdown to the end time",
          "[ui][facilitator][presenter][clock]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    const QDateTime start(QDate(2026, 3, 4), QTime(13, 50));
    setup.now = start.toMSecsSinceEpoch();
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    GroupSessionController& s = console->session();
    auto* panel = console->findChild<EndTimePanel*>();
    REQUIRE(panel);
    panel->setNow([&] { return QDateTime::fromMSecsSinceEpoch(setup.now); });
    auto* clock = console->findChild<QLabel*>(QStringLiteral("wallClock"));
    auto* toggle = console->findChild<QCheckBox*>(QStringLiteral("endAtToggle"));
    auto* end = console->findChild<QTimeEdit*>(QStringLiteral("endAtTime"));
    auto* left = console->findChild<QLabel*>(QStringLiteral("endAtCountdown"));
    REQUIRE(clock);
    REQUIRE(toggle);
    REQUIRE(end);
    REQUIRE(left);
    CHECK(clock->text() == QLocale().toString(QTime(13, 50), QLocale::ShortFormat));
    if (QLocale().language() == QLocale::Swedish)
        CHECK(clock->text() == QStringLiteral("13:50"));

    // Off by default: no countdown, no end time to edit.
    CHECK_FALSE(toggle->isChecked());
    CHECK_FALSE(end->isEnabled());
    CHECK_FALSE(left->isVisibleTo(console.get()));

    QTest::mouseClick(toggle, Qt::LeftButton);
    REQUIRE(toggle->isChecked());
    end->setTime(QTime(14, 2));
    CHECK(left->isVisibleTo(console.get()));
    CHECK(left->text() == EndTimePanel::tr("%n min left", nullptr, 12));
    CHECK(left->styleSheet().isEmpty());

    setup.now += 9 * 60 * 1000; // 13:59
    s.tick();
    CHECK(clock->text() == QLocale().toString(QTime(13, 59), QLocale::ShortFormat));
    CHECK(left->text() == EndTimePanel::tr("%n min left", nullptr, 3));
    CHECK(panel->state() == EndTimePanel::State::Near);
    CHECK(left->styleSheet() == StatusColors::badgeStyleSheet(StatusColors::timeNearlyUp()));

    setup.now += 6 * 60 * 1000; // 14:05
    s.tick();
    CHECK(left->text() == EndTimePanel::tr("%n min over", nullptr, 3));
    CHECK(panel->state() == EndTimePanel::State::Over);
    CHECK(left->styleSheet() == StatusColors::badgeStyleSheet(StatusColors::timeOver()));

    // Typing in the end time leaves the clicker's keys to the session.
    QTest::mouseClick(end, Qt::LeftButton);
    REQUIRE(console->focusWidget() == end);
    const int before = s.currentIndex();
    press(*console, Qt::Key_PageDown);
    CHECK(s.currentIndex() == before + 1);
    press(*console, Qt::Key_B);
    CHECK(s.isBlank());
    press(*console, Qt::Key_Period);
    CHECK_FALSE(s.isBlank());
    CHECK(end->time() == QTime(14, 2));
}

TEST_CASE("presenter: ten seconds back and on, and the chapters, move the wall's film",
          "[ui][facilitator][presenter][film]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    GroupSessionController& s = console->session();
    s.goTo(indexOf(s, SessionItem::Kind::Film));
    FilmPlayer* player = console->presentation()->player();
    REQUIRE(player);
    REQUIRE(QTest::qWaitFor([&] { return player->isPlaying(); }, 5000));
    player->pause();
    REQUIRE(QTest::qWaitFor([&] { return !player->isPlaying(); }, 5000));
    REQUIRE(player->duration() > 1.5);

    auto* chapters = console->findChild<QComboBox*>(QStringLiteral("filmChapters"));
    auto* back = console->findChild<QPushButton*>(QStringLiteral("filmBack10"));
    auto* forward = console->findChild<QPushButton*>(QStringLiteral("filmForward10"));
    REQUIRE(chapters);
    REQUIRE(back);
    REQUIRE(forward);
    REQUIRE(chapters->count() == 3); // "Chapters…", Början, Slut
    CHECK(chapters->itemText(2).contains(QStringLiteral("Slut")));

    // The last chapter ("Slut", at 1 s), chosen from the keyboard.
    chapters->setFocus();
    QTest::keyClick(chapters, Qt::Key_End);
    CHECK(player->position() == Approx(1.0));
    CHECK(chapters->currentIndex() == 0); // a menu, not a setting

    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(player->position() == Approx(0.0));
    QTest::mouseClick(forward, Qt::LeftButton); // past the end of a 2 s film: its end
    CHECK(player->position() == Approx(player->duration()));
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(player->position() == Approx(0.0));
    CHECK(s.currentItem().kind == SessionItem::Kind::Film); // no button moved the session
}

TEST_CASE("presenter: the jump list goes to an item with Enter and leaves the clicker its keys",
          "[ui][facilitator][presenter][jump]")
{
    UiTestFixture f;
    extendFixture(f);
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    GroupSessionController& s = console->session();
    auto* tabs = console->findChild<QTabWidget*>(QStringLiteral("consoleTabs"));
    auto* list = console->findChild<QListView*>(QStringLiteral("jumpList"));
    REQUIRE(tabs);
    REQUIRE(list);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const int third = indexOf(s, SessionItem::Kind::Question, 2);
    REQUIRE(third > 0);
    REQUIRE(list->model()->rowCount() == static_cast<int>(s.items().size()));

    console->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(console.get()));
    QTest::keyClick(console.get(), Qt::Key_J, Qt::AltModifier); // the tab by keyboard
    REQUIRE(list->isVisible());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    REQUIRE(console->focusWidget() == list);
    CHECK(s.currentIndex() == 0); // a click chooses, it does not jump

    // Down to the third question: the wall stays on the title card until Enter.
    while (list->currentIndex().row() < third) {
        const int row = list->currentIndex().row();
        QTest::keyClick(list, Qt::Key_Down);
        REQUIRE(list->currentIndex().row() == row + 1);
    }
    CHECK(s.currentIndex() == 0);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(s.currentIndex() == third);
    CHECK(console->presentation()->findChild<QLabel*>(QStringLiteral("questionText"))->text() ==
          kThirdQuestion);

    // Shown items are marked; those jumped over are not.
    const QAbstractItemModel* model = list->model();
    CHECK(model->index(third, 0).data(SessionItemsModel::CoveredRole).toBool());
    CHECK(model->index(0, 0).data(SessionItemsModel::CoveredRole).toBool());
    const int film = indexOf(s, SessionItem::Kind::Film);
    CHECK_FALSE(model->index(film, 0).data(SessionItemsModel::CoveredRole).toBool());
    CHECK(model->index(third, 0).data().toString().contains(kThirdQuestion));

    // The list keeps the focus, and the clicker still drives the session.
    REQUIRE(console->focusWidget() == list);
    press(*console, Qt::Key_PageDown);
    CHECK(s.currentIndex() == third + 1);
    press(*console, Qt::Key_PageUp);
    CHECK(s.currentIndex() == third);
    press(*console, Qt::Key_B);
    CHECK(s.isBlank());
    press(*console, Qt::Key_Period);
    CHECK_FALSE(s.isBlank());
    CHECK(list->currentIndex().row() == third); // the list follows the wall

    // A double-click jumps too.
    const QPoint filmRow = list->visualRect(model->index(film, 0)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, filmRow); // the first click of the two
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, filmRow);
    CHECK(s.currentIndex() == film);
    CHECK(model->index(film, 0).data(SessionItemsModel::CoveredRole).toBool());
}

TEST_CASE("when where the group is cannot be saved, the console says so and the meeting goes on",
          "[ui][facilitator][disk]")
{
    UiTestFixture f;
    f.open();
    FacilitatorSetup setup(f);
    std::unique_ptr<FacilitatorConsole> console(setup.startSession());
    GroupSessionController& s = console->session();
    auto* banner = console->findChild<QLabel*>(QStringLiteral("recordProblemBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisibleTo(console.get()));

    // The disk refuses what the store writes for each item (as a full disk would).
    const QString db = f.dataDir() + QStringLiteral("/reflekt.db");
    sqliteExec(db, "CREATE TRIGGER full BEFORE INSERT ON meeting_item BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    const int before = s.currentIndex();
    QTest::keyClick(console.get(), Qt::Key_PageDown);
    CHECK(s.currentIndex() == before + 1); // the wall moves on regardless
    CHECK(banner->isVisibleTo(console.get()));
    INFO(banner->text().toStdString());
    CHECK(banner->text().contains(QStringLiteral("reflekt.db"))); // names the file
    CHECK(banner->text().contains(QStringLiteral("remember where the group session is")));

    // Next again: that item is saved and the banner goes.
    sqliteExec(db, "DROP TRIGGER full;");
    QTest::keyClick(console.get(), Qt::Key_PageDown);
    CHECK_FALSE(banner->isVisibleTo(console.get()));
    const auto found = f.workspace().store()->sessions().find(s.sessionId());
    REQUIRE(found.ok());
    CHECK((*found.value)->meetings.back().shown.size() == 1);
    console->presentation()->allowClose();
}
