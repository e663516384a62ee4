#include "ExportFixture.h"

#include "core/BundleLoader.h"

#include <QProcess>

#include <stdexcept>

namespace reflekt::test {

ExportFixture::ExportFixture(Clock clock)
{
    StoreOptions options;
    options.clock = std::move(clock);
    OpenResult opened = Store::open(dataDir().toStdString(), std::move(options));
    if (!opened.ok())
        throw std::runtime_error(opened.error);
    store = std::move(opened.store);
    LoadResult loaded = loadBundle(REFLEKT_TEST_DATA_DIR "/good/minimal");
    if (!loaded.ok())
        throw std::runtime_error("fixture bundle does not load");
    bundle = *loaded.bundle;

    // An earlier version had a question q0 that 1.0.0 dropped.
    store->bundles().recordSeen(bundle.id, "0.9.0", "hash-0.9", {{"intro", "q0"}, {"intro", "q1"}});
    store->bundles().recordSeen(bundle, "hash-1.0");

    asa = store->participants().create("Åsa Öberg").value->id;
    bertil = store->participants().create("Bertil").value->id;
    store->notes().save(asa, bundle.id, "0.9.0", "q0", kEarlier);
    store->notes().save(asa, bundle.id, bundle.version, "q1", kAnswerQ1);
    store->notes().save(asa, bundle.id, bundle.version, "q1a", kAnswerQ1a);
    // q2 stays unanswered for Åsa; Bertil answers everything.
    for (const char* q : {"q1", "q1a", "q2"})
        store->notes().save(bertil, bundle.id, bundle.version, q, kSecret);
}

ExportFixture::~ExportFixture() = default;

ExportRequest ExportFixture::request(ExportScope scope) const
{
    ExportRequest r;
    r.participantId = asa;
    r.scope = scope;
    r.bundleId = QString::fromStdString(bundle.id);
    r.moduleId = QStringLiteral("intro");
    r.locale = QLocale(QLocale::Swedish, QLocale::Sweden);
    return r;
}

QString run(const QString& program, const QStringList& args, int* exitCode, QString* errors)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (errors)
        *errors = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& pdf, int page)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    // Lines wrap wherever the layout put them; compare text with whitespace collapsed.
    return run(QStringLiteral("pdftotext"), args).simplified();
}

CliRun runHeadless(const QStringList& args, const QString& locale)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(REFLEKT_BINARY), args);
    p.waitForFinished(120000);
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace reflekt::test
