// Export 500 notes of 1,000 characters to PDF; prints time and peak memory (never pass/fail).
// Lives beside the export tests because bench/ links reflekt_store only; see tests/export/CMakeLists.txt.
#include "core/BundleLoader.h"
#include "export/Exporter.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace reflekt;

namespace {

// A bundle in memory: 10 modules of 50 questions.
Bundle makeBundle()
{
    Bundle b;
    b.id = "bench.export";
    b.version = "1.0.0";
    b.defaultLanguage = "sv";
    b.title.set("sv", "Prestandapaket för export");
    for (int m = 0; m < 10; ++m) {
        Module module;
        module.id = "m" + std::to_string(m);
        module.title.set("sv", "Modul " + std::to_string(m + 1) + ": bemötande och samverkan");
        Step step;
        step.id = "reflect";
        step.type = StepType::Reflection;
        step.title.set("sv", "Reflektion");
        for (int q = 0; q < 50; ++q) {
            Question question;
            question.id = module.id + "q" + std::to_string(q);
            question.text.set("sv", "Hur påverkar det här ditt arbete med människor i en ny situation?");
            step.questions.push_back(question);
        }
        module.steps.push_back(step);
        b.modules.push_back(module);
    }
    return b;
}

long peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    OpenResult opened = Store::open(dir.filePath(QStringLiteral("data")).toStdString());
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", opened.error.c_str());
        return 1;
    }
    Store& store = *opened.store;
    const Bundle bundle = makeBundle();
    const auto participant = store.participants().create("Åsa Öberg");
    std::string text;
    while (text.size() < 1000)
        text +=
            "Vi möter människor i svåra lägen och försöker förstå deras perspektiv, även när det är svårt. ";
    text.resize(1000);
    for (const Module& m : bundle.modules)
        for (const Question& q : m.steps[0].questions)
            store.notes().save(participant.value->id, bundle.id, bundle.version, q.id, text);

    const long before = peakKiB();
    ExportRequest request;
    request.participantId = participant.value->id;
    request.scope = ExportScope::Package;
    request.bundleId = QString::fromStdString(bundle.id);
    ExportOptions options;
    options.filePath = dir.filePath(QStringLiteral("bench.pdf"));
    QElapsedTimer timer;
    timer.start();
    const ExportResult result = Exporter::exportNotes(store, {&bundle}, request, options);
    const qint64 ms = timer.elapsed();
    if (!result.ok()) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(result.error));
        return 1;
    }
    std::printf("export 500 notes x 1000 chars to PDF: %lld ms, %d pages, %lld KiB file\n",
                static_cast<long long>(ms), result.pageCount,
                static_cast<long long>(QFileInfo(options.filePath).size() / 1024));
    std::printf("peak RSS: %ld KiB (before export: %ld KiB)\n", peakKiB(), before);
    return 0;
}
