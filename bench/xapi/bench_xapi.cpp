// Queues 10,000 xAPI statements through the real store API and syncs them to the loopback LRS of
// tests/xapi/run-lrs.sh with the real sender. Prints statements per second and peak memory
// (getrusage ru_maxrss). Usage: bench_xapi [COUNT] [BATCH] [STORE_DIR]
// (STORE_DIR defaults to a folder under /dev/shm, so queueing does not wait on fsync.)

#include "reporting/XapiSender.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <cstdio>
#include <string>
#include <sys/resource.h>

using namespace reflekt;

namespace {

long peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int runScript(const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QStringLiteral(REFLEKT_RUN_LRS), args);
    p.waitForFinished(10 * 60 * 1000);
    return p.exitCode();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 10'000;
    const int batch = argc > 2 ? std::atoi(argv[2]) : 50;
    QTemporaryDir dir(argc > 3 ? QString::fromLocal8Bit(argv[3]) + QStringLiteral("/bench-xapi-XXXXXX")
                               : QStringLiteral("/dev/shm/bench-xapi-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_xapi: cannot create %s\n", qPrintable(dir.path()));
        return 1;
    }

    const QString lrsDir = QStringLiteral(REFLEKT_LRS_DIR);
    const int redisPort = freePort(), lrsPort = freePort();
    if (runScript({QStringLiteral("install"), lrsDir}) != 0 ||
        runScript({QStringLiteral("start"), lrsDir, QString::number(redisPort), QString::number(lrsPort)}) !=
            0) {
        std::fprintf(stderr, "bench_xapi: could not start the LRS\n");
        return 1;
    }

    auto opened = Store::open(dir.path().toStdString());
    if (!opened.ok()) {
        std::fprintf(stderr, "bench_xapi: %s\n", opened.error.c_str());
        return 1;
    }
    Store& store = *opened.store;
    const auto who = store.participants().create("Bench").value->id;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        store.notes().save(who, "bench.bundle", "1.0", "q" + std::to_string(i), "svar");
    const double queueSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const long peakBeforeSync = peakKiB();

    XapiSender sender(store);
    sender.setEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1/xAPI/").arg(lrsPort)));
    sender.setCredentials(QStringLiteral("bench"), QStringLiteral("bench"));
    sender.setInterval(0);
    sender.setBatchSize(batch);
    QString error;
    QEventLoop loop;
    QObject::connect(&sender, &XapiSender::syncFinished, &loop, [&](const QString& e) {
        error = e;
        loop.quit();
    });
    timer.restart();
    sender.syncNow();
    loop.exec();
    const double syncSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const auto counts = *store.outbox().counts().value;
    runScript({QStringLiteral("stop"), lrsDir});

    std::printf("statements queued:   %d in %.2f s (%.0f per second, one durable transaction each, %s)\n",
                count, queueSeconds, count / queueSeconds, qPrintable(dir.path()));
    std::printf("synced to the LRS:   %d sent, %d waiting, %d refused in %.2f s, batches of %d\n",
                counts.sent, counts.pending, counts.rejected, syncSeconds, batch);
    std::printf("sync throughput:     %.0f statements per second\n", counts.sent / syncSeconds);
    std::printf("peak memory (RSS):   %.1f MiB after queueing, %.1f MiB after syncing\n",
                static_cast<double>(peakBeforeSync) / 1024.0, static_cast<double>(peakKiB()) / 1024.0);
    if (!error.isEmpty())
        std::printf("sync error: %s\n", qPrintable(error));
    return error.isEmpty() && counts.pending == 0 ? 0 : 1;
}
