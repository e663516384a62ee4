// Which captions a film starts with: on for a new profile, in the user's caption language when the
// film has it, else the interface language, else the bundle's default language, else the first
// track; and "off" stays off once the user chose it.
#include "UiTestFixture.h"

#include "platform/AppPaths.h"
#include "platform/Settings.h"
#include "platform/UiLanguage.h"
#include "ui/MainWindow.h"
#include "ui/player/FilmPlayer.h"
#include "ui/player/PlayerControls.h"

#include <QFile>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace reflekt;

namespace {

const QString kClip = QStringLiteral(REFLEKT_TEST_DATA_DIR "/good/minimal/media/clip.mp4");

// A fresh data folder, so Settings start as they do for a new profile, and caption files to build
// films from.
struct CaptionFixture {
    QTemporaryDir dir;
    CaptionFixture()
    {
        REQUIRE(dir.isValid());
        AppPaths::configure(dir.path(), {});
    }

    // A film with one track per language tag, e.g. {"no", "Norsk"}.
    FilmSource film(const QList<QPair<QString, QString>>& tracks, const QString& bundleLanguage)
    {
        FilmSource film;
        film.videoPath = kClip;
        film.durationHint = 2;
        film.defaultLanguage = bundleLanguage;
        for (const auto& [language, label] : tracks) {
            const QString path = dir.filePath(language + QStringLiteral(".vtt"));
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n" + label.toUtf8() + "\n");
            film.captions.append({language, label, path});
        }
        return film;
    }
};

QAction* menuAction(const QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

const QPair<QString, QString> kSwedish{QStringLiteral("sv"), QStringLiteral("Svenska")};
const QPair<QString, QString> kEnglish{QStringLiteral("en"), QStringLiteral("English")};
const QPair<QString, QString> kNorwegian{QStringLiteral("no"), QStringLiteral("Norsk")};
const QPair<QString, QString> kGerman{QStringLiteral("de"), QStringLiteral("Deutsch")};

} // namespace

TEST_CASE("a new profile starts with captions on in the interface language or one the film has",
          "[ui][player][captions]")
{
    CaptionFixture f;
    {
        // Interface language as the system gives it (English under C or en_*): nothing chosen yet.
        const QString ui = UiLanguage::resolve(QString());
        FilmPlayer player;
        player.load(f.film({kSwedish, kEnglish, kNorwegian}, QStringLiteral("sv")));
        CHECK(player.captionLanguage() == (ui == QLatin1String("nb") ? QStringLiteral("no") : ui));
        CHECK_FALSE(player.captionText().isEmpty());
    }
    Settings().setUiLanguage(QStringLiteral("en"));
    {
        // An English profile and a film with English captions among others.
        FilmPlayer player;
        player.load(f.film({kSwedish, kEnglish}, QStringLiteral("sv")));
        CHECK(player.captionLanguage() == QStringLiteral("en"));
        CHECK(player.captionText() == QStringLiteral("English"));
    }
    {
        // A film in a language the profile does not speak still shows its captions.
        FilmPlayer player;
        player.load(f.film({kGerman}, QStringLiteral("de")));
        CHECK(player.captionLanguage() == QStringLiteral("de"));
        CHECK(player.captionText() == QStringLiteral("Deutsch"));
    }
}

TEST_CASE("a caption language chosen in one film falls back to one the next film has",
          "[ui][player][captions]")
{
    CaptionFixture f;
    Settings().setUiLanguage(QStringLiteral("sv"));
    {
        // English chosen from the captions menu of a Swedish film with English captions.
        FilmPlayer player;
        player.load(f.film({kSwedish, kEnglish}, QStringLiteral("sv")));
        CHECK(player.captionLanguage() == QStringLiteral("sv"));
        auto* controls = player.findChild<PlayerControls*>();
        REQUIRE(controls);
        QAction* english = menuAction(controls->captionsMenu(), QStringLiteral("English"));
        REQUIRE(english);
        english->trigger();
        CHECK(player.captionLanguage() == QStringLiteral("en"));
    }
    {
        // A Norwegian film with only Norwegian captions: no English, no Swedish, so the bundle's.
        FilmPlayer player;
        player.load(f.film({kNorwegian}, QStringLiteral("nb")));
        CHECK(player.captionLanguage() == QStringLiteral("no"));
        CHECK(player.captionText() == QStringLiteral("Norsk"));
    }
    {
        // The interface language comes before the bundle's when the film has it.
        FilmPlayer player;
        player.load(f.film({kNorwegian, kSwedish}, QStringLiteral("nb")));
        CHECK(player.captionLanguage() == QStringLiteral("sv"));
    }
    {
        // The choice itself is kept: the next film with English captions shows them again.
        FilmPlayer player;
        player.load(f.film({kSwedish, kEnglish}, QStringLiteral("sv")));
        CHECK(player.captionLanguage() == QStringLiteral("en"));

        // Off, chosen by the user, stays off in every later film, whatever its languages.
        auto* controls = player.findChild<PlayerControls*>();
        menuAction(controls->captionsMenu(), QStringLiteral("Off"))->trigger();
        CHECK(player.captionLanguage().isEmpty());
    }
    {
        FilmPlayer player;
        player.load(f.film({kNorwegian}, QStringLiteral("nb")));
        CHECK(player.captionLanguage().isEmpty());
        CHECK(player.captionText().isEmpty());
        player.toggleCaptions(); // C brings back the track the rule picks
        CHECK(player.captionLanguage() == QStringLiteral("no"));
    }
}

TEST_CASE("the Norwegian sample film shows Norwegian captions to a user who chose English",
          "[ui][player][captions]")
{
    UiTestFixture f{QStringList{}};
    REQUIRE(copyTree(QStringLiteral(REFLEKT_MODULES_DIR "/nb-koordinering"),
                     f.modulesDir() + QStringLiteral("/nb-koordinering")));
    f.open();
    Settings().setUiLanguage(QStringLiteral("sv"));
    Settings().setCaptionLanguage(QStringLiteral("en"));
    REQUIRE(f.window().useProfile(QStringLiteral("Kari"), true));
    REQUIRE(f.window().openModule(QStringLiteral("org.example.reflekt.koordinering-nb"),
                                  QStringLiteral("innledning"), QStringLiteral("film")));
    auto* player = f.window().findChild<FilmPlayer*>(QStringLiteral("filmPlayer"));
    REQUIRE(player);
    CHECK(player->captionLanguage() == QStringLiteral("nb"));
    player->seek(5);
    CHECK_FALSE(player->captionText().isEmpty());
}
