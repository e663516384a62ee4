// A film step played under a Swedish or Norwegian C locale, where printf writes "3,5": what the
// store keeps must still read back as the seconds really played (issue 13).
#include "UiTestFixture.h"

#include "platform/Workspace.h"
#include "store/ProgressRepository.h"
#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/module/FilmStepView.h"
#include "ui/player/FilmPlayer.h"

#include <QLocale>
#include <QTest>

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <algorithm>
#include <clocale>
#include <regex>
#include <string>

using namespace reflekt;

namespace {

// LC_ALL and Qt's default locale set for one scope, as a Swedish or Norwegian desktop starts the
// application; both are restored afterwards, even when a REQUIRE fails.
class ScopedLocale {
public:
    explicit ScopedLocale(const char* name)
    {
        const char* previous = std::setlocale(LC_ALL, nullptr);
        m_previous = previous ? previous : "C";
        m_active = std::setlocale(LC_ALL, name) != nullptr;
        if (m_active)
            QLocale::setDefault(QLocale(QString::fromLatin1(name).section(QLatin1Char('.'), 0, 0)));
    }
    ~ScopedLocale()
    {
        std::setlocale(LC_ALL, m_previous.c_str());
        QLocale::setDefault(m_previousQt);
    }
    ScopedLocale(const ScopedLocale&) = delete;
    ScopedLocale& operator=(const ScopedLocale&) = delete;
    bool active() const { return m_active; }

private:
    std::string m_previous;
    QLocale m_previousQt;
    bool m_active = false;
};

// The text the store keeps, read from a second connection the way another program would.
std::string storedRanges(const QString& dbFile, const StepRef& step)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(dbFile.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT watched_ranges FROM step_progress "
                               "WHERE bundle_id = ?1 AND module_id = ?2 AND step_id = ?3",
                               -1, &st, nullptr) == SQLITE_OK);
    sqlite3_bind_text(st, 1, step.bundleId.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, step.moduleId.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, step.stepId.c_str(), -1, SQLITE_TRANSIENT);
    std::string text;
    if (sqlite3_step(st) == SQLITE_ROW) {
        if (const unsigned char* value = sqlite3_column_text(st, 0))
            text = reinterpret_cast<const char*>(value);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return text;
}

struct Case {
    const char* locale;
    const char* folder;
    const char* bundle;
    const char* module;
    const char* step;
    const char* language;
};

} // namespace

TEST_CASE(
    "a film played for a few seconds in Swedish and Norwegian stores the seconds played and is not done",
    "[ui][film][locale]")
{
    const Case cases[] = {
        {"sv_SE.UTF-8", "sv-interkulturell", "org.example.reflekt.interkulturell-sv", "intro-samtalsledare",
         "intro-samtalsledare-film", "sv"},
        {"nb_NO.UTF-8", "nb-koordinering", "org.example.reflekt.koordinering-nb", "innledning", "film", "nb"},
    };
    for (const Case& c : cases) {
        SECTION(c.locale)
        {
            ScopedLocale locale(c.locale);
            if (!locale.active()) {
                WARN("locale " << c.locale << " is not installed; skipped");
                continue;
            }
            UiTestFixture f{QStringList{}};
            REQUIRE(copyTree(QStringLiteral(REFLEKT_MODULES_DIR "/") + QLatin1String(c.folder),
                             f.modulesDir() + QLatin1Char('/') + QLatin1String(c.folder)));
            f.open();
            f.workspace().setContentLanguage(QLatin1String(c.language));
            REQUIRE(f.window().useProfile(QStringLiteral("Åsa Øvreås"), true));
            REQUIRE(f.window().openModule(QLatin1String(c.bundle), QLatin1String(c.module),
                                          QLatin1String(c.step)));
            auto* view = f.window().findChild<FilmStepView*>(QStringLiteral("filmStepView"));
            REQUIRE(view);
            FilmPlayer* player = view->player();
            REQUIRE(QTest::qWaitFor([&] { return player->duration() > 60; }, 15000));
            const double duration = player->duration();

            player->play();
            REQUIRE(QTest::qWaitFor([&] { return player->position() >= 3.0; }, 15000));
            player->pause();
            REQUIRE(QTest::qWaitFor([&] { return !player->isPlaying(); }, 5000));
            view->flush();
            const double playedTo = player->position();

            const StepRef ref{c.bundle, c.module, c.step};
            const std::string text = storedRanges(f.dataDir() + QStringLiteral("/reflekt.db"), ref);
            auto stored = f.workspace().store()->progress().stepProgress(f.workspace().participantId(), ref);
            REQUIRE(stored.ok());
            REQUIRE(stored.value->has_value());
            const StepProgress& progress = **stored.value;
            const WatchedRanges ranges = WatchedRanges::parse(text);
            INFO("locale " << c.locale << ", stored \"" << text << "\", played to " << playedTo << " of "
                           << duration << " s");
            // Every range is "start-end" in seconds with a decimal point, if any: a decimal comma
            // would split one range into two and leave a bare number ("0-3,2"). (A pause on a whole
            // second stores "0-3", so a point need not appear.)
            static const std::regex range(R"(\d+(\.\d+)?-\d+(\.\d+)?)");
            std::size_t from = 0;
            while (from <= text.size()) {
                const std::size_t comma = std::min(text.find(',', from), text.size());
                const std::string part = text.substr(from, comma - from);
                INFO("range \"" << part << "\"");
                CHECK(std::regex_match(part, range));
                from = comma + 1;
            }
            CHECK(text.find(",-") == std::string::npos);
            CHECK(text.find("-,") == std::string::npos);
            CHECK(text.find(",,") == std::string::npos);
            CHECK_FALSE(ranges.ranges().empty());
            CHECK(ranges.ranges().size() <= 3);
            CHECK(ranges.watchedSeconds() >= 1.0);
            CHECK(ranges.watchedSeconds() <= 6.0);
            CHECK(progress.watched == ranges);
            CHECK(progress.watchedShare < 0.5);
            CHECK(progress.watchedShare == Approx(ranges.share(duration)).margin(0.01));
            CHECK_FALSE(progress.completed);
        }
    }
}
