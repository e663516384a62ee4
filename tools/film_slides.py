"""Slide rendering for make-films.py: 1280x720 PNGs drawn with ImageMagick's convert.

Every slide is one convert call built from flat shapes (-draw) and wrapped text (caption:),
so the output is byte-for-byte the same for the same input (no date chunks, no gradients).
A theme gives each package its own colours and its own motif: overlapping circles for the
Swedish intercultural package (perspectives that meet), a network of nodes for the Norwegian
coordination package (actors that must be linked up).
"""

import subprocess

W, H = 1280, 720
FONT_DIR = "/usr/share/fonts/truetype/dejavu"  # fonts-dejavu-core
SANS = FONT_DIR + "/DejaVuSans.ttf"
SANS_BOLD = FONT_DIR + "/DejaVuSans-Bold.ttf"
SERIF = FONT_DIR + "/DejaVuSerif.ttf"
SERIF_BOLD = FONT_DIR + "/DejaVuSerif-Bold.ttf"

THEMES = {
    # Swedish package: navy, terracotta, sage and sand on a warm paper white.
    "sv": {
        "dark": "#23395B", "light": "#F6F2E9", "ink": "#23395B", "body": "#2B3340",
        "accents": ["#E07A5F", "#81B29A", "#F2CC8F"], "onDark": "#C9D3E2", "muted": "#707783",
        "motif": "circles",
    },
    # Norwegian package: petrol, orange, amber and sage on a cool white.
    "nb": {
        "dark": "#0F4C5C", "light": "#F3F6F4", "ink": "#0F4C5C", "body": "#24313A",
        "accents": ["#E36414", "#F6AA1C", "#9DBF9E"], "onDark": "#BFD6DA", "muted": "#6A7A80",
        "motif": "network",
    },
}


def theme_for(language):
    return THEMES.get(language, THEMES["sv"])


def escape_caption(text):
    """caption: reads percent escapes, backslash escapes and a leading @ as a file name."""
    text = text.replace("\\", "\\\\").replace("%", "%%")
    if text.startswith("@"):
        text = "\\" + text
    return text


def caption(text, font, size, width, colour):
    return ["(", "-size", f"{width}x", "-background", "none", "-fill", colour, "-font", font,
            "-stroke", "none", "-strokewidth", "1",
            "-pointsize", str(round(size)), "caption:" + escape_caption(text), ")"]


def spacer(height, width=1):
    return ["(", "-size", f"{width}x{max(1, round(height))}", "xc:none", ")"]


def bar(width, height, colour):
    return ["(", "-size", f"{width}x{height}", f"xc:{colour}", ")"]


def column(parts):
    """Stack image groups top to bottom, left aligned."""
    args = ["("]
    for p in parts:
        args += p
    return args + ["-background", "none", "-gravity", "northwest", "-append", ")"]


def measure(args):
    """Height of the image an argument group makes (one cheap convert run)."""
    out = subprocess.run(["convert"] + args + ["-format", "%h", "info:"],
                         check=True, capture_output=True, text=True).stdout
    return int(out.strip())


def words_fit(text, font, size, width):
    """True when the longest words fit the width: caption: would break them mid-word."""
    words = sorted(set(text.split()), key=len, reverse=True)[:3]
    if not words:
        return True
    cmd = ["convert", "-font", font, "-pointsize", str(round(size))]
    cmd += ["label:" + escape_caption(w) for w in words] + ["-format", "%w\n", "info:"]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return all(int(v) <= width for v in out.split())


def fit(builder, max_height, blocks=lambda scale: []):
    """Call builder(scale) with shrinking scales until its column fits max_height and no
    word of blocks(scale) -> [(text, font, size, width)] is wider than its block."""
    for scale in (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6):
        if not all(words_fit(*b) for b in blocks(scale)):
            continue
        args = builder(scale)
        h = measure(args)
        if h <= max_height:
            return args, h
    args = builder(scale)
    return args, measure(args)


def circle(cx, cy, r, fill, stroke="none", width=0):
    return ["-fill", fill, "-stroke", stroke, "-strokewidth", str(width),
            "-draw", f"circle {cx:.1f},{cy:.1f} {cx + r:.1f},{cy:.1f}"]


def mix(colour, background, fade):
    """colour moved towards background by fade (0: unchanged, 1: background)."""
    c = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(background[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * fade):02X}" for x, y in zip(c, b))


def motif(theme, cx, cy, s, on_dark=True, fade=0.0):
    """The package's illustrative mark, centred on (cx, cy), about 2*s wide; fade > 0 draws
    it as a quiet background shape."""
    base = theme["dark"] if on_dark else theme["light"]
    theme = dict(theme, accents=[mix(c, base, fade) for c in theme["accents"]],
                 onDark=mix(theme["onDark"], base, fade), dark=mix(theme["dark"], base, fade))
    a = theme["accents"]
    args = []
    if theme["motif"] == "circles":
        r = 0.58 * s
        centres = [(cx - 0.36 * s, cy - 0.22 * s), (cx + 0.36 * s, cy - 0.22 * s), (cx, cy + 0.4 * s)]
        for (x, y), colour in zip(centres, a):
            args += circle(x, y, r, colour + "C8")
        ring = theme["onDark"] if on_dark else theme["dark"]
        args += circle(cx, cy, 0.1 * s, ring)
    else:
        hub = (cx, cy)
        nodes = [(cx - 0.8 * s, cy - 0.55 * s), (cx + 0.75 * s, cy - 0.7 * s),
                 (cx + 0.9 * s, cy + 0.45 * s), (cx - 0.1 * s, cy + 0.9 * s),
                 (cx - 0.95 * s, cy + 0.35 * s)]
        line = theme["onDark"] if on_dark else theme["dark"]
        lw = max(1.5, 0.035 * s)
        args += ["-fill", "none", "-stroke", line, "-strokewidth", f"{lw:.1f}"]
        for i, (x, y) in enumerate(nodes):
            nx, ny = nodes[(i + 1) % len(nodes)]
            args += ["-draw", f"line {hub[0]:.1f},{hub[1]:.1f} {x:.1f},{y:.1f}"]
            if i % 2 == 0:
                args += ["-draw", f"line {x:.1f},{y:.1f} {nx:.1f},{ny:.1f}"]
        bg = base
        for i, (x, y) in enumerate(nodes):
            args += circle(x, y, 0.17 * s, a[i % len(a)], bg, max(1.0, 0.04 * s))
        args += circle(hub[0], hub[1], 0.26 * s, line, bg, max(1.0, 0.05 * s))
    return args + ["-stroke", "none", "-strokewidth", "1"]


def list_icon(theme, x, y):
    """A small checklist: three dots with bars, top-left at (x, y)."""
    args = []
    for i, colour in enumerate(theme["accents"]):
        yy = y + 14 + i * 30
        args += circle(x + 10, yy, 9, colour)
        args += ["-fill", theme["dark"] + "40", "-draw",
                 f"roundrectangle {x + 30},{yy - 6} {x + 30 + (70 - 14 * i)},{yy + 6} 6,6"]
    return args


def footer(theme, package, on_dark):
    colour = theme["onDark"] if on_dark else theme["muted"]
    args = []
    if package:
        args += caption(package, SANS, 19, 800, colour)
        args += ["-gravity", "southwest", "-geometry", "+70+30", "-composite", "-gravity", "northwest"]
    return args + motif(theme, W - 96, H - 50, 24, on_dark)


def title_slide(theme, title, subtitle, package, kicker=""):
    def build(scale):
        parts = []
        if kicker:
            parts += [caption(kicker.upper(), SANS_BOLD, 20 * scale, 680, theme["accents"][2]), spacer(18)]
        parts += [caption(title, SANS_BOLD, 62 * scale, 680, "#FFFFFF"), spacer(30 * scale),
                  bar(96, 8, theme["accents"][0])]
        if subtitle:
            parts += [spacer(30 * scale), caption(subtitle, SANS, 32 * scale, 660, theme["onDark"])]
        return column(parts)
    text, h = fit(build, 560, lambda scale: [(title, SANS_BOLD, 62 * scale, 680),
                                              (subtitle, SANS, 32 * scale, 660)])
    y = max(40, (640 - h) // 2)
    return (["-size", f"{W}x{H}", f"xc:{theme['dark']}"] + motif(theme, 1000, 320, 190)
            + text + ["-geometry", f"+90+{y}", "-composite"] + footer(theme, package, True))


def points_slide(theme, heading, points, package, kicker=""):
    def build(scale):
        parts = []
        if kicker:
            parts += [caption(kicker.upper(), SANS_BOLD, 19, 900, theme["accents"][0]), spacer(14)]
        parts += [caption(heading, SANS_BOLD, 50 * scale, 940, theme["ink"]), spacer(22 * scale),
                  bar(72, 6, theme["accents"][0]), spacer(36 * scale)]
        size = 37 * scale
        for i, p in enumerate(points):
            colour = theme["accents"][i % len(theme["accents"])]
            dot = ["(", "-size", f"{round(size * 1.3)}x{round(size * 1.25)}", "xc:none"] + circle(
                size * 0.42, size * 0.74, size * 0.28, colour) + [")"]
            row = ["("] + dot + caption(p, SANS, size, 920, theme["body"]) + [
                "-background", "none", "-gravity", "northwest", "+append", ")"]
            parts += [row, spacer(size * 0.7)]
        return column(parts)
    text, h = fit(build, 560, lambda scale: [(heading, SANS_BOLD, 50 * scale, 940)]
                  + [(p, SANS, 37 * scale, 920) for p in points])
    # A short list leaves the lower right empty: a quiet copy of the package mark fills it.
    quiet = motif(theme, 1075, 530, 100, False, 0.72) if h <= 380 else []
    return (["-size", f"{W}x{H}", f"xc:{theme['light']}"]
            + ["-fill", theme["dark"], "-draw", f"rectangle 0,0 17,{H}"] + quiet
            + list_icon(theme, 1110, 64) + text + ["-geometry", "+90+58", "-composite"]
            + footer(theme, package, False))


def quote_slide(theme, quote, who, package):
    def build(scale):
        parts = [caption(quote, SERIF, 42 * scale, 900, "#FFFFFF")]
        if who:
            parts += [spacer(34 * scale), caption("\u2014 " + who, SANS_BOLD, 26 * scale, 900,
                                                  theme["accents"][2])]
        return column(parts)
    text, h = fit(build, 420, lambda scale: [(quote, SERIF, 42 * scale, 900)])
    y = 190 + max(0, (420 - h) // 2)
    mark = ["-fill", theme["accents"][0], "-font", SERIF_BOLD, "-pointsize", "240",
            "-gravity", "northwest", "-annotate", f"+150+{y - 180}", "\u201c"]
    return (["-size", f"{W}x{H}", f"xc:{theme['dark']}"] + mark
            + ["-fill", theme["accents"][1], "-draw", f"rectangle 180,{y} 186,{y + h}"]
            + text + ["-geometry", f"+220+{y}", "-composite"] + footer(theme, package, True))


def render(args, out_png, size=None, colours=None):
    """Run one convert build and write a deterministic 8-bit PNG (optionally scaled)."""
    cmd = ["convert"] + args
    if size:
        cmd += ["-resize", size]
    if colours:
        cmd += ["-dither", "None", "-colors", str(colours)]
    cmd += ["-depth", "8", "-strip", "-define", "png:exclude-chunks=date,time",
            "-define", "png:compression-level=9", str(out_png)]
    subprocess.run(cmd, check=True)


def slide_args(theme, slide, package):
    kind, fields = slide["kind"], slide["fields"]
    kicker = slide.get("kicker", "")
    if kind == "title":
        return title_slide(theme, fields[0], fields[1] if len(fields) > 1 else "", package, kicker)
    if kind == "points":
        pts = [p.strip() for p in (fields[1] if len(fields) > 1 else "").split(";") if p.strip()]
        return points_slide(theme, fields[0], pts, package, kicker)
    return quote_slide(theme, fields[0], fields[1] if len(fields) > 1 else "", package)
