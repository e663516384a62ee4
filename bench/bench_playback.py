#!/usr/bin/env python3
"""Film playback cost of Reflekt against VLC and mpv, side by side in one run (issue 16).

    bench/bench_playback.py [--rounds 3] [--seconds 12] [--reflekt build/src/app/reflekt]
                            [--films sample,1080p] [--keep]

Films: `sample` is modules/sv-interkulturell/media/kultur-identitet.mp4 (1280x720, 10 fps);
`1080p` is a 15 s 1920x1080 30 fps H.264 + AAC film (ffmpeg testsrc2 + a sine tone) that the
script makes once in /tmp/reflekt-bench-cache and reuses; any other entry is taken as a file path.

Each round plays every film for --seconds in Reflekt, VLC and mpv, one after the other (R V M
R V M ...), then times each player to its first frame. Figures per player and film: the median
over the rounds with min-max of
  cpu-s      user+sys CPU of the player's whole process tree (os.wait4 of the process, which
             includes every descendant it reaped), start to exit;
  peak-MB    ru_maxrss of the process (the largest process of its tree);
  X-cpu-s    CPU the Xvfb server spent meanwhile (software output pushes the pixels through it;
             not counted in cpu-s, for any player);
  first-s    whole process, start to exit, showing the first frame: Reflekt
             --bench-first-frame FILE (its own figure, from process start, is printed too),
             mpv --frames=1, VLC --stop-time=0.1 (VLC has no frame count: approximate);
  its-cpu    the CPU of that first-frame run: what starting and stopping cost, in cpu-s too.
Reflekt's frame counts come from its `frames [rate R] expected E delivered D painted P ...`
line (n/a when the build does not print it): expected = the film's rate times the time played,
delivered = frames the decoder handed over, painted = frames drawn.

Same treatment for all three: one Xvfb of our own (1920x1080x24, no window manager, access
control off for its lifetime so that VLC's user reaches it), X11 software output
(Reflekt: Qt xcb, its own canvas; mpv --vo=x11; VLC --vout=xcb_x11), software decoding, a
1280x720 video area (Reflekt's bench window is 1280x800 with its controls; mpv --autofit,
VLC --zoom), audio decoded and dropped: mpv --ao=null, VLC --aout=adummy, and Reflekt's Qt
audio output falls back to a GStreamer fakesink when there is no sound device (the header says
when there is one). VLC refuses to run as root: as root, the script runs it as `nobody` through
setpriv (no intermediate process), with the films copied 0644 into the cache folder.
Reflekt runs from a copy of the binary taken at the start (a build may relink it meanwhile),
with REFLEKT_DATA_DIR in a temporary folder, so the user's settings are untouched.

Prints figures, never passes or fails on them: exit 0 when every run ran, 1 when one failed,
2 when a tool is missing. Needs `scripts/deps.sh tools` (ffmpeg, mpv, VLC, Xvfb).
Aims (issue 16): CPU <= 1.5x VLC's, peak memory <= 1.3x VLC's, no dropped frames at 1080p30,
first frame ahead of mpv and VLC. See docs/performance.md.
"""

import argparse
import functools
import glob
import os
import pwd
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "modules/sv-interkulturell/media/kultur-identitet.mp4")
CACHE = "/tmp/reflekt-bench-cache"
FILM_1080 = "testsrc2-1920x1080-30fps-15s.mp4"
AREA = (1280, 720)  # the video area every player gets
PLAYERS = ["Reflekt", "VLC", "mpv"]
# bench_media_floor (bench/media/): Qt Multimedia alone playing the film, nothing drawn. Reflekt
# cannot go below it while it plays through Qt Multimedia; shown when built.
FLOOR = "Qt floor"
# --before PATH: an earlier Reflekt build, played in the same rounds (docs/performance.md's before/after).
BEFORE = "Reflekt before"
NUM = r"([0-9]+(?:[.,][0-9]+)?)"  # Reflekt prints with the C library's locale: 12,0 under sv_SE


def fail(code, message):
    print("bench_playback: " + message, file=sys.stderr)
    sys.exit(code)


def num(text):
    return float(text.replace(",", "."))


def check_tools(reflekt):
    missing = [t for t in ("ffmpeg", "ffprobe", "mpv", "cvlc", "Xvfb") if not shutil.which(t)]
    if not glob.glob("/usr/lib/*/vlc/plugins/video_output/libxcb_x11_plugin.so"):
        missing.append("VLC's xcb_x11 output (vlc-plugin-video-output)")
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        missing.append("setpriv (util-linux)")
    if missing:
        fail(2, "missing: " + ", ".join(missing) + ". Run scripts/deps.sh tools")
    if not os.access(reflekt, os.X_OK):
        fail(2, f"no Reflekt binary at {reflekt}: build it (scripts/build.sh) or pass --reflekt PATH")


def cached_copy(src):
    """The film in the cache folder, readable by VLC's user; copied again when it changed."""
    dst = os.path.join(CACHE, os.path.basename(src))
    st = os.stat(src)
    if not os.path.exists(dst) or os.path.getsize(dst) != st.st_size or os.path.getmtime(dst) < st.st_mtime:
        shutil.copyfile(src, dst + ".part")
        os.chmod(dst + ".part", 0o644)
        os.replace(dst + ".part", dst)
    return dst


def make_1080p():
    dst = os.path.join(CACHE, FILM_1080)
    if os.path.exists(dst):
        return dst
    print(f"making {dst} with ffmpeg (once, about a minute) ...", flush=True)
    part = dst + ".part.mp4"
    subprocess.run(["nice", "ffmpeg", "-nostdin", "-loglevel", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc2=size=1920x1080:rate=30:duration=15",
                    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=15",
                    "-c:v", "libx264", "-preset", "medium", "-pix_fmt", "yuv420p",
                    "-c:a", "aac", "-b:a", "128k", "-shortest", "-movflags", "+faststart", part],
                   check=True)
    os.chmod(part, 0o644)
    os.replace(part, dst)
    return dst


@functools.lru_cache(maxsize=None)
def video_size(path):
    out = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                          "stream=width,height", "-of", "csv=p=0", path],
                         check=True, capture_output=True, text=True).stdout
    w, h = out.strip().split(",")[:2]
    return int(w), int(h)


def films_from(spec):
    films = []
    for name in [s for s in spec.split(",") if s]:
        if name == "sample":
            films.append(("sample", cached_copy(SAMPLE)))
        elif name == "1080p":
            films.append(("1080p", make_1080p()))
        elif os.path.isfile(name):
            films.append((os.path.splitext(os.path.basename(name))[0], cached_copy(name)))
        else:
            fail(2, f"unknown film {name!r}: sample, 1080p or a file path")
    return films


class Xvfb:
    def __init__(self):
        n = 97
        while os.path.exists(f"/tmp/.X{n}-lock") or os.path.exists(f"/tmp/.X11-unix/X{n}"):
            n += 1
        self.display = f":{n}"
        self.proc = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1920x1080x24",
                                      "-nolisten", "tcp", "-ac"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if os.path.exists(f"/tmp/.X11-unix/X{n}"):
                time.sleep(0.2)
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        fail(1, f"Xvfb {self.display} did not start")

    def cpu(self):
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


class Bench:
    def __init__(self, args, work, xvfb):
        self.args, self.work, self.xvfb = args, work, xvfb
        self.failures = 0
        # No session bus for any of them: nothing spawns dbus-launch into a player's tree.
        self.env = dict(os.environ, DISPLAY=xvfb.display, DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent")
        self.env.pop("WAYLAND_DISPLAY", None)
        runtime = os.path.join(work, "runtime")
        os.makedirs(runtime, mode=0o700)
        self.reflekt_env = dict(self.env, QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=runtime,
                                REFLEKT_DATA_DIR=os.path.join(work, "reflekt-data"))
        self.vlc_prefix = []
        vlc_home = os.path.join(work, "vlc-home")
        vlc_runtime = os.path.join(work, "vlc-runtime")
        os.makedirs(vlc_home)
        os.makedirs(vlc_runtime, mode=0o700)
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            for d in (vlc_home, vlc_runtime):
                os.chown(d, nobody.pw_uid, nobody.pw_gid)
            self.vlc_prefix = ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}",
                               "--clear-groups", "--"]
        self.vlc_env = dict(self.env, HOME=vlc_home, XDG_RUNTIME_DIR=vlc_runtime)
        self.runs = 0

    def command(self, player, film, seconds):
        """seconds None: the first-frame run."""
        w, h = video_size(film)
        if player == FLOOR:
            return [self.args.floor, film, f"{seconds:g}"], self.reflekt_env
        if player in ("Reflekt", BEFORE):
            cmd = [self.args.reflekt if player == "Reflekt" else self.args.before, "--bench-first-frame", film]
            return cmd + (["--bench-play-seconds", f"{seconds:g}"] if seconds else []), self.reflekt_env
        if player == "mpv":
            cmd = ["mpv", "--no-config", "--vo=x11", "--ao=null", "--hwdec=no", "--really-quiet",
                   f"--autofit={AREA[0]}x{AREA[1]}"]
            return cmd + ([f"--end={seconds:g}"] if seconds else ["--frames=1"]) + [film], self.env
        zoom = min(AREA[0] / w, AREA[1] / h)
        cmd = self.vlc_prefix + ["cvlc", "--intf", "dummy", "--aout=adummy", "--vout=xcb_x11",
                                 "--avcodec-hw=none", "--no-video-title-show", "--no-osd",
                                 f"--zoom={zoom:.4f}", "--play-and-exit",
                                 f"--stop-time={seconds:g}" if seconds else "--stop-time=0.1"]
        return cmd + [film], self.vlc_env

    def screenshot(self, png):
        """With --keep: the screen half-way through each played run, to see that all three drew."""
        subprocess.Popen(f"xwd -root -silent -display {self.xvfb.display} | convert xwd:- -resize 50% {png}",
                         shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).wait()
        return False

    def run(self, player, film, seconds):
        cmd, env = self.command(player, film, seconds)
        self.runs += 1
        log = os.path.join(self.work, "logs", f"{self.runs:03d}-{player}-{os.path.basename(film)}")
        limit = (seconds or 5) + 60
        shot = bool(seconds) and self.args.keep and shutil.which("xwd") and shutil.which("convert")
        with open(log + ".out", "w") as out, open(log + ".err", "w") as err:
            x0 = self.xvfb.cpu()
            t0 = time.monotonic()
            try:
                proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                        start_new_session=True)
            except OSError as e:  # e.g. the binary is being relinked
                print(f"  {player} did not start: {e}", file=sys.stderr)
                self.failures += 1
                return None
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.monotonic() - t0 > limit:
                    os.killpg(proc.pid, 9)
                if shot and time.monotonic() - t0 > seconds / 2:
                    shot = self.screenshot(log + ".png")
                time.sleep(0.01)
            wall = time.monotonic() - t0
            xcpu = self.xvfb.cpu() - x0
        proc.returncode = os.waitstatus_to_exitcode(status)
        with open(log + ".out") as f:
            text = f.read()
        result = {"cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024.0,
                  "wall": wall, "xcpu": xcpu}
        ok = proc.returncode == 0
        if player in ("Reflekt", BEFORE):
            m = re.search(r"first-frame-ms (-?\d+) since-main-ms (\d+)", text)
            ok = ok and m is not None
            if m:
                result["own_ms"] = int(m.group(1))
            if seconds:
                m = re.search(r"played-seconds \S+ position " + NUM, text)
                ok = ok and m is not None
                result["position"] = num(m.group(1)) if m else None
                result["frames"], result["path"] = frame_counts(text)
        if not ok:
            self.failures += 1
            with open(log + ".err") as f:
                tail = f.read()[-800:]
            print(f"  {player} failed (exit {proc.returncode}) on {film}:\n{text[-400:]}{tail}",
                  file=sys.stderr)
            return None
        return result


def frame_counts(text):
    """`frames [rate R] expected E delivered D painted P [direct yes|no]`: ((E, D, P), extra) or (None, "")."""
    m = re.search(r"^frames (.*)$", text, re.M)
    if not m:
        return None, ""
    words = m.group(1).split()
    pairs = dict(zip(words[0::2], words[1::2]))
    try:
        counts = tuple(int(pairs[k]) for k in ("expected", "delivered", "painted"))
    except (KeyError, ValueError):
        return None, ""
    extra = " ".join(f"{k} {v}" for k, v in pairs.items() if k not in ("expected", "delivered", "painted"))
    return counts, extra


def spread(values, fmt="{:.2f}"):
    if not values:
        return "n/a"
    return (fmt + " ({}-{})").format(statistics.median(values), fmt.format(min(values)),
                                      fmt.format(max(values)))


def med(rows, key):
    vals = [r[key] for r in rows if r and r.get(key) is not None]
    return statistics.median(vals) if vals else None


def ratio(a, b):
    return f"{a / b:.2f}x" if a and b else "n/a"


def report(films, play, first, args):
    print(f"\n{args.seconds:g} s played per run, {args.rounds} rounds, median (min-max)\n")
    w = max([8] + [len(n) for n, _ in films])
    head = f"{'film':<{w}} {'player':<14} {'cpu-s':<20} {'peak-MB':<20} {'X-cpu-s':<8} {'first-s':<18} {'its-cpu':<8} " \
           f"{'cpu/VLC':>8} {'cpu/mpv':>8} {'mem/VLC':>8} {'mem/mpv':>8}"
    print(head)
    print("-" * len(head))
    for name, _ in films:
        for p in PLAYERS:
            rows = [r for r in play[name][p] if r]
            ff = [r["wall"] for r in first[name][p] if r]
            xcpu = med(rows, "xcpu")
            ffcpu = med(first[name][p], "cpu")
            line = f"{name:<{w}} {p:<14} {spread([r['cpu'] for r in rows]):<20} " \
                   f"{spread([r['rss'] for r in rows], '{:.0f}'):<20} " \
                   f"{(f'{xcpu:.1f}' if xcpu is not None else 'n/a'):<8} {spread(ff):<18} " \
                   f"{(f'{ffcpu:.2f}' if ffcpu is not None else 'n/a'):<8}"
            if p == "Reflekt":
                line += " " + " ".join(f"{ratio(med(rows, k), med(play[name][q], k)):>8}"
                                       for k in ("cpu", "rss") for q in ("VLC", "mpv"))
            print(line)
    print("\nReflekt per round: own first-frame figure (ms from process start), position reached, "
          "frames expected/delivered/painted")
    for name, _ in films:
        own = [r["own_ms"] for r in first[name]["Reflekt"] if r and "own_ms" in r]
        rounds = []
        for r in play[name]["Reflekt"]:
            if not r:
                rounds.append("failed")
                continue
            fr = "/".join(map(str, r["frames"])) if r.get("frames") else "n/a"
            fr += f" ({r['path']})" if r.get("path") else ""
            pos = f"{r['position']:.1f} s" if r.get("position") is not None else "n/a"
            rounds.append(f"{pos}, frames {fr}")
        print(f"  {name:<8} first frame {spread(own, '{:.0f}')} ms; " + "; ".join(rounds))
    if FLOOR in PLAYERS:
        print("\nAbove Qt Multimedia's own floor (the same film played by a bare QMediaPlayer, nothing drawn)")
        for name, _ in films:
            rows = play[name]
            r_cpu, f_cpu = med(rows["Reflekt"], "cpu"), med(rows[FLOOR], "cpu")
            r_rss, f_rss = med(rows["Reflekt"], "rss"), med(rows[FLOOR], "rss")
            if r_cpu and f_cpu and r_rss and f_rss:
                print(f"  {name:<8} CPU {r_cpu - f_cpu:+.2f} s, peak memory {r_rss - f_rss:+.0f} MB; the floor "
                      f"itself is {ratio(f_cpu, med(rows['VLC'], 'cpu'))} VLC's CPU and "
                      f"{ratio(f_rss, med(rows['VLC'], 'rss'))} its memory")
    print("\nAims (issue 16)")
    for name, _ in films:
        rows = play[name]
        for key, label, aim in (("cpu", "CPU", 1.5), ("rss", "peak memory", 1.3)):
            r, v = med(rows["Reflekt"], key), med(rows["VLC"], key)
            if r and v:
                verdict = "met" if r / v <= aim else "not met"
                print(f"  {name:<8} {label} <= {aim}x VLC's: {r / v:.2f}x, {verdict}")
        fr = [r["frames"] for r in rows["Reflekt"] if r and r.get("frames")]
        if fr:
            short = [max(0, e - p) for e, _, p in fr]  # painted fewer than the film's rate asks
            lost = [max(0, d - p) for _, d, p in fr]  # delivered by the decoder, never painted
            verdict = "met" if max(short) <= 1 and max(lost) <= 1 else "not met"
            print(f"  {name:<8} no dropped frames: short of expected {short}, delivered but not painted "
                  f"{lost} per round (1 frame of slack at the ends), {verdict}")
        else:
            print(f"  {name:<8} no dropped frames: not measured (no frames line from Reflekt)")
        fr_r = statistics.median([r["wall"] for r in first[name]["Reflekt"] if r] or [0]) or None
        peers = [statistics.median([r["wall"] for r in first[name][p] if r] or [0]) for p in ("VLC", "mpv")]
        if fr_r and all(peers):
            verdict = "met" if fr_r < min(peers) else "not met"
            print(f"  {name:<8} first frame ahead of VLC and mpv: {fr_r:.2f} s against "
                  f"{peers[0]:.2f} s (VLC, approximate) and {peers[1]:.2f} s (mpv), {verdict}")


def versions():
    def first_line(cmd):
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=20).stdout
            return out.splitlines()[0] if out else "?"
        except (OSError, subprocess.TimeoutExpired):
            return "?"
    vlc = first_line(["dpkg-query", "-W", "-f", "${Version}", "vlc-bin"])
    return f"{' '.join(first_line(['mpv', '--version']).split()[:2])}; VLC {vlc}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=12.0)
    ap.add_argument("--reflekt", default=os.path.join(ROOT, "build/src/app/reflekt"))
    ap.add_argument("--films", default="sample,1080p")
    ap.add_argument("--keep", action="store_true", help="keep the work folder (every run's output)")
    ap.add_argument("--before", help="an earlier Reflekt binary to play in the same rounds")
    ap.add_argument("--floor", default=os.path.join(ROOT, "build/bench/bench_media_floor"),
                    help="Qt Multimedia alone (bench/media/bench_media_floor.cpp), when built")
    args = ap.parse_args()
    if args.rounds < 1 or args.seconds <= 0:
        ap.error("--rounds must be at least 1 and --seconds above 0")
    args.reflekt = os.path.abspath(args.reflekt)
    if os.access(args.floor, os.X_OK):
        PLAYERS.append(FLOOR)
    if args.before:
        args.before = shutil.copy2(os.path.abspath(args.before), tempfile.mkdtemp(prefix="reflekt-before-"))
        PLAYERS.append(BEFORE)
    check_tools(args.reflekt)
    os.makedirs(CACHE, exist_ok=True)
    os.chmod(CACHE, 0o755)
    films = films_from(args.films)
    work = tempfile.mkdtemp(prefix="reflekt-bench-")
    os.chmod(work, 0o755)
    os.makedirs(os.path.join(work, "logs"))
    sound = os.path.exists("/dev/snd") or os.path.exists(f"/run/user/{os.getuid()}/pulse/native")
    print(f"Reflekt {args.reflekt} (built {time.strftime('%Y-%m-%d %H:%M', time.localtime(os.path.getmtime(args.reflekt)))})")
    print(f"{versions()}; {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start")
    print("audio: " + ("a sound device exists: Reflekt may play to it, the peers drop audio (not quite fair)"
                       if sound else "no sound device: all three decode audio and drop it"))
    # Play a copy: a build that relinks the binary mid-run must not break the run or mix two builds.
    while time.time() - os.path.getmtime(args.reflekt) < 5:
        time.sleep(1)
    args.reflekt = shutil.copy2(args.reflekt, os.path.join(work, "reflekt"))
    xvfb = Xvfb()
    try:
        bench = Bench(args, work, xvfb)
        play = {n: {p: [] for p in PLAYERS} for n, _ in films}
        first = {n: {p: [] for p in PLAYERS} for n, _ in films}
        for rnd in range(1, args.rounds + 1):
            for name, path in films:
                print(f"round {rnd}/{args.rounds}: {name} ...", flush=True)
                for p in PLAYERS:
                    play[name][p].append(bench.run(p, path, args.seconds))
                for p in PLAYERS:
                    first[name][p].append(bench.run(p, path, None) if p != FLOOR else None)
    finally:
        xvfb.stop()
    print(f"load average {os.getloadavg()[0]:.1f} at end; display {xvfb.display}")
    report(films, play, first, args)
    if args.keep:
        print(f"\nevery run's output: {work}/logs")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if bench.failures else 0


if __name__ == "__main__":
    sys.exit(main())
