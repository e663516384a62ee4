"""Sound and video for make-films.py: espeak-ng narration, one WAV timeline, ffmpeg assembly.

The timeline is built sample-exactly in Python: every slide lasts a whole number of video
frames, so the pictures and the narration can never drift apart, and the caption times are the
measured start and end of each spoken line.
"""

import array
import json
import os
import subprocess
import wave

FPS = 10
RATE = 150            # espeak-ng words per minute: calm, clear
AMPLITUDE = 80        # espeak-ng's default 100 peaks at full scale, which AAC then clips
LEAD_IN = 0.8         # silence before the first line
GAP = 0.45            # between two lines on the same slide
SLIDE_TAIL = 0.9      # after the last line of a slide
END_TAIL = 1.6        # extra hold on the last slide
SILENT_SLIDE = 3.0    # a slide without narration
THRESHOLD = 300       # amplitude that counts as speech when trimming espeak's silences


def synthesize(text, voice, workdir, index):
    """Speak one line with espeak-ng; returns (sample rate, mono 16-bit samples)."""
    txt = os.path.join(workdir, f"line{index:03d}.txt")
    wav = os.path.join(workdir, f"line{index:03d}.wav")
    with open(txt, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(RATE), "-a", str(AMPLITUDE), "-b", "1",
                    "-f", txt, "-w", wav], check=True, capture_output=True)
    with wave.open(wav, "rb") as w:
        if w.getnchannels() != 1 or w.getsampwidth() != 2:
            raise RuntimeError(f"espeak-ng wrote an unexpected WAV format: {wav}")
        rate = w.getframerate()
        samples = array.array("h", w.readframes(w.getnframes()))
    return rate, trim(samples, rate)


def trim(samples, rate):
    """Cut espeak's leading and trailing silence, keeping a short natural margin."""
    loud = [i for i in range(0, len(samples), 32) if abs(samples[i]) > THRESHOLD]
    if not loud:
        return samples
    first = max(0, loud[0] - int(0.03 * rate))
    last = min(len(samples), loud[-1] + 32 + int(0.06 * rate))
    return samples[first:last]


def build_timeline(film, workdir):
    """Speak every line; returns (wav path, [slide seconds], [slide start], [(start, end, line)])."""
    pcm = array.array("h")
    rate = None
    timed, durations, starts = [], [], []
    index = 0
    for s_index, slide in enumerate(film["slides"]):
        slide_start = len(pcm)
        spoken = []
        for j, line in enumerate(slide["lines"]):
            index += 1
            line_rate, samples = synthesize(line["text"], film["voice"], workdir, index)
            if rate is None:
                rate = line_rate
                pcm.extend([0] * int(LEAD_IN * rate))
            elif line_rate != rate:
                raise RuntimeError("espeak-ng changed its sample rate between lines")
            spoken.append(samples)
        if rate is None:
            rate = 22050
        if s_index == 0 and not spoken and len(pcm) == 0:
            pcm.extend([0] * int(LEAD_IN * rate))
        for j, samples in enumerate(spoken):
            if j:
                pcm.extend([0] * int(GAP * rate))
            start = len(pcm) / rate
            pcm.extend(samples)
            timed.append((start, len(pcm) / rate, slide["lines"][j]))
        pcm.extend([0] * int((SLIDE_TAIL if spoken else SILENT_SLIDE) * rate))
        if s_index == len(film["slides"]) - 1:
            pcm.extend([0] * int(END_TAIL * rate))
        frame = rate // FPS
        length = len(pcm) - slide_start
        pad = (-length) % frame
        pcm.extend([0] * pad)
        starts.append(slide_start / rate)
        durations.append((length + pad) // frame / FPS)
    # A caption stays up a little after its line, never into the next one.
    settled = []
    for i, (start, end, line) in enumerate(timed):
        limit = timed[i + 1][0] - 0.05 if i + 1 < len(timed) else end + 0.5
        settled.append((start, max(end, min(end + 0.35, limit)), line))
    path = os.path.join(workdir, "narration.wav")
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path, durations, starts, settled


def encode(slide_pngs, durations, starts, wav, out_mp4):
    """H.264 (yuv420p, still-image tuning) + AAC mono MP4, bit-exact and without metadata."""
    cmd = ["ffmpeg", "-nostdin", "-y", "-loglevel", "error"]
    for png, seconds in zip(slide_pngs, durations):
        cmd += ["-loop", "1", "-framerate", str(FPS), "-t", f"{seconds:.3f}", "-i", png]
    cmd += ["-i", wav]
    n = len(slide_pngs)
    graph = "".join(f"[{i}:v]" for i in range(n)) + f"concat=n={n}:v=1:a=0,format=yuv420p[v]"
    keys = ",".join(f"{t:.3f}" for t in starts)
    cmd += ["-filter_complex", graph, "-map", "[v]", "-map", f"{n}:a",
            "-c:v", "libx264", "-preset", "slow", "-tune", "stillimage", "-crf", "27",
            "-profile:v", "high", "-r", str(FPS), "-g", str(20 * FPS), "-force_key_frames", keys,
            "-threads", "2",
            "-c:a", "aac", "-b:a", "48k", "-ac", "1", "-ar", "44100",
            "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
            "-map_metadata", "-1", "-map_chapters", "-1", "-movflags", "+faststart", out_mp4]
    subprocess.run(cmd, check=True)


def probe(path):
    """(duration seconds, {codec_type: stream info}) from ffprobe."""
    out = subprocess.run(["ffprobe", "-v", "error", "-show_format", "-show_streams", "-of", "json",
                          path], check=True, capture_output=True, text=True).stdout
    info = json.loads(out)
    streams = {s["codec_type"]: s for s in info.get("streams", [])}
    return float(info["format"]["duration"]), streams


def check_film(path):
    """Problems that would stop the player (empty list when the film is H.264/AAC yuv420p)."""
    try:
        _, streams = probe(path)
    except (subprocess.CalledProcessError, KeyError, ValueError) as e:
        return [f"{path}: ffprobe failed: {e}"]
    problems = []
    video, audio = streams.get("video", {}), streams.get("audio", {})
    if video.get("codec_name") != "h264" or video.get("pix_fmt") != "yuv420p":
        problems.append(f"{path}: video is {video.get('codec_name')}/{video.get('pix_fmt')}, "
                        "not h264/yuv420p")
    if audio.get("codec_name") != "aac":
        problems.append(f"{path}: audio is {audio.get('codec_name')}, not aac")
    return problems
