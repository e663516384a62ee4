"""Film scripts for make-films.py: parsing, and the WebVTT caption writer.

Script format (one instruction a line, blank lines and # comments ignored):
    title: <film title>
    voice: sv                      espeak-ng voice (sv, nb, or e.g. sv+f3)
    chapter: <title> [| <English title>]   starts a chapter at the next slide
    slide: title | <big title> | <subtitle>
    slide: points | <heading> | <point 1> ; <point 2> ; ...
    slide: quote | <quote text> | <who>
    say: <one sentence of narration: one caption cue>
    en: <English translation of the say line above>   (optional)
"""

import math
import re

KINDS = ("title", "points", "quote")
MAX_LINE = 42


class ScriptError(Exception):
    pass


def parse(path):
    """Read a script into {title, voice, language, slides: [{kind, fields, chapter, lines}]}."""
    film = {"title": "", "voice": "", "slides": []}
    pending_chapter = None
    last_line = None
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            where = f"{path}:{number}"
            key, sep, value = line.partition(":")
            key, value = key.strip().lower(), value.strip()
            if not sep or key not in ("title", "voice", "chapter", "slide", "say", "en"):
                raise ScriptError(f"{where}: expected 'key: value' with a known key, got: {line}")
            if not value:
                raise ScriptError(f"{where}: '{key}:' has no text")
            if key in ("title", "voice"):
                film[key] = value
            elif key == "chapter":
                title, _, english = (p.strip() for p in value.partition("|"))
                pending_chapter = {"title": title, "en": english}
            elif key == "slide":
                fields = [p.strip() for p in value.split("|")]
                if fields[0].lower() not in KINDS:
                    raise ScriptError(f"{where}: slide kind must be one of {', '.join(KINDS)}")
                if len(fields) < 2 or not fields[1]:
                    raise ScriptError(f"{where}: slide has no text after its kind")
                film["slides"].append({"kind": fields[0].lower(), "fields": fields[1:],
                                       "chapter": pending_chapter, "lines": [], "where": where})
                pending_chapter = None
                last_line = None
            elif key == "say":
                if not film["slides"]:
                    raise ScriptError(f"{where}: 'say:' before the first slide")
                last_line = {"text": value, "en": ""}
                film["slides"][-1]["lines"].append(last_line)
            else:
                if last_line is None or last_line["en"]:
                    raise ScriptError(f"{where}: 'en:' must follow its own 'say:' line")
                last_line["en"] = value
    if not film["slides"]:
        raise ScriptError(f"{path}: no slides")
    if not film["voice"]:
        raise ScriptError(f"{path}: no 'voice:' line")
    if pending_chapter:
        raise ScriptError(f"{path}: the last 'chapter:' has no slide after it")
    film["language"] = re.split(r"[+-]", film["voice"])[0]
    lines = [ln for s in film["slides"] for ln in s["lines"]]
    film["hasEnglish"] = bool(lines) and all(ln["en"] for ln in lines)
    film["warnings"] = []
    if any(ln["en"] for ln in lines) and not film["hasEnglish"]:
        missing = sum(1 for ln in lines if not ln["en"])
        film["warnings"].append(f"{path}: {missing} of {len(lines)} say lines have no 'en:' "
                                "line, so no English captions are made")
    return film


# --- WebVTT ---------------------------------------------------------------------------------

def wrap_two(words):
    """Split words into at most two balanced lines of MAX_LINE chars, or None if impossible."""
    text = " ".join(words)
    if len(text) <= MAX_LINE:
        return [text]
    best = None
    for i in range(1, len(words)):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        if len(a) <= MAX_LINE and len(b) <= MAX_LINE:
            score = abs(len(a) - len(b)) - (6 if a.endswith((",", ";", ":")) else 0)
            if best is None or score < best[0]:
                best = (score, [a, b])
    return best[1] if best else None


def split_cue(text):
    """Break one sentence into cue texts of at most two lines each."""
    words = text.split()
    if not words:
        return []
    for count in range(max(1, math.ceil(len(text) / (2 * MAX_LINE - 6))), len(words) + 1):
        target = len(text) / count
        chunks, current = [], []
        for w in words:
            if current and len(" ".join(current + [w])) > target * 1.15 and len(chunks) < count - 1:
                chunks.append(current)
                current = []
            current.append(w)
            soft = current[-1].endswith((",", ";", ":", "."))
            if soft and len(" ".join(current)) >= target * 0.7 and len(chunks) < count - 1:
                chunks.append(current)
                current = []
        if current:
            chunks.append(current)
        wrapped = [wrap_two(c) for c in chunks]
        if all(wrapped):
            return ["\n".join(w) for w in wrapped]
    return [text]  # a single word longer than two lines: leave it to the player


def stamp(seconds):
    ms = round(seconds * 1000)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def cues_for(text, start, end):
    """Cues for one spoken line, the time shared by character count."""
    parts = split_cue(text)
    total = sum(len(p) for p in parts) or 1
    cues, t = [], start
    for i, p in enumerate(parts):
        t_end = end if i == len(parts) - 1 else t + (end - start) * len(p) / total
        cues.append((t, t_end, p))
        t = t_end
    return cues


def write_vtt(path, timed_lines, key):
    """timed_lines: [(start, end, line dict)]; key 'text' (narration) or 'en'."""
    out = ["WEBVTT", ""]
    n = 0
    for start, end, line in timed_lines:
        for s, e, text in cues_for(line[key], start, end):
            n += 1
            out += [str(n), f"{stamp(s)} --> {stamp(e)}", escape(text), ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def check_vtt(path):
    """Problems with a WebVTT file (empty list when it parses and its times increase)."""
    problems = []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("WEBVTT"):
        return [f"{path}: does not start with WEBVTT"]
    pattern = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")
    last_start, cues = -1.0, 0
    for line in text.splitlines():
        if "-->" not in line:
            continue
        m = pattern.match(line)
        if not m:
            problems.append(f"{path}: bad timing line: {line}")
            continue
        v = [int(x) for x in m.groups()]
        s = v[0] * 3600 + v[1] * 60 + v[2] + v[3] / 1000
        e = v[4] * 3600 + v[5] * 60 + v[6] + v[7] / 1000
        if not e > s or s < last_start:
            problems.append(f"{path}: times do not increase at: {line}")
        last_start, cues = s, cues + 1
    if cues == 0:
        problems.append(f"{path}: no cues")
    return problems
