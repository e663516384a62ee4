// Writer process for the crash test: saves notes and film progress in a loop and prints a line
// for each save only after it was committed. The test kills it with SIGKILL at random moments.
//
//   store_crash_writer <data-dir> <run>
//   stdout:  N <note-id> <run> <seq> <question> <text-hash>     after each committed note
//            P <share>                                          after each committed film progress
//   The share is in std::to_chars' shortest form: exact, and a decimal point whatever the locale.

#include "CrashText.h"
#include "store/Store.h"

#include <charconv>
#include <cinttypes>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace reflekt;
using namespace reflekt::testing;

int main(int argc, char** argv)
{
    std::setlocale(LC_ALL, ""); // as the app does through Qt (a decimal comma under LC_ALL=sv_SE.UTF-8)
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <data-dir> <run>\n", argv[0]);
        return 2;
    }
    const int run = std::atoi(argv[2]);
    auto opened = Store::open(argv[1]);
    if (!opened.ok()) {
        std::fprintf(stderr, "open failed: %s\n", opened.error.c_str());
        return 2;
    }
    auto& store = *opened.store;
    auto found = store.participants().findByName("Crash");
    std::int64_t pid = 0;
    if (found.ok() && *found.value) {
        pid = (*found.value)->id;
    } else {
        auto created = store.participants().create("Crash");
        if (!created.ok()) {
            std::fprintf(stderr, "%s\n", created.error.c_str());
            return 2;
        }
        pid = created.value->id;
    }
    const StepRef film{"crash.bundle", "m1", "film"};
    constexpr double kDuration = 3000.0;
    for (std::int64_t seq = 0;; ++seq) {
        const std::string question = crashQuestion(run, seq);
        const std::string text = crashText(run, seq);
        auto saved = store.notes().save(pid, "crash.bundle", "1.0", question, text);
        if (!saved.ok()) {
            std::fprintf(stderr, "%s\n", saved.error.c_str());
            return 3;
        }
        std::printf("N %" PRId64 " %d %" PRId64 " %s %" PRIu64 "\n", saved.value->noteId, run, seq,
                    question.c_str(), textHash(text));
        std::fflush(stdout);
        if (seq % 3 == 0) {
            const double from = static_cast<double>((run * 37 + seq) % 600) * 5.0;
            auto progress =
                store.progress().recordFilmProgress(pid, film, from + 5, {from, from + 5}, kDuration, 0.9);
            if (!progress.ok()) {
                std::fprintf(stderr, "%s\n", progress.error.c_str());
                return 3;
            }
            char share[32];
            const auto end = std::to_chars(share, share + sizeof share, progress.value->share).ptr;
            std::printf("P %.*s\n", static_cast<int>(end - share), share);
            std::fflush(stdout);
        }
    }
}
