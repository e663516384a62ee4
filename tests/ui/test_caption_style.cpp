// Captions the viewer styles (EN 301 549 7.1.4): every style setting changes the caption as drawn
// on the film canvas, the cue's align/line settings and <i>/<b> are honoured, Ctrl++ grows the
// caption, and the style is remembered per profile (the wall's size for the room).
#include "UiTestFixture.h"

#include "core/WebVtt.h"
#include "platform/AppPaths.h"
#include "platform/Settings.h"
#include "ui/facilitator/FilmRemote.h"
#include "ui/player/CaptionPreview.h"
#include "ui/player/CaptionStyleDialog.h"
#include "ui/player/CaptionStyleEditor.h"
#include "ui/player/CaptionStyleNotifier.h"
#include "ui/player/FilmCanvas.h"
#include "ui/player/FilmPlayer.h"
#include "ui/player/PlayerControls.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

#include <functional>

using namespace reflekt;

namespace {

const QString kClip = QStringLiteral(REFLEKT_TEST_DATA_DIR "/good/minimal/media/clip.mp4");
constexpr int kW = 640;
constexpr int kH = 360;

struct StyleFixture {
    QTemporaryDir dir;
    StyleFixture()
    {
        REQUIRE(dir.isValid());
        AppPaths::configure(dir.path(), {});
    }

    FilmSource film(const QByteArray& cueText = "Nu börjar vi.")
    {
        const QString path = dir.filePath(QStringLiteral("sv.vtt"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n" + cueText + "\n");
        file.close();
        FilmSource source;
        source.videoPath = kClip;
        source.durationHint = 2;
        source.defaultLanguage = QStringLiteral("sv");
        source.captions.append({QStringLiteral("sv"), QStringLiteral("Svenska"), path});
        return source;
    }
};

CaptionCue cue(const std::string& settingsAndText)
{
    const VttResult parsed =
        parseWebVtt("WEBVTT\n\n00:00.000 --> 00:01.000 " + settingsAndText + "\n", "t.vtt");
    REQUIRE(parsed.cues.size() == 1);
    return CaptionCue::fromCue(parsed.cues.front());
}

// The canvas as the user sees it: a mid-grey picture (so a black box, a white box and no box all
// differ) with `caption` drawn in `style`.
QImage draw(const CaptionStyle& style, const CaptionCue& caption, QRectF* box = nullptr)
{
    FilmCanvas canvas;
    canvas.resize(kW, kH);
    QImage grey(kW, kH, QImage::Format_RGB32);
    grey.fill(QColor(128, 128, 128));
    canvas.setPoster(grey);
    canvas.overlay().setStyle(style);
    canvas.setCaption(caption);
    if (box)
        *box = canvas.overlay().boxFor(QRectF(canvas.rect()), caption);
    return canvas.grab().toImage();
}

int count(const QImage& image, const QRect& area, const std::function<bool(QColor)>& match)
{
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (match(image.pixelColor(x, y)))
                ++n;
        }
    }
    return n;
}

bool isYellow(QColor c)
{
    return c.red() > 200 && c.green() > 170 && c.blue() < 90;
}
bool isWhite(QColor c)
{
    return c.red() > 220 && c.green() > 220 && c.blue() > 220;
}
bool isDark(QColor c)
{
    return qGray(c.rgb()) < 60;
}
bool isPictureGrey(QColor c)
{
    return qAbs(c.red() - 128) < 6 && qAbs(c.green() - 128) < 6 && qAbs(c.blue() - 128) < 6;
}

// Rows of the image where the caption (anything but the grey picture) shows.
int captionRows(const QImage& image)
{
    int rows = 0;
    for (int y = 0; y < image.height(); ++y) {
        if (count(image, QRect(0, y, image.width(), 1), [](QColor c) { return !isPictureGrey(c); }) > 0)
            ++rows;
    }
    return rows;
}

// A pixel of the box's padding, left of the text: the background as drawn.
QColor boxColour(const QImage& image, const QRectF& box)
{
    return image.pixelColor(static_cast<int>(box.left()) + 3, static_cast<int>(box.center().y()));
}

const QRect kTop(0, 0, kW, kH / 2);
const QRect kBottom(0, kH / 2, kW, kH / 2);
const QRect kLeft(0, 0, kW / 2, kH);
const QRect kRight(kW / 2, 0, kW / 2, kH);

FilmCanvas* canvasOf(FilmPlayer& player)
{
    auto* canvas = player.findChild<FilmCanvas*>(QStringLiteral("videoCanvas"));
    REQUIRE(canvas);
    return canvas;
}

} // namespace

TEST_CASE("caption style: the default is white text on a semi-transparent black box at the bottom",
          "[ui][captions][style]")
{
    QRectF box;
    const QImage shot = draw(CaptionStyle(), CaptionCue::plain(QStringLiteral("Nu börjar vi.")), &box);
    CHECK(count(shot, kBottom, isWhite) > 100);
    CHECK(count(shot, kTop, [](QColor c) { return !isPictureGrey(c); }) == 0);
    CHECK(count(shot, shot.rect(), isYellow) == 0);
    const QColor background = boxColour(shot, box);
    CHECK(qGray(background.rgb()) > 15); // grey shows through: not solid
    CHECK(qGray(background.rgb()) < 50);
}

TEST_CASE("caption style: text colour, background and opacity change the drawn caption",
          "[ui][captions][style]")
{
    const CaptionCue caption = CaptionCue::plain(QStringLiteral("Gul text syns bra."));
    CaptionStyle style;
    style.text = CaptionStyle::TextColor::Yellow;
    QRectF box;
    QImage shot = draw(style, caption, &box);
    CHECK(count(shot, kBottom, isYellow) > 100);
    CHECK(count(shot, shot.rect(), isWhite) == 0);

    style = CaptionStyle();
    style.opacity = CaptionStyle::Opacity::Solid;
    shot = draw(style, caption, &box);
    CHECK(boxColour(shot, box) == QColor(Qt::black));

    style.background = CaptionStyle::Background::White;
    shot = draw(style, caption, &box);
    CHECK(boxColour(shot, box) == QColor(Qt::white));
    // White on white would vanish: the text is outlined in black instead.
    CHECK(count(shot, box.toRect(), isDark) > 50);

    style = CaptionStyle();
    style.opacity = CaptionStyle::Opacity::Transparent;
    shot = draw(style, caption, &box);
    CHECK(isPictureGrey(boxColour(shot, box))); // no box at all
    CHECK(count(shot, box.toRect(), isWhite) > 100);
    CHECK(count(shot, box.toRect(), isDark) > 50); // the outline that keeps it readable

    style.text = CaptionStyle::TextColor::Black;
    shot = draw(style, caption, &box);
    CHECK(count(shot, box.toRect(), isDark) > 100);
    CHECK(count(shot, box.toRect(), isWhite) > 50); // black text gets a white outline
}

TEST_CASE("caption style: top position, bigger size and the clear sans font", "[ui][captions][style]")
{
    const CaptionCue caption = CaptionCue::plain(QStringLiteral("Högst upp."));
    CaptionStyle style;
    style.position = CaptionStyle::Position::Top;
    const QImage top = draw(style, caption);
    CHECK(count(top, kTop, isWhite) > 100);
    CHECK(count(top, kBottom, [](QColor c) { return !isPictureGrey(c); }) == 0);

    QRectF normalBox;
    QRectF bigBox;
    const QImage normal = draw(CaptionStyle(), caption, &normalBox);
    style = CaptionStyle();
    style.sizePercent = 200;
    const QImage big = draw(style, caption, &bigBox);
    CHECK(bigBox.height() > normalBox.height() * 1.7);
    CHECK(captionRows(big) > captionRows(normal) * 1.7);
    style.sizePercent = 75;
    QRectF smallBox;
    draw(style, caption, &smallBox);
    CHECK(smallBox.height() < normalBox.height());

    FilmCanvas canvas;
    style = CaptionStyle();
    style.font = CaptionStyle::Font::Sans;
    canvas.overlay().setStyle(style);
    CHECK(canvas.overlay().fontFor(QRectF(0, 0, kW, kH)).family() == CaptionStyle::sansFamily());
    CHECK(CaptionStyle::sansFamily() == QStringLiteral("DejaVu Sans")); // installed by scripts/deps.sh
}

TEST_CASE("caption style: the cue's align and line settings place the box", "[ui][captions][style]")
{
    QRectF box;
    QImage shot = draw(CaptionStyle(), cue("align:start\nTill vänster"), &box);
    CHECK(box.left() < kW * 0.1);
    CHECK(count(shot, kLeft, isWhite) > 50);
    CHECK(count(shot, kRight, isWhite) == 0);

    shot = draw(CaptionStyle(), cue("align:right\nTill höger"), &box);
    CHECK(box.right() > kW * 0.9);
    CHECK(count(shot, kLeft, isWhite) == 0);

    shot = draw(CaptionStyle(), cue("line:10%\nUppe"), &box);
    CHECK(box.top() == Approx(kH * 0.1));
    CHECK(count(shot, kBottom, isWhite) == 0);

    draw(CaptionStyle(), cue("line:0\nFörsta raden"), &box);
    CHECK(box.top() < kH * 0.1);
    QRectF bottomBox;
    draw(CaptionStyle(), cue("line:-1\nSista raden"), &box);
    draw(CaptionStyle(), cue("\nSista raden"), &bottomBox);
    CHECK(box == bottomBox);
    // The box stays inside the picture whatever the cue asks.
    draw(CaptionStyle(), cue("line:100% position:100% align:start\nKanten"), &box);
    CHECK(QRectF(0, 0, kW, kH).contains(box));
}

TEST_CASE("caption style: <i> and <b> are drawn in italics and bold", "[ui][captions][style]")
{
    const CaptionCue italic = cue("\nDet var <i>viktigt</i>");
    REQUIRE(italic.text == QStringLiteral("Det var viktigt"));
    REQUIRE(italic.spans.size() == 1);
    CHECK(italic.spans.front().italic);
    CHECK(italic.spans.front().start == 8);
    const QImage plain = draw(CaptionStyle(), CaptionCue::plain(italic.text));
    const QImage slanted = draw(CaptionStyle(), italic);
    CHECK(plain != slanted);
    const QImage bold = draw(CaptionStyle(), cue("\nDet var <b>viktigt</b>"));
    CHECK(count(bold, kBottom, isWhite) > count(plain, kBottom, isWhite));
}

TEST_CASE("caption style: Ctrl++, Ctrl+- and Ctrl+0 change the caption size while the film has focus",
          "[ui][captions][style]")
{
    StyleFixture f;
    QWidget window;
    // The main window's Larger text shortcut is Ctrl++ too: the film must win while it has focus.
    auto* largerText = new QAction(&window);
    largerText->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    window.addAction(largerText);
    QSignalSpy textGrew(largerText, &QAction::triggered);
    auto* elsewhere = new QPushButton(QStringLiteral("x"), &window);
    auto* player = new FilmPlayer(FilmPlayer::Mode::Desktop, &window);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(elsewhere);
    layout->addWidget(player, 1);
    window.resize(800, 560);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    player->load(f.film());
    FilmCanvas* canvas = canvasOf(*player);
    REQUIRE_FALSE(canvas->caption().isEmpty());
    auto boxHeight = [canvas] {
        return canvas->overlay().boxFor(QRectF(canvas->rect()), canvas->captionCue()).height();
    };
    const double normal = boxHeight();

    player->setFocus();
    QTest::keyClick(player, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(canvas->overlay().style().sizePercent == 125);
    CHECK(boxHeight() > normal);
    QTest::keyClick(player, Qt::Key_Equal, Qt::ControlModifier);
    CHECK(canvas->overlay().style().sizePercent == 150);
    QTest::keyClick(player, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(canvas->overlay().style().sizePercent == 125);
    CHECK(textGrew.isEmpty());
    QTest::keyClick(player, Qt::Key_0, Qt::ControlModifier);
    CHECK(canvas->overlay().style().sizePercent == 100);
    CHECK(boxHeight() == Approx(normal));
    // With the focus on one of the film's own controls it still means the captions.
    auto* play = player->findChild<QWidget*>(QStringLiteral("playButton"));
    REQUIRE(play);
    play->setFocus();
    QTest::keyClick(play, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(canvas->overlay().style().sizePercent == 125);
    CHECK(textGrew.isEmpty());
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(player, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(canvas->overlay().style().sizePercent == CaptionStyle::sizeSteps().last());

    // Elsewhere in the window Ctrl++ is the window's again.
    elsewhere->setFocus();
    QTest::keyClick(elsewhere, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(textGrew.count() == 1);
    CHECK(canvas->overlay().style().sizePercent == CaptionStyle::sizeSteps().last());
}

TEST_CASE("caption style: remembered across a restart and per profile", "[ui][captions][style]")
{
    StyleFixture f;
    Settings settings;
    settings.setLastProfile(QStringLiteral("Anna/Lind"));
    {
        FilmPlayer player;
        player.load(f.film());
        player.changeCaptionSize(1);
        CaptionStyleDialog dialog(&player);
        auto* colour = dialog.findChild<QComboBox*>(QStringLiteral("captionTextColorCombo"));
        REQUIRE(colour);
        colour->setCurrentIndex(colour->findData(static_cast<int>(CaptionStyle::TextColor::Yellow)));
        Q_EMIT colour->activated(colour->currentIndex());
        // Applied at once to the film playing, before the dialog closes.
        CHECK(canvasOf(player)->overlay().style().text == CaptionStyle::TextColor::Yellow);
        dialog.accept();
    }
    {
        FilmPlayer player; // a new player, as after a restart
        player.load(f.film());
        CHECK(canvasOf(player)->overlay().style().sizePercent == 125);
        CHECK(canvasOf(player)->overlay().style().text == CaptionStyle::TextColor::Yellow);
        const QImage shot = canvasOf(player)->grab().toImage();
        CHECK(count(shot, shot.rect(), isYellow) > 50);
    }
    settings.setLastProfile(QStringLiteral("Bo"));
    {
        FilmPlayer player;
        player.load(f.film());
        CHECK(canvasOf(player)->overlay().style() == CaptionStyle());
    }
    settings.setLastProfile(QStringLiteral("Anna/Lind"));
    CHECK(CaptionStyle::load(Settings()).text == CaptionStyle::TextColor::Yellow);
}

TEST_CASE("caption style: Cancel in the Caption style dialog puts the old style back",
          "[ui][captions][style]")
{
    StyleFixture f;
    FilmPlayer player;
    player.load(f.film());
    CaptionStyleDialog dialog(&player);
    auto* position = dialog.findChild<QComboBox*>(QStringLiteral("captionPositionCombo"));
    REQUIRE(position);
    position->setCurrentIndex(position->findData(static_cast<int>(CaptionStyle::Position::Top)));
    Q_EMIT position->activated(position->currentIndex());
    CHECK(canvasOf(player)->overlay().style().position == CaptionStyle::Position::Top);
    auto* preview = dialog.findChild<CaptionPreview*>();
    REQUIRE(preview);
    CHECK(preview->overlay().style().position == CaptionStyle::Position::Top);
    dialog.reject();
    CHECK(canvasOf(player)->overlay().style().position == CaptionStyle::Position::Bottom);
    CHECK(CaptionStyle::load(Settings()).position == CaptionStyle::Position::Bottom);
}

TEST_CASE("caption style: the captions menu opens the Caption style dialog", "[ui][captions][style]")
{
    StyleFixture f;
    FilmPlayer player;
    player.load(f.film());
    auto* controls = player.findChild<PlayerControls*>();
    REQUIRE(controls);
    QAction* styleAction = nullptr;
    for (QAction* action : controls->captionsMenu()->actions()) {
        if (action->objectName() == QStringLiteral("captionStyleAction"))
            styleAction = action;
    }
    REQUIRE(styleAction);
    bool opened = false;
    onNextModal(
        [&opened](QWidget* dialog) {
            opened = true;
            auto* size = dialog->findChild<QComboBox*>(QStringLiteral("captionSizeCombo"));
            CHECK(size);
            CHECK(size->count() >= 5);
            static_cast<QDialog*>(dialog)->reject();
        },
        QStringLiteral("captionStyleDialog"));
    styleAction->trigger();
    CHECK(opened);
    // A new film's menu still has it.
    player.load(f.film());
    CHECK(controls->captionsMenu()->actions().contains(styleAction));
}

TEST_CASE("caption style: the Settings dialog sets the profile's style and the wall's size",
          "[ui][captions][style]")
{
    StyleFixture f;
    Settings().setLastProfile(QStringLiteral("Anna"));
    FilmPlayer laptop;
    laptop.load(f.film());
    FilmPlayer wall(FilmPlayer::Mode::Presentation);
    wall.load(f.film());

    SettingsDialog dialog;
    auto* group = dialog.findChild<QWidget*>(QStringLiteral("captionStyleGroup"));
    REQUIRE(group);
    auto* wallSize = dialog.findChild<QComboBox*>(QStringLiteral("wallCaptionSizeCombo"));
    auto* background = dialog.findChild<QComboBox*>(QStringLiteral("captionOpacityCombo"));
    REQUIRE(wallSize);
    REQUIRE(background);
    wallSize->setCurrentIndex(wallSize->findData(200));
    background->setCurrentIndex(background->findData(static_cast<int>(CaptionStyle::Opacity::Solid)));
    // Every control has a label with a mnemonic, and an accessible name.
    for (QComboBox* combo : group->findChildren<QComboBox*>()) {
        INFO(combo->objectName().toStdString());
        CHECK_FALSE(combo->accessibleName().isEmpty());
        auto* form = group->findChild<QFormLayout*>();
        REQUIRE(form);
        auto* label = qobject_cast<QLabel*>(form->labelForField(combo));
        REQUIRE(label);
        CHECK(label->text().contains(QLatin1Char('&')));
        CHECK(label->buddy() == combo);
    }
    CHECK(laptop.findChild<FilmCanvas*>()->overlay().style().opacity == CaptionStyle::Opacity::Semi);
    dialog.accept();

    CHECK(canvasOf(laptop)->overlay().style().opacity == CaptionStyle::Opacity::Solid);
    CHECK(canvasOf(laptop)->overlay().style().sizePercent == 100);
    CHECK(canvasOf(wall)->overlay().style().sizePercent == 200);
    CHECK(canvasOf(wall)->overlay().style().opacity == CaptionStyle::Opacity::Solid);
    // The wall's size is the room's: another profile sees it too, but not Anna's colours.
    Settings().setLastProfile(QStringLiteral("Bo"));
    FilmPlayer otherWall(FilmPlayer::Mode::Presentation);
    otherWall.load(f.film());
    CHECK(canvasOf(otherWall)->overlay().style().sizePercent == 200);
    CHECK(canvasOf(otherWall)->overlay().style().opacity == CaptionStyle::Opacity::Semi);
    // Ctrl++ is for the laptop; the wall leaves all keys to its window.
    QTest::keyClick(&otherWall, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(canvasOf(otherWall)->overlay().style().sizePercent == 200);
}

TEST_CASE("caption style: the console's caption size list changes the wall's captions at once",
          "[ui][captions][style][facilitator]")
{
    StyleFixture f;
    FilmPlayer wall(FilmPlayer::Mode::Presentation);
    wall.load(f.film());
    FilmPlayer laptop;
    laptop.load(f.film());
    FilmRemote remote;
    remote.setPlayer(&wall);
    auto* size = remote.findChild<QComboBox*>(QStringLiteral("filmCaptionSize"));
    REQUIRE(size);
    CHECK(size->currentData().toInt() == 100);
    CHECK_FALSE(size->accessibleName().isEmpty());
    size->setCurrentIndex(size->findData(150));
    Q_EMIT size->activated(size->currentIndex());
    CHECK(canvasOf(wall)->overlay().style().sizePercent == 150);
    CHECK(canvasOf(laptop)->overlay().style().sizePercent == 100);
    CHECK(CaptionStyle::wallSizePercent(Settings()) == 150);
    // A second console (or the Settings dialog) setting it shows in this list too.
    FilmRemote other;
    CHECK(other.findChild<QComboBox*>(QStringLiteral("filmCaptionSize"))->currentData().toInt() == 150);
    Settings settings;
    CaptionStyle::saveWallSizePercent(settings, 250);
    CaptionStyleNotifier::notifyChanged();
    CHECK(size->currentData().toInt() == 250);
    CHECK(canvasOf(wall)->overlay().style().sizePercent == 250);
}
