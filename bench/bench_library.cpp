// Scans a generated library of 1,000 bundles (20,000 steps) the way the player does at start,
// and prints the time and the peak memory. A figure, not a test: see docs/performance.md.
//
//   cmake -S . -B build-rel -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build-rel --target
//   bench_library build-rel/bench/bench_library [BUNDLES] [STEPS_PER_BUNDLE]
#include "core/Library.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace reflekt;

namespace {

void writeFile(const fs::path& file, const std::string& text)
{
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << text;
}

// One bundle: modules of four steps each (film, text, reflection, activity), each module with files
// of its own (video, poster, captions, text), every file present.
void writeBundle(const fs::path& dir, int index, int steps)
{
    const std::string id = "org.example.bench.b" + std::to_string(index);
    std::string modules;
    for (int m = 0; m * 4 < steps; ++m) {
        const std::string mid = "m" + std::to_string(m);
        if (m)
            modules += ",";
        modules += R"({"id":")" + mid + R"(","kind":"module","title":{"sv":"Modul )" + mid +
                   R"("},"minutes":30,"facilitatorGuide":{"sv":"guide.md"},"steps":[)" +
                   R"({"id":"film","type":"film","video":"media/)" + mid + R"(.mp4","poster":"media/)" + mid +
                   R"(.png","durationSeconds":90,"captions":[{"language":"sv","file":"media/)" + mid +
                   R"(.sv.vtt"}],"chapters":[{"start":0,"title":{"sv":"A"}}]},)"
                   R"({"id":"text","type":"text","markdown":{"sv":"text/)" +
                   mid +
                   R"(.md"}},)"
                   R"({"id":"reflect","type":"reflection","questions":[{"id":")" +
                   mid + R"(-q1","text":{"sv":"Fråga?"},"minutes":5,"questions":[{"id":")" + mid +
                   R"(-q1a","text":{"sv":"Delfråga?"}}]}]},)"
                   R"({"id":"cards","type":"activity","document":{"sv":"text.md"}}]})";
    }
    writeFile(dir / "bundle.json", R"({"format":"reflekt-bundle","formatVersion":"1.0","id":")" + id +
                                       R"(","version":"1.0.0","defaultLanguage":"sv","title":{"sv":"Paket )" +
                                       std::to_string(index) +
                                       R"("},"cover":"media/poster.png","modules":[)" + modules + "]}");
    for (int m = 0; m * 4 < steps; ++m) {
        const std::string mid = "m" + std::to_string(m);
        writeFile(dir / ("media/" + mid + ".mp4"), std::string("\0\0\0\x18"
                                                               "ftypmp42",
                                                               12));
        writeFile(dir / ("media/" + mid + ".png"), "\x89PNG\r\n\x1a\n");
        writeFile(dir / ("media/" + mid + ".sv.vtt"), "WEBVTT\n\n00:00.000 --> 00:01.000\nHej\n");
        writeFile(dir / ("text/" + mid + ".md"), "# Text\n");
    }
    writeFile(dir / "media/poster.png", "\x89PNG\r\n\x1a\n");
    writeFile(dir / "text.md", "# Text\n");
    writeFile(dir / "guide.md", "# Guide\n");
}

} // namespace

int main(int argc, char* argv[])
{
    const int bundles = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int steps = argc > 2 ? std::atoi(argv[2]) : 20;
    const fs::path root = fs::temp_directory_path() / ("reflekt-bench-library-" + std::to_string(::getpid()));
    for (int i = 0; i < bundles; ++i)
        writeBundle(root / ("bundle-" + std::to_string(i)), i, steps);

    std::vector<double> runs;
    std::size_t usable = 0;
    std::size_t totalSteps = 0;
    for (int run = 0; run < 5; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const auto entries = scanLibrary({{root, LibrarySource::User}}, LoadOptions{true, false, false});
        runs.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        usable = 0;
        totalSteps = 0;
        for (const auto& e : entries) {
            if (!e.usable())
                continue;
            ++usable;
            for (const auto& m : e.load.bundle->modules)
                totalSteps += m.steps.size();
        }
    }
    std::sort(runs.begin(), runs.end());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("bundles %zu usable of %d, steps %zu\n", usable, bundles, totalSteps);
    std::printf("scan (manifest + file existence) median %.1f ms, min %.1f ms, max %.1f ms over %zu runs\n",
                runs[runs.size() / 2], runs.front(), runs.back(), runs.size());
    std::printf("peak memory (max RSS) %.1f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    fs::remove_all(root);
    return usable == static_cast<std::size_t>(bundles) ? 0 : 1;
}
