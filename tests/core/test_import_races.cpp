// Issue 14, "Nothing lost": imports of one bundle at the same time, on threads and in processes,
// and what an import that died leaves in the library.
#include "core/BundleImporter.h"
#include "core/BundlePacker.h"
#include "core/FileLock.h"

#include "test_archive_support.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <latch>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace reflekt;
using namespace reflekt::testing;
using Catch::Matchers::Contains;

namespace {

const fs::path kMinimal = fs::path(REFLEKT_TEST_DATA_DIR) / "good" / "minimal";
const std::string kId = "org.example.minimal";
const std::string kLockFile = ".import.lock";

fs::path packMinimal(const TempDir& tmp)
{
    const fs::path out = tmp / "minimal.reflekt";
    const PackResult r = packBundle(kMinimal, out);
    INFO(messages(r.problems));
    REQUIRE(r.ok());
    return out;
}

/** The library's top-level entries, lock file included: a left `.old-` or `.import-` shows here. */
std::set<std::string> topLevel(const fs::path& library)
{
    std::set<std::string> out;
    for (const auto& entry : fs::directory_iterator(library))
        out.insert(entry.path().filename().string());
    return out;
}

/** The library holds the bundle once, complete, and nothing else but the lock file. */
void checkOneCleanCopy(const fs::path& library)
{
    std::set<std::string> entries = topLevel(library);
    entries.erase(kLockFile);
    CHECK(entries == std::set<std::string>{kId});
    CHECK(listTree(library / kId) == listTree(kMinimal));
    CHECK(readFile(library / kId / "media" / "clip.mp4") == readFile(kMinimal / "media" / "clip.mp4"));
}

void makeOld(const fs::path& path)
{
    fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::hours(1));
}

} // namespace

// As in the report: 200 imports of one bundle, several at a time, into a library that starts empty
// (racing to install) and then holds it (racing to replace it). Every one must succeed.
constexpr int kWorkers = 4;
constexpr int kImportsEach = 50;

TEST_CASE("the same bundle imported on several threads at once: all succeed, one copy, nothing left",
          "[import][race]")
{
    TempDir tmp;
    const fs::path archive = packMinimal(tmp);
    const fs::path library = tmp / "library";
    std::vector<std::vector<ImportResult>> results(kWorkers);
    std::latch start(kWorkers);
    std::vector<std::thread> threads;
    for (auto& mine : results)
        threads.emplace_back([&] {
            start.arrive_and_wait();
            for (int i = 0; i < kImportsEach; ++i)
                mine.push_back(importBundle(archive, library));
        });
    for (auto& thread : threads)
        thread.join();

    int fresh = 0;
    int failed = 0;
    std::string failures;
    for (const auto& mine : results) {
        for (const ImportResult& r : mine) {
            if (!r.ok() || !r.problems.empty() || r.installedPath != library / kId) {
                ++failed;
                failures += messages(r.problems);
            } else if (!r.replacedVersion) {
                ++fresh;
            } else if (*r.replacedVersion != "1.0.0") {
                ++failed;
                failures += "replaced version \"" + *r.replacedVersion + "\"\n";
            }
        }
    }
    INFO(failures);
    CHECK(failed == 0);
    CHECK(fresh == 1); // one installed it, every other import replaced it with the same version
    checkOneCleanCopy(library);
}

TEST_CASE("the same bundle imported by several processes at once: all succeed, one copy, nothing left",
          "[import][race]")
{
    TempDir tmp;
    const fs::path archive = packMinimal(tmp);
    const fs::path library = tmp / "library";
    // The children wait on a pipe, so they all start importing when the parent closes it.
    int go[2];
    REQUIRE(::pipe(go) == 0);
    std::vector<pid_t> children;
    for (int worker = 0; worker < kWorkers; ++worker) {
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(go[1]);
            char byte = 0;
            [[maybe_unused]] const auto n = ::read(go[0], &byte, 1);
            int failed = 0;
            int fresh = 0;
            for (int i = 0; i < kImportsEach; ++i) {
                const ImportResult r = importBundle(archive, library);
                if (!r.ok() || !r.problems.empty()) {
                    ++failed;
                    for (const auto& p : r.problems)
                        std::fprintf(stderr, "process %d: %s\n", worker, p.toString().c_str());
                } else if (!r.replacedVersion) {
                    ++fresh;
                }
            }
            ::_exit(failed * 2 + fresh); // below 128: kImportsEach is 50
        }
        children.push_back(pid);
    }
    ::close(go[0]);
    ::close(go[1]);

    int failed = 0;
    int fresh = 0;
    for (const pid_t pid : children) {
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        REQUIRE(WIFEXITED(status));
        failed += WEXITSTATUS(status) / 2;
        fresh += WEXITSTATUS(status) % 2;
    }
    CHECK(failed == 0);
    CHECK(fresh == 1);
    checkOneCleanCopy(library);
}

TEST_CASE("an import clears what an import that died left behind, and puts back a version set aside",
          "[import]")
{
    TempDir tmp;
    const fs::path archive = packMinimal(tmp);
    const fs::path library = tmp / "library";
    REQUIRE(importBundle(archive, library).ok());

    // A crash mid-extraction, and one after the installed version was moved aside (twice: once
    // when the new one was already in, once before it was).
    writeFile(library / ".import-0123456789abcdef" / "media" / "clip.mp4", "half a film");
    fs::copy(kMinimal, library / ".old-00000000000000aa", fs::copy_options::recursive);
    const fs::path lost = library / ".old-00000000000000bb";
    fs::copy(kMinimal, lost, fs::copy_options::recursive);
    patchBytes(lost / "bundle.json", "org.example.minimal", "org.example.lostone");
    writeFile(lost / "notes.txt", "only copy");
    // Not ours to touch: a folder of the user's, and a staging folder newer than this process.
    fs::create_directories(library / ".old-photos");
    fs::create_directories(library / ".import-fedcba9876543210");
    for (const char* name :
         {".import-0123456789abcdef", ".old-00000000000000aa", ".old-00000000000000bb", ".old-photos"})
        makeOld(library / name);

    const ImportResult r = importBundle(archive, library);
    INFO(messages(r.problems));
    REQUIRE(r.ok());
    CHECK_THAT(messages(r.problems), Contains("put back"));
    CHECK(topLevel(library) == std::set<std::string>{kId, "org.example.lostone", kLockFile, ".old-photos",
                                                     ".import-fedcba9876543210"});
    CHECK(readFile(library / "org.example.lostone" / "notes.txt") == "only copy");
    CHECK(listTree(library / kId) == listTree(kMinimal));
}

TEST_CASE("an import waits while another holds the library, and its progress callback can cancel the wait",
          "[import]")
{
    TempDir tmp;
    const fs::path archive = packMinimal(tmp);
    const fs::path library = tmp / "library";
    fs::create_directories(library);
    FileLock other;
    REQUIRE(other.lock(library / kLockFile).empty());

    SECTION("cancelled while waiting")
    {
        const ImportResult r =
            importBundle(archive, library, {}, [](std::uint64_t, std::uint64_t) { return false; });
        CHECK_FALSE(r.ok());
        CHECK_THAT(messages(r.problems), Contains("cancelled by the user while waiting for another import"));
        CHECK(topLevel(library) == std::set<std::string>{kLockFile});
    }
    SECTION("carries on once the other is done")
    {
        std::atomic<bool> waiting = false;
        std::atomic<bool> done = false;
        ImportResult r;
        std::thread importer([&] {
            r = importBundle(archive, library, {}, [&](std::uint64_t, std::uint64_t total) {
                if (total == 0)
                    waiting = true;
                return true;
            });
            done = true;
        });
        while (!waiting && !done)
            std::this_thread::yield();
        CHECK_FALSE(done);
        CHECK(topLevel(library) == std::set<std::string>{kLockFile}); // nothing unpacked yet
        other.unlock();
        importer.join();
        INFO(messages(r.problems));
        CHECK(r.ok());
        checkOneCleanCopy(library);
    }
}

TEST_CASE("a failed import into a new library removes the folder and its lock file", "[import]")
{
    TempDir tmp;
    writeZip(tmp / "bad.reflekt", {{"readme.txt", "no bundle here"}});
    const ImportResult r = importBundle(tmp / "bad.reflekt", tmp / "library");
    CHECK_FALSE(r.ok());
    CHECK_FALSE(fs::exists(tmp / "library"));
    // ... and the next import makes both anew.
    REQUIRE(importBundle(packMinimal(tmp), tmp / "library").ok());
    checkOneCleanCopy(tmp / "library");
}

TEST_CASE("FileLock keeps a second holder out until the first lets go, also when it removed the file",
          "[import][lock]")
{
    TempDir tmp;
    const fs::path path = tmp / "x.lock";
    FileLock first;
    REQUIRE(first.lock(path).empty());
    CHECK(first.isLocked());

    FileLock second;
    int polls = 0;
    CHECK_THAT(second.lock(path, [&] { return ++polls < 3; }), Contains("cancelled"));
    CHECK(polls == 3);
    CHECK_FALSE(second.isLocked());

    // A waiter that wins the lock on a removed file must not think it holds the lock: a third
    // party that locks the new file at that path would hold it at the same time.
    std::atomic<bool> secondWaits = false;
    std::atomic<bool> secondHolds = false;
    std::string secondError;
    std::thread waiter([&] {
        secondError = second.lock(path, [&] { return secondWaits = true; });
        secondHolds = secondError.empty();
    });
    while (!secondWaits)
        std::this_thread::yield(); // now it waits on the file `first` holds
    first.removeFile();
    FileLock third;
    int thirdPolls = 0;
    REQUIRE(third.lock(path, [&] { return ++thirdPolls < 500; }).empty()); // the new file at the path
    first.unlock();
    // A bounded look, not a wait: `second` polls every 20 ms, so it would have taken the lock by now.
    for (int i = 0; i < 200 && !secondHolds; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    CHECK_FALSE(secondHolds); // still waiting, now on the file `third` holds
    third.unlock();
    waiter.join();
    CHECK(secondError.empty());
    CHECK(secondHolds);
}
