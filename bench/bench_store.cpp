// Store benchmark: durable note saves and progress summary queries. Prints figures, asserts nothing.
//   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release -DREFLEKT_GUI=OFF
//   cmake --build build-release --target bench_store && build-release/bench/bench_store [folder]
// The folder (default: a new one under /tmp) decides the disk measured; fsync dominates saves.

#include "store/Database.h"
#include "store/FileSystemProbe.h"
#include "store/ProgressRepository.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace reflekt;
using SteadyClock = std::chrono::steady_clock;

namespace {

// "q" + std::to_string(n) trips GCC 12's -Wrestrict false positive at -O3; append instead.
std::string id(const char* prefix, int n)
{
    std::string s(prefix);
    s += std::to_string(n);
    return s;
}

double ms(SteadyClock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[index];
}

std::string randomText(std::mt19937& rng, std::size_t length)
{
    static const std::string letters = "abcdefghijklmnopqrstuvwxyz åäöABC.,\n";
    std::string s;
    while (s.size() < length)
        s += letters[rng() % letters.size()];
    s.resize(length); // 500 bytes (a few multi-byte letters may be cut: fine for timing)
    return s;
}

void benchSaves(Store& store, std::int64_t pid)
{
    constexpr int kSaves = 10000;
    std::mt19937 rng(1);
    std::vector<double> latencies;
    latencies.reserve(kSaves);
    const auto start = SteadyClock::now();
    for (int i = 0; i < kSaves; ++i) {
        const std::string text = randomText(rng, 500);
        const std::string question = id("q", i % 200);
        const auto t0 = SteadyClock::now();
        auto saved = store.notes().save(pid, "bench.bundle", "1.0", question, text);
        latencies.push_back(ms(SteadyClock::now() - t0));
        if (!saved.ok()) {
            std::fprintf(stderr, "save failed: %s\n", saved.error.c_str());
            std::exit(1);
        }
    }
    const double total = ms(SteadyClock::now() - start);
    std::printf("note saves: %d x 500 chars, each its own durable transaction (WAL, synchronous=FULL)\n",
                kSaves);
    std::printf("  median %.3f ms   p90 %.3f ms   p99 %.3f ms   max %.3f ms   total %.1f s\n",
                percentile(latencies, 0.5), percentile(latencies, 0.9), percentile(latencies, 0.99),
                percentile(latencies, 1.0), total / 1000.0);
}

void benchSummaries(Store& store)
{
    constexpr int kParticipants = 50;
    constexpr int kModules = 100;
    constexpr int kSteps = 6;
    std::vector<std::int64_t> pids;
    for (int p = 0; p < kParticipants; ++p)
        pids.push_back(store.participants().create(id("Participant ", p)).value->id);

    // Setup in one transaction on a second connection: 30,000 separate durable commits would take minutes.
    std::string error;
    auto db = Database::open(store.databasePath(), false, {}, error);
    sqlite3_busy_timeout(db->handle(), 5000);
    std::mt19937 rng(2);
    {
        Transaction tx(*db);
        for (const auto pid : pids)
            for (int m = 0; m < kModules; ++m)
                for (int s = 0; s < kSteps; ++s)
                    if (rng() % 3 != 0)
                        ProgressRepository::markCompletedWithin(*db, pid,
                                                                {"bench.bundle", id("m", m), id("s", s)},
                                                                CompletionHow::Alone, 0, std::nullopt);
        tx.commit();
    }
    db.reset();

    std::vector<std::string> steps;
    for (int s = 0; s < kSteps; ++s)
        steps.push_back(id("s", s));
    std::map<std::string, std::vector<std::string>> byModule;
    for (int m = 0; m < kModules; ++m)
        byModule[id("m", m)] = steps;

    std::vector<double> perModule;
    long done = 0;
    auto start = SteadyClock::now();
    for (const auto pid : pids)
        for (int m = 0; m < kModules; ++m) {
            const auto t0 = SteadyClock::now();
            auto summary = store.progress().moduleSummary(pid, "bench.bundle", id("m", m), steps);
            perModule.push_back(ms(SteadyClock::now() - t0));
            done += summary.value->stepsDone;
        }
    const double moduleTotal = ms(SteadyClock::now() - start);

    std::vector<double> perBundle;
    start = SteadyClock::now();
    for (const auto pid : pids) {
        const auto t0 = SteadyClock::now();
        auto all = store.progress().bundleSummary(pid, "bench.bundle", byModule);
        perBundle.push_back(ms(SteadyClock::now() - t0));
        done += static_cast<long>(all.value->size());
    }
    const double bundleTotal = ms(SteadyClock::now() - start);

    std::printf("progress summaries: %d modules x %d participants, %d steps each (%ld counted)\n", kModules,
                kParticipants, kSteps, done);
    std::printf("  moduleSummary (one module): median %.4f ms  p99 %.4f ms  (all %d in %.1f ms)\n",
                percentile(perModule, 0.5), percentile(perModule, 0.99), kModules * kParticipants,
                moduleTotal);
    std::printf("  bundleSummary (all 100 modules of one participant): median %.3f ms  p99 %.3f ms  (50 in "
                "%.1f ms)\n",
                percentile(perBundle, 0.5), percentile(perBundle, 0.99), bundleTotal);
}

} // namespace

int main(int argc, char** argv)
{
    const std::filesystem::path dir = argc > 1 ? std::filesystem::path(argv[1])
                                               : std::filesystem::temp_directory_path() /
                                                     ("reflekt-bench-store-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir / "reflekt.db");
    auto opened = Store::open(dir);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", opened.error.c_str());
        return 1;
    }
    auto& store = *opened.store;
    const auto network = networkFilesystemName(dir);
    std::printf("SQLite %s, folder %s (%s), journal_mode=%s\n", sqlite3_libversion(), dir.c_str(),
                network ? network->c_str() : "local filesystem", store.journalMode().c_str());
    const auto pid = store.participants().create("Bench").value->id;
    benchSaves(store, pid);
    benchSummaries(store);
    opened.store.reset();
    if (argc <= 1)
        std::filesystem::remove_all(dir);
    return 0;
}
