// The crash test: a writer process saves notes and film progress in a loop and reports each save
// after its commit; we kill it with SIGKILL at random moments 50 times. After every kill the
// database must pass integrity_check and hold every reported note with its latest text.
// SIGKILL loses the process, not the kernel's page cache: this tests SQLite's transactions and our
// use of them, not power loss (synchronous=FULL and the fsyncs are there for that; see docs/store.md).

#include "crash_writer/CrashText.h"
#include "store_test_support.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <thread>

using namespace reflekt;
using namespace reflekt::testing;

namespace {

struct Reported {
    int run = 0;
    std::int64_t seq = 0;
    std::uint64_t hash = 0;
};

/** Reads from `fd` into `out` until a whole line is there or `timeoutMs` passed. */
void readFirstLine(int fd, std::string& out, int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    char buf[4096];
    while (out.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n <= 0)
            return;
        out.append(buf, static_cast<std::size_t>(n));
    }
}

/**
 * Starts the writer, kills it, and returns everything it printed. With `afterFirstSave` the kill
 * comes `millis` after its first reported save (so it lands in the save loop whatever the speed
 * of the machine); otherwise `millis` after the start (open, quick_check, backup, first save).
 */
std::string runAndKill(const std::filesystem::path& dataDir, int run, bool afterFirstSave, int millis)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const std::string runText = std::to_string(run);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        ::close(fds[0]);
        ::close(fds[1]);
        ::execl(REFLEKT_CRASH_WRITER, REFLEKT_CRASH_WRITER, dataDir.c_str(), runText.c_str(),
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    std::string out;
    if (afterFirstSave)
        readFirstLine(fds[0], out, 20000);
    std::this_thread::sleep_for(std::chrono::milliseconds(millis));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    char buf[65536];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;)
        out.append(buf, static_cast<std::size_t>(n));
    ::close(fds[0]);
    // Killed by us, not ended on its own (exit code 2/3 and a message on stderr would mean an error).
    INFO("writer output tail: " << out.substr(out.size() > 300 ? out.size() - 300 : 0));
    REQUIRE((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));
    return out;
}

} // namespace

TEST_CASE("50 SIGKILLs of a writer lose no reported note and never damage the database", "[crash]")
{
    StoreTempDir dir;
    std::mt19937 rng(20240503);
    std::map<std::string, Reported> latest; // question -> last save the writer reported
    double reportedShare = 0.0;
    int totalReported = 0;
    int killsDuringSaving = 0;

    for (int run = 1; run <= 50; ++run) {
        // Mostly while saving; a few kills land during open, quick_check or the daily backup.
        // Mostly inside the save loop (a save takes 2-15 ms here); every tenth kill lands in the
        // first 80 ms: opening (a WAL left by the last kill is replayed), quick_check, the backup.
        const bool inLoop = run % 10 != 0;
        const int millis = static_cast<int>(rng() % (inLoop ? 60 : 80));
        std::istringstream lines(runAndKill(dir.path(), run, inLoop, millis));
        std::int64_t lastSeqThisRun = -1;
        for (std::string line; std::getline(lines, line);) {
            if (lines.eof())
                break; // a line cut by the kill was not reported
            long long noteId = 0;
            int r = 0;
            long long seq = 0;
            char question[32] = {};
            unsigned long long hash = 0;
            double share = 0;
            if (std::sscanf(line.c_str(), "N %lld %d %lld %31s %llu", &noteId, &r, &seq, question, &hash) ==
                5) {
                latest[question] = {r, seq, static_cast<std::uint64_t>(hash)};
                lastSeqThisRun = seq;
                ++totalReported;
            } else if (line.rfind("P ", 0) == 0 &&
                       std::from_chars(line.data() + 2, line.data() + line.size(), share).ec == std::errc()) {
                reportedShare = std::max(reportedShare, share); // not sscanf: no locale in the protocol
            }
        }
        killsDuringSaving += lastSeqThisRun >= 0;

        auto opened = Store::open(dir.path());
        INFO("run " << run << ": " << opened.error);
        REQUIRE(opened.ok());
        CHECK(opened.messages.empty()); // no damage, no restore from a backup
        auto& store = *opened.store;
        REQUIRE(store.integrityCheck().value == "ok");

        auto participant = store.participants().findByName("Crash");
        if (latest.empty() && !(participant.ok() && *participant.value))
            continue; // killed before the first save of all
        REQUIRE(participant.value->has_value());
        const auto pid = (*participant.value)->id;
        auto notes = store.notes().loadForBundle(pid, "crash.bundle");
        REQUIRE(notes.ok());
        std::map<std::string, std::string> stored;
        for (const auto& n : *notes.value)
            stored[n.questionId] = n.text;

        std::optional<std::string> adopted;
        for (const auto& [question, text] : stored) {
            const auto origin = parseCrashText(text);
            INFO("run " << run << ", question " << question);
            REQUIRE(origin);
            // Every stored text is whole: exactly what the writer generated for it.
            CHECK(text == crashText(origin->first, origin->second));
            const auto it = latest.find(question);
            if (it != latest.end() && *origin == std::make_pair(it->second.run, it->second.seq)) {
                CHECK(textHash(text) == it->second.hash);
                continue;
            }
            // Otherwise it must be the one save committed just before the kill, not yet printed.
            INFO("reported: " << (it == latest.end() ? std::string("nothing")
                                                     : std::to_string(it->second.run) + "/" +
                                                           std::to_string(it->second.seq)));
            CHECK(origin->first == run);
            CHECK(origin->second == lastSeqThisRun + 1);
            CHECK(crashQuestion(run, origin->second) == question);
            CHECK_FALSE(adopted); // at most one such save per kill
            adopted = question;
        }
        for (const auto& entry : latest) {
            INFO("run " << run << ": reported note for " << entry.first << " is missing");
            CHECK(stored.count(entry.first) == 1);
        }
        // From now on the committed-but-unreported text is what must survive.
        if (adopted) {
            const auto origin = parseCrashText(stored[*adopted]);
            latest[*adopted] = {origin->first, origin->second, textHash(stored[*adopted])};
        }
        auto film = store.progress().stepProgress(pid, {"crash.bundle", "m1", "film"});
        REQUIRE(film.ok());
        if (reportedShare > 0) {
            REQUIRE(film.value->has_value());
            CHECK((*film.value)->watchedShare >= reportedShare - 1e-9);
        }
    }
    INFO("reported saves: " << totalReported << ", kills with saves in them: " << killsDuringSaving);
    CHECK(totalReported >= 45);
    CHECK(killsDuringSaving >= 45);
}
