#!/usr/bin/env python3
"""Make the sample packages' films from plain-text film scripts.

    tools/make-films.py modules/sv-interkulturell tools/films/sv-interkulturell
    tools/make-films.py --all                   every tools/films/<pkg> with a modules/<pkg>
    tools/make-films.py --only <id> PKG SCRIPTS  just one film (hashes still cover all media)
    tools/make-films.py --check [PKG ...]       verify films, captions, durations and hashes

Per script <id>.txt it writes media/<id>.mp4, media/<id>.<lang>.vtt (and .en.vtt when the script
has English lines) and a poster; per package media/cover.png. It then updates bundle.json: for
the film step whose video is media/<id>.mp4 it sets durationSeconds, chapters and captions, and
it sets the top-level sha256 map. Nothing else in bundle.json changes. See tools/README.md.
"""

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # keep tools/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import film_media  # noqa: E402
import film_script  # noqa: E402
import film_slides  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = {
    "sv": {"sv": "Svenska", "nb": "Svensk", "en": "Swedish"},
    "nb": {"sv": "Norska", "nb": "Norsk", "en": "Norwegian"},
    "en": {"sv": "Engelska", "nb": "Engelsk", "en": "English"},
}
MODULES_WORD = {"sv": "moduler", "nb": "moduler", "en": "modules"}


def tidy(seconds):
    """0.1 s precision; whole numbers written without a fraction."""
    value = round(seconds, 1)
    return int(value) if value == int(value) else value


def load_bundle(pkg):
    path = os.path.join(pkg, "bundle.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def film_steps(bundle):
    for module in (bundle or {}).get("modules", []):
        for step in module.get("steps", []):
            if step.get("type") == "film":
                yield module, step


def find_step(bundle, film_id):
    for _, step in film_steps(bundle):
        if step.get("video") == f"media/{film_id}.mp4":
            return step
    return None


def make_film(pkg, script_path, bundle, package_name):
    film_id = os.path.splitext(os.path.basename(script_path))[0]
    film = film_script.parse(script_path)
    for w in film["warnings"]:
        print("warning:", w, file=sys.stderr)
    lang = film["language"]
    theme = film_slides.theme_for((bundle or {}).get("defaultLanguage", lang))
    step = find_step(bundle, film_id)
    if step is None:
        print(f"warning: {pkg}/bundle.json has no film step with video media/{film_id}.mp4",
              file=sys.stderr)
    poster = (step or {}).get("poster") or f"media/{film_id}.png"
    if poster == (bundle or {}).get("cover", "media/cover.png"):
        poster = None  # the step shows the package cover: leave that to make_cover
    media = os.path.join(pkg, "media")
    os.makedirs(media, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="make-films-") as work:
        wav, durations, starts, timed = film_media.build_timeline(film, work)
        pngs, chapter = [], ""
        for i, slide in enumerate(film["slides"]):
            if slide["chapter"]:
                chapter = slide["chapter"]["title"]
            if slide["kind"] == "points" or i > 0:
                slide["kicker"] = chapter
            png = os.path.join(work, f"slide{i:03d}.png")
            film_slides.render(film_slides.slide_args(theme, slide, package_name), png)
            pngs.append(png)
        first_title = next((s for s in film["slides"] if s["kind"] == "title"), None)
        if first_title is None:  # no title slide: the poster shows the film's title
            first_title = {"kind": "title", "fields": [film["title"] or film_id, ""]}
        if poster:
            film_slides.render(film_slides.slide_args(theme, dict(first_title, kicker=""),
                                                      package_name),
                               os.path.join(pkg, poster), size="640x360")
        film_media.encode(pngs, durations, starts, wav, os.path.join(media, f"{film_id}.mp4"))
    tracks = [(lang, "text")] + ([("en", "en")] if film["hasEnglish"] else [])
    captions = []
    for track_lang, key in tracks:
        rel = f"media/{film_id}.{track_lang}.vtt"
        film_script.write_vtt(os.path.join(pkg, rel), timed, key)
        captions.append({"language": track_lang, "file": rel,
                         "label": LABELS.get(track_lang, {track_lang: track_lang})})
    chapters = []
    for slide, start in zip(film["slides"], starts):
        if slide["chapter"]:
            title = {lang: slide["chapter"]["title"]}
            if slide["chapter"]["en"]:
                title["en"] = slide["chapter"]["en"]
            chapters.append({"start": tidy(start), "title": title})
    duration, _ = film_media.probe(os.path.join(media, f"{film_id}.mp4"))
    print(f"{pkg}/media/{film_id}.mp4: {duration:.1f} s, {len(film['slides'])} slides, "
          f"{len(timed)} lines, {len(chapters)} chapters"
          + (", English captions" if film["hasEnglish"] else ""))
    return film_id, {"durationSeconds": tidy(duration), "chapters": chapters, "captions": captions}


def make_cover(pkg, bundle, package_name):
    lang = (bundle or {}).get("defaultLanguage", "sv")
    theme = film_slides.theme_for(lang)
    subtitle = (bundle or {}).get("audience", {}).get(lang, "")
    count = len((bundle or {}).get("modules", []))
    kicker = f"{count} {MODULES_WORD.get(lang, 'moduler')}" if count else ""
    rel = (bundle or {}).get("cover") or "media/cover.png"
    if len(subtitle) >= 90:  # a long audience line: its first clause, or nothing
        subtitle = subtitle.split(", ")[0] if len(subtitle.split(", ")[0]) < 90 else ""
    args = film_slides.title_slide(theme, package_name, subtitle, "", kicker)
    film_slides.render(args, os.path.join(pkg, rel), size="800x450")


def merge_captions(pkg, old, new):
    """Our tracks (keeping an author's label) plus any other track whose file exists."""
    by_lang = {c.get("language"): c for c in old or []}
    merged = []
    for track in new:
        previous = by_lang.get(track["language"])
        if previous and previous.get("file") == track["file"] and previous.get("label"):
            track = dict(track, label=previous["label"])
        merged.append(track)
    ours = {t["language"] for t in new}
    for track in old or []:
        if track.get("language") not in ours and os.path.exists(os.path.join(pkg, track.get("file", ""))):
            merged.append(track)
    return merged


def sha256_map(pkg, old):
    paths = set(p for p in (old or {}) if os.path.isfile(os.path.join(pkg, p)))
    media = os.path.join(pkg, "media")
    for name in os.listdir(media) if os.path.isdir(media) else []:
        if os.path.isfile(os.path.join(media, name)):
            paths.add(f"media/{name}")
    result = {}
    for rel in sorted(paths):
        with open(os.path.join(pkg, rel), "rb") as f:
            result[rel] = hashlib.sha256(f.read()).hexdigest()
    return result


def update_bundle(pkg, results):
    """Read bundle.json afresh, set only our fields, and write it back if anything changed."""
    path = os.path.join(pkg, "bundle.json")
    bundle = load_bundle(pkg)
    if bundle is None:
        return
    before = json.dumps(bundle, indent=2, ensure_ascii=False)
    english = False
    for film_id, fields in results.items():
        step = find_step(bundle, film_id)
        if step is None:
            continue
        step["durationSeconds"] = fields["durationSeconds"]
        step["chapters"] = fields["chapters"]
        english |= any(c["language"] == "en" for c in fields["captions"])
    if english and "en" not in bundle.get("languages", []):
        bundle.setdefault("languages", []).append("en")
    declared = set(bundle.get("languages", []))
    for film_id, fields in results.items():
        step = find_step(bundle, film_id)
        if step is None:
            continue
        step["captions"] = merge_captions(pkg, step.get("captions"), fields["captions"])
        for track in step["captions"]:  # labels only in declared languages: others are warned about
            label = {k: v for k, v in track.get("label", {}).items() if k in declared}
            if label:
                track["label"] = label
    bundle["sha256"] = sha256_map(pkg, bundle.get("sha256"))
    after = json.dumps(bundle, indent=2, ensure_ascii=False)
    if after != before:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(after + "\n")
        print(f"{path}: updated")


def make_package(pkg, scripts_dir, only):
    bundle = load_bundle(pkg)
    if bundle is None:
        print(f"warning: {pkg}/bundle.json does not exist: media only, no manifest update",
              file=sys.stderr)
    lang = (bundle or {}).get("defaultLanguage", "sv")
    package_name = (bundle or {}).get("title", {}).get(lang) or os.path.basename(pkg.rstrip("/"))
    scripts = sorted(f for f in os.listdir(scripts_dir) if f.endswith(".txt"))
    results = {}
    for name in scripts:
        film_id = name[:-4]
        if only and film_id not in only:
            continue
        fid, fields = make_film(pkg, os.path.join(scripts_dir, name), bundle, package_name)
        results[fid] = fields
    make_cover(pkg, bundle, package_name)
    update_bundle(pkg, results)
    return check_package(pkg)


def check_package(pkg):
    """Print each film's figures; return the problems found."""
    bundle = load_bundle(pkg)
    problems = []
    if bundle is None:
        return [f"{pkg}/bundle.json: missing"]
    for module, step in film_steps(bundle):
        video = os.path.join(pkg, step.get("video", ""))
        if not os.path.isfile(video):
            problems.append(f"{pkg}: module {module.get('id')}: film {step.get('video')} missing")
            continue
        problems += film_media.check_film(video)
        duration, _ = film_media.probe(video)
        if abs(duration - float(step.get("durationSeconds", 0))) > 0.15:
            problems.append(f"{video}: {duration:.2f} s, bundle.json says {step.get('durationSeconds')}")
        for track in step.get("captions", []):
            vtt = os.path.join(pkg, track.get("file", ""))
            problems += film_script.check_vtt(vtt) if os.path.isfile(vtt) else [f"{vtt}: missing"]
        print(f"  {module.get('id'):28} {duration:6.1f} s {os.path.getsize(video) / 1e6:6.2f} MB  "
              f"{len(step.get('chapters', []))} chapters, captions "
              f"{','.join(t.get('language', '?') for t in step.get('captions', []))}")
    for rel, digest in bundle.get("sha256", {}).items():
        full = os.path.join(pkg, rel)
        if not os.path.isfile(full):
            problems.append(f"{full}: in sha256 but missing")
            continue
        with open(full, "rb") as f:
            if hashlib.sha256(f.read()).hexdigest() != digest:
                problems.append(f"{full}: sha256 in bundle.json is stale")
    media = os.path.join(pkg, "media")
    if os.path.isdir(media):
        size = sum(os.path.getsize(os.path.join(media, n)) for n in os.listdir(media))
        print(f"  {pkg}/media: {size / 1e6:.2f} MB")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", nargs="?", help="package folder, e.g. modules/sv-interkulturell")
    parser.add_argument("scripts", nargs="?", help="script folder, e.g. tools/films/sv-interkulturell")
    parser.add_argument("--all", action="store_true", help="every tools/films/<pkg> with a modules/<pkg>")
    parser.add_argument("--only", action="append", default=[], metavar="ID", help="only this film")
    parser.add_argument("--check", nargs="*", metavar="PKG", help="only check packages")
    args = parser.parse_args()

    if args.check is not None:
        pkgs = args.check or sorted(os.path.join(ROOT, "modules", d)
                                    for d in os.listdir(os.path.join(ROOT, "modules")))
        problems = []
        for pkg in pkgs:
            print(pkg)
            problems += check_package(pkg)
    else:
        if args.all:
            films = os.path.join(ROOT, "tools", "films")
            jobs = [(os.path.join(ROOT, "modules", d), os.path.join(films, d))
                    for d in sorted(os.listdir(films))
                    if os.path.isdir(os.path.join(ROOT, "modules", d))]
        elif args.package and args.scripts:
            jobs = [(args.package, args.scripts)]
        else:
            parser.error("give PACKAGE and SCRIPTS, or --all, or --check")
        problems = []
        for pkg, scripts in jobs:
            try:
                problems += make_package(pkg, scripts, set(args.only))
            except film_script.ScriptError as e:
                problems.append(str(e))
            except subprocess.CalledProcessError as e:
                problems.append(f"{pkg}: {e.cmd[0]} failed: {(e.stderr or b'')[-400:]!r}")
    for p in problems:
        print("problem:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
