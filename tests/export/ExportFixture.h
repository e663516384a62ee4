#pragma once

#include "core/Bundle.h"
#include "export/ExportRequest.h"
#include "store/Store.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace reflekt::test {

// A store in a temporary folder with two profiles: Åsa, whose notes are exported, and Bertil, whose
// notes must never show up. Notes are on the minimal fixture bundle (tests/data/good/minimal).
struct ExportFixture {
    static constexpr const char* kAnswerQ1 = "Kultur är gemenskap: fika på fredagar, språket och minnen – å ä ö.";
    static constexpr const char* kAnswerQ1a = "Midsommar hos mormor i Tromsø, med ærlig prat.";
    static constexpr const char* kSecret = "BERTILS HEMLIGA SVAR";
    static constexpr const char* kEarlier = "Ett svar på en fråga som har tagits bort – ändå kvar.";

    /** `clock`: what the store takes as now (default: the system clock). */
    explicit ExportFixture(Clock clock = {});
    ~ExportFixture();

    QString dataDir() const { return dir.path() + QStringLiteral("/data"); }
    QString file(const QString& name) const { return dir.path() + u'/' + name; }
    ExportRequest request(ExportScope scope) const;
    std::vector<const Bundle*> bundles() const { return {&bundle}; }
    /** Closes the store so another process (the CLI) can use the folder alone. */
    void closeStore() { store.reset(); }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Bundle bundle;
    std::int64_t asa = 0;
    std::int64_t bertil = 0;
};

/** Runs a program and returns its standard output (UTF-8); `exitCode` gets its exit code. */
QString run(const QString& program, const QStringList& args, int* exitCode = nullptr, QString* errors = nullptr);

/** The text of a PDF (or of one page) as pdftotext sees it, with runs of whitespace made one space. */
QString pdfText(const QString& pdf, int page = 0);

/** What a run of the reflekt binary printed and returned. */
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/**
 * Runs the built reflekt binary as on a server: no display and no platform chosen, in `locale`
 * (LC_ALL and LANG; the command speaks the locale's language).
 */
CliRun runHeadless(const QStringList& args, const QString& locale = QStringLiteral("C.UTF-8"));

} // namespace reflekt::test
