// Minutes of a group session that ran over meetings: each meeting's date, times and duration, who
// was there and what the wall showed in it; a session of one meeting keeps it to the details.
#include "ExportFixture.h"

#include "export/Exporter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

#include <ctime>
#include <memory>

using namespace reflekt;
using namespace reflekt::test;

namespace {

constexpr TimeMs kMinute = 60 * 1000;
constexpr TimeMs kMay3At10 = 1714723200000; // 2024-05-03 10:00 in Stockholm (08:00 UTC), a Friday

// What the store takes as now; the test moves it.
struct TestClock {
    std::shared_ptr<TimeMs> now = std::make_shared<TimeMs>(kMay3At10);
    Clock clock() const
    {
        auto n = now;
        return [n] { return *n; };
    }
    void advance(TimeMs ms) { *now += ms; }
};

// Minutes are written in local time: the test fixes it to Sweden's, so the figures do not depend on
// the machine, and a date written in UTC would show (10:00 here is 08:00 UTC).
class SwedishTime {
public:
    SwedishTime() : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", "Europe/Stockholm");
        tzset();
    }
    ~SwedishTime()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    bool m_had;
    QByteArray m_old;
};

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The text from `from` up to (not including) `to`, or to the end; empty when `from` is missing.
QString section(const QString& text, const QString& from, const QString& to = {})
{
    const auto start = text.indexOf(from);
    if (start < 0)
        return {};
    const auto end = to.isEmpty() ? -1 : text.indexOf(to, start);
    return end < 0 ? text.mid(start) : text.mid(start, end - start);
}

QString exportAs(ExportFixture& f, const ExportRequest& request, ExportFormat format, const QString& name)
{
    ExportOptions options;
    options.format = format;
    options.filePath = f.file(name);
    const ExportResult result = Exporter::exportNotes(*f.store, f.bundles(), request, options);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    return format == ExportFormat::Pdf ? pdfText(options.filePath) : readAll(options.filePath);
}

const QString kNote = QStringLiteral("Vi pratade om ärlighet och fika på fredagar – å ä ö.");

} // namespace

TEST_CASE("Minutes of a series list each meeting with its people and what was covered", "[session]")
{
    SwedishTime zone;
    TestClock clock;
    ExportFixture f(clock.clock());
    const std::int64_t cecilia = f.store->participants().create("Cecilia Åkesson").value->id;
    SessionRepository& sessions = f.store->sessions();

    // Meeting 1, 10:00–11:30: Åsa and the guest Øystein; the film and question 1.
    auto started = sessions.start(f.bundle.id, f.bundle.version, "intro", "Karin Samtalsledare", {f.asa},
                                  {"Øystein Gjæst"});
    REQUIRE(started.ok());
    const std::int64_t id = started.value->id;
    clock.advance(5 * kMinute);
    REQUIRE(sessions.recordShown(id, {"film", ""}).ok());
    clock.advance(20 * kMinute);
    REQUIRE(sessions.recordShown(id, {"reflect", "q1"}).ok());
    REQUIRE(sessions.saveGroupNote(id, "q1", kNote.toStdString()).ok());
    clock.advance(65 * kMinute);
    REQUIRE(sessions.endMeeting(id).ok());

    // Meeting 2 a week later from 13:15: Åsa, the latecomer Cecilia and the guest Märta; question 2.
    clock.advance(7 * 24 * 60 * kMinute + 105 * kMinute);
    REQUIRE(sessions.startMeeting(id, {f.asa, cecilia}, {"Märta Ek"}).ok());
    clock.advance(10 * kMinute);
    REQUIRE(sessions.recordShown(id, {"reflect", "q2"}).ok());

    ExportRequest request = f.request(ExportScope::Session);
    request.sessionId = id;

    SECTION("exported while meeting 2 runs, the minutes say it has not ended")
    {
        const QString md = exportAs(f, request, ExportFormat::Markdown, QStringLiteral("open.md"));
        INFO(md.toStdString());
        CHECK(md.contains(QStringLiteral("- **Date:** fredag 3 maj 2024, not finished yet")));
        CHECK(md.contains(QStringLiteral("### Meeting 1 — fredag 3 maj 2024, 10:00–11:30, 90 minutes")));
        CHECK(md.contains(QStringLiteral("### Meeting 2 — fredag 10 maj 2024, from 13:15, not ended yet")));
        CHECK(!section(md, QStringLiteral("### Meeting 2")).contains(QStringLiteral("minutes")));
    }

    SECTION("finished, in Markdown and PDF")
    {
        clock.advance(35 * kMinute);
        REQUIRE(sessions.finish(id, {"reflect"}).ok());

        const QString md = exportAs(f, request, ExportFormat::Markdown, QStringLiteral("minutes.md"));
        INFO(md.toStdString());
        // The whole session: module, facilitator, first and last date, everyone who came.
        CHECK(md.contains(QStringLiteral("- **Module:** Introduktion")));
        CHECK(md.contains(QStringLiteral("- **Facilitator:** Karin Samtalsledare")));
        CHECK(md.contains(QStringLiteral("- **Date:** fredag 3 maj 2024 – fredag 10 maj 2024")));
        CHECK(md.contains(
            QStringLiteral("### Attendees\n\n- Åsa Öberg\n- Cecilia Åkesson\n- Øystein Gjæst (guest)\n"
                           "- Märta Ek (guest)")));
        // Each meeting: when, who, what the wall showed (a question under its step's title).
        const QString first = section(md, QStringLiteral("### Meeting 1"), QStringLiteral("### Meeting 2"));
        const QString second = section(md, QStringLiteral("### Meeting 2"), QStringLiteral("## Questions"));
        CHECK(first.startsWith(QStringLiteral("### Meeting 1 — fredag 3 maj 2024, 10:00–11:30, 90 minutes\n\n"
                                              "- **Attendees:** Åsa Öberg, Øystein Gjæst (guest)\n"
                                              "- **Covered:**\n  - Film\n  - Reflektion\n"
                                              "    - Question 1: Vad är kultur för dig?\n")));
        CHECK(!first.contains(QStringLiteral("Cecilia")));
        CHECK(!first.contains(QStringLiteral("Märta")));
        CHECK(!first.contains(QStringLiteral("Question 2")));
        CHECK(
            second.startsWith(QStringLiteral("### Meeting 2 — fredag 10 maj 2024, 13:15–14:00, 45 minutes\n\n"
                                             "- **Attendees:** Åsa Öberg, Cecilia Åkesson, Märta Ek (guest)\n"
                                             "- **Covered:**\n  - Reflektion\n"
                                             "    - Question 2: Vad tar du med dig?\n")));
        CHECK(!second.contains(QStringLiteral("Øystein")));
        CHECK(!second.contains(QStringLiteral("Film")));
        // Then the questions with the group's notes, as before: no padding under sub-questions.
        CHECK(md.contains(QStringLiteral("#### 1 Vad är kultur för dig?\n\n") + kNote));
        CHECK(md.contains(QStringLiteral("#### 2 Vad tar du med dig?\n\n*No notes*")));
        CHECK(md.count(QStringLiteral("No notes")) == 1);
        CHECK(!md.contains(QStringLiteral("Ge ett exempel.")));
        CHECK(!md.contains(QStringLiteral("No answer")));

        const QString pdf = exportAs(f, request, ExportFormat::Pdf, QStringLiteral("minutes.pdf"));
        INFO(pdf.toStdString());
        CHECK(pdf.contains(QStringLiteral("Date: fredag 3 maj 2024 – fredag 10 maj 2024")));
        const QString pdfFirst = section(pdf, QStringLiteral("Meeting 1 —"), QStringLiteral("Meeting 2 —"));
        const QString pdfSecond =
            section(pdf, QStringLiteral("Meeting 2 —"), QStringLiteral("Questions and"));
        CHECK(pdfFirst.startsWith(
            QStringLiteral("Meeting 1 — fredag 3 maj 2024, 10:00–11:30, 90 minutes "
                           "Attendees: Åsa Öberg, Øystein Gjæst (guest) "
                           "Covered: Film Reflektion Question 1: Vad är kultur för dig?")));
        CHECK(!pdfFirst.contains(QStringLiteral("Cecilia")));
        CHECK(pdfSecond.startsWith(QStringLiteral("Meeting 2 — fredag 10 maj 2024, 13:15–14:00, 45 minutes "
                                                  "Attendees: Åsa Öberg, Cecilia Åkesson, Märta Ek (guest) "
                                                  "Covered: Reflektion Question 2: Vad tar du med dig?")));
        CHECK(pdf.contains(kNote));
        CHECK(pdf.count(QStringLiteral("No notes")) == 1);
        CHECK(!pdf.contains(QStringLiteral("Ge ett exempel.")));
    }
}

TEST_CASE("Minutes of a single meeting keep its date, duration and items with the details", "[session]")
{
    SwedishTime zone;
    TestClock clock;
    ExportFixture f(clock.clock());
    SessionRepository& sessions = f.store->sessions();
    auto started = sessions.start(f.bundle.id, f.bundle.version, "intro", "Karin Samtalsledare",
                                  {f.asa, f.bertil}, {"Märta Ek"});
    REQUIRE(started.ok());
    const std::int64_t id = started.value->id;
    clock.advance(2 * kMinute);
    REQUIRE(sessions.recordShown(id, {"film", ""}).ok());
    REQUIRE(sessions.recordShown(id, {"read", ""}).ok());
    REQUIRE(sessions.recordShown(id, {"reflect", "q1"}).ok());
    REQUIRE(sessions.recordShown(id, {"reflect", "q2"}).ok());
    clock.advance(73 * kMinute);
    ExportRequest request = f.request(ExportScope::Session);
    request.sessionId = id;

    // Kept open after the meeting: the minutes say the session goes on.
    REQUIRE(sessions.endMeeting(id).ok());
    const QString kept = exportAs(f, request, ExportFormat::Markdown, QStringLiteral("kept.md"));
    CHECK(kept.contains(QStringLiteral("- **Date:** fredag 3 maj 2024, 10:00–11:15, 75 minutes (kept open: the "
                                       "session goes on at a later meeting)\n")));

    REQUIRE(sessions.finish(id, {"film", "read", "reflect"}).ok());
    const QString md = exportAs(f, request, ExportFormat::Markdown, QStringLiteral("one.md"));
    CHECK_FALSE(md.contains(QStringLiteral("kept open")));
    INFO(md.toStdString());
    CHECK(md.contains(QStringLiteral("- **Facilitator:** Karin Samtalsledare\n"
                                     "- **Date:** fredag 3 maj 2024, 10:00–11:15, 75 minutes\n"
                                     "- **Covered:**\n  - Film\n  - Läs\n  - Reflektion\n"
                                     "    - Question 1: Vad är kultur för dig?\n"
                                     "    - Question 2: Vad tar du med dig?\n\n### Attendees")));
    CHECK(!md.contains(QStringLiteral("Meeting 1")));

    const QString pdf = exportAs(f, request, ExportFormat::Pdf, QStringLiteral("one.pdf"));
    INFO(pdf.toStdString());
    CHECK(pdf.contains(
        QStringLiteral("Date: fredag 3 maj 2024, 10:00–11:15, 75 minutes Covered: Film Läs Reflektion "
                       "Question 1: Vad är kultur för dig? Question 2: Vad tar du med dig?")));
    CHECK(!pdf.contains(QStringLiteral("Meeting 1")));
}
