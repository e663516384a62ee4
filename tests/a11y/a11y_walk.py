#!/usr/bin/env python3
"""What a screen reader hears in Reflekt, read through the real AT-SPI stack with pyatspi.

Run by run-a11y.sh inside its own X server, session bus and AT-SPI bus. Starts the real Reflekt
(with a throwaway data folder and HOME) twice, opens the library, a film step, a reflection step,
the export and settings dialogs and a group session's setup dialog, console and end dialog, and
on each walks the accessible tree of every window as Orca would. It checks:

  names      no focusable, showing control without a name; no focus on an unnamed object
  hidden     no `showing` or `focused` object on a page that is not shown
  slider     the seek slider's Value is in seconds (maximum = the film's length) and its
             description, name or value text speaks the time ("... of 1 minute 38 seconds")
  time       the time label's text ("0:00 / 1:38") is in its name or its Text interface
  combos     each combo box's value, found as Orca finds it (the selected child of the combo or
             of its list, else its Text), is what the combo shows
  cells      each tree/table/list cell's name says its own text (the library's Progress cell
             says "0 of 4 modules", not the package name); leaf rows are neither `expandable`
             nor `expanded`; a checkable row is `checkable`, and `checked` when ticked
  labels     each button's visible label is inside its accessible name (WCAG 2.5.3)
  focus      each showing, enabled button and check box can take focus
  mnemonics  no two visible controls in one window share an Alt+letter

What a sighted user sees comes from the app itself: A11yProbe.cpp, loaded with LD_PRELOAD, reports
each visible button's, combo's and label's text and each visible cell's display text with its
rectangle on the screen, and the test pairs it with the AT-SPI object of the same extents. An
accessible name that replaces a button's text hides that text from AT-SPI, so only the widget can
say what is shown; pairing by rectangle needs no object names and works in every language.

Prints every failure with its page and role/name path, then exits 1; exits 0 when all pass.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from a11y_checks import Checker  # noqa: E402
from a11y_tree import read_tree, safe  # noqa: E402

BUNDLE = "org.example.reflekt.interkulturell-sv"
MODULE = "kultur-identitet"
FILM_STEP = f"{BUNDLE}/{MODULE}/kultur-identitet-film"
REFLECTION_STEP = f"{BUNDLE}/{MODULE}/kultur-identitet-reflektion"
PROFILE = "Testa Testsson"


class Reflekt:
    """The real app on a throwaway data folder, with the probe loaded."""

    def __init__(self, opts, language, args, name):
        self.opts = opts
        self.root = tempfile.mkdtemp(prefix=f"reflekt-a11y-{name}.")
        home = os.path.join(self.root, "home")
        data = os.path.join(self.root, "data")
        runtime = os.path.join(self.root, "runtime")
        for d in (home, data, runtime):
            os.makedirs(d, mode=0o700)
        with open(os.path.join(data, "reflekt.ini"), "w", encoding="utf-8") as f:
            f.write(f"[ui]\nlanguage={language}\n")
        self.probe_path = os.path.join(self.root, "probe")
        env = dict(os.environ)
        locale = {"sv": "sv_SE.UTF-8", "nb": "nb_NO.UTF-8"}.get(language, "C.UTF-8")
        env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                   XDG_DATA_HOME=os.path.join(home, ".local/share"), XDG_CACHE_HOME=os.path.join(home, ".cache"),
                   XDG_RUNTIME_DIR=runtime, LANG=locale, LC_ALL=locale, LANGUAGE=language,
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb",
                   REFLEKT_A11Y_PROBE=self.probe_path, LD_PRELOAD=opts.probe,
                   ASAN_OPTIONS=env.get("ASAN_OPTIONS", "") + ":verify_asan_link_order=0")
        env.pop("NO_AT_BRIDGE", None)
        env.pop("REFLEKT_DATA_DIR", None)
        self.log = open(os.path.join(self.root, "log"), "w")
        self.proc = subprocess.Popen([opts.reflekt, "--data-dir", data, "--modules-dir", opts.modules] + args,
                                     env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.app = wait_for(self.find_app, 20, "Reflekt on the AT-SPI bus")
        self.do("activate", "")

    def find_app(self):
        if self.proc.poll() is not None:
            raise SystemExit(f"FAIL: Reflekt exited with {self.proc.returncode}:\n{self.log_text()}")
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(safe(lambda: desktop.childCount, 0)):
            app = safe(lambda i=i: desktop.getChildAtIndex(i), None)
            if app is not None and safe(app.get_process_id, None) == self.proc.pid and \
                    safe(lambda a=app: a.childCount, 0) > 0:
                return app
        return None

    def log_text(self):
        self.log.flush()
        with open(os.path.join(self.root, "log"), encoding="utf-8", errors="replace") as f:
            return f.read()[-3000:]

    def ask(self, request):
        reply = self.probe_path + ".json"
        if os.path.exists(reply):
            os.remove(reply)
        with open(self.probe_path + ".req.tmp", "w", encoding="utf-8") as f:
            f.write(request)
        os.rename(self.probe_path + ".req.tmp", self.probe_path + ".req")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"FAIL: Reflekt exited with {self.proc.returncode}:\n{self.log_text()}")
            if os.path.exists(reply):
                with open(reply, encoding="utf-8") as f:
                    return json.load(f)
            time.sleep(0.05)
        raise SystemExit(f"FAIL: the probe did not answer {request!r} (is {self.opts.probe} loaded?)\n"
                         f"{self.log_text()}")

    def widgets(self):
        return self.ask("dump")

    def do(self, verb, name):
        if not self.ask(f"{verb} {name}").get("done"):
            raise SystemExit(f"FAIL: could not {verb} {name}: it is not shown\n{self.log_text()}")

    def wait_shown(self, object_name, what):
        return wait_for(lambda: any(w.get("object") == object_name for w in self.widgets()), 15, what)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()
        shutil.rmtree(self.root, ignore_errors=True)


def wait_for(fn, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = fn()
        if result:
            return result
        time.sleep(0.2)
    raise SystemExit(f"FAIL: timed out after {seconds} s waiting for {what}")


def film_length(modules, step):
    """The film's length in seconds, as the package declares it (bundle.json durationSeconds)."""
    bundle_id, module_id, step_id = step.split("/")
    for folder in sorted(os.listdir(modules)):
        path = os.path.join(modules, folder, "bundle.json")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            bundle = json.load(f)
        if bundle.get("id") != bundle_id:
            continue
        for m in bundle["modules"]:
            for s in m.get("steps", []) if m["id"] == module_id else []:
                if s["id"] == step_id:
                    return int(round(s["durationSeconds"]))
    raise SystemExit(f"FAIL: no film step {step} in {modules}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reflekt", required=True)
    parser.add_argument("--probe", required=True)
    parser.add_argument("--modules", required=True)
    parser.add_argument("--language", default="en", help="interface language: en, sv or nb")
    parser.add_argument("--dump", help="append each page's accessible tree and the probe's widgets to this file")
    opts = parser.parse_args()
    opts.probe = os.path.abspath(opts.probe)
    started = time.monotonic()
    checker = Checker(film_length(opts.modules, FILM_STEP))
    checker.dump = opts.dump

    # The film step, then a group session from it: setup, console, end dialog.
    app = Reflekt(opts, opts.language, ["--profile", PROFILE, "--module", FILM_STEP], "film")
    try:
        wait_for(lambda: any(n.role == "slider" and n.showing for w in [read_tree(app.app)] for n in w.walk()),
                 20, "the film step's seek slider")
        checker.page(app, "film step", app, film=True)
        app.do("click", "groupSessionButton")
        app.wait_shown("startSessionButton", "the group session's setup dialog")
        checker.page(app, "group session setup dialog", app)
        app.do("click", "startSessionButton")
        app.wait_shown("endSession", "the facilitator console")
        checker.page(app, "facilitator console", app)
        app.do("click", "endSession")
        app.wait_shown("finishSessionButton", "the end-session dialog")
        checker.page(app, "end-session dialog", app)
    finally:
        app.stop()

    # A reflection step, the export and settings dialogs over it, then the library.
    app = Reflekt(opts, opts.language, ["--profile", PROFILE, "--module", REFLECTION_STEP], "reflection")
    try:
        wait_for(lambda: any(n.role == "text" and n.showing and "editable" in n.states
                             for n in read_tree(app.app).walk()), 20, "the reflection step's answer boxes")
        checker.page(app, "reflection step", app)
        app.do("trigger", "exportNotesAction")
        app.wait_shown("exportButton", "the export dialog")
        checker.page(app, "export dialog", app)
        app.do("reject", "")
        app.do("trigger", "settingsAction")
        app.wait_shown("languageCombo", "the settings dialog")
        checker.page(app, "settings dialog", app)
        app.do("reject", "")
        wait_for(lambda: not any(w.get("object") == "languageCombo" for w in app.widgets()), 10,
                 "the settings dialog to close")
        app.do("click", "backToLibraryButton")
        wait_for(lambda: any(w["kind"] == "cell" and w["class"] == "QTreeView" for w in app.widgets()), 15,
                 "the library")
        app.do("activate", "")  # the dialogs took the activation; no window manager gives it back
        checker.page(app, "library", app, library=True)
        # Down in the tree, as a keyboard user would: the first module.
        before = [w["text"] for w in app.widgets() if w.get("object") == "detailTitle"]
        app.do("focus", "libraryTree")
        time.sleep(0.2)
        app.do("down", "")
        wait_for(lambda: [w["text"] for w in app.widgets() if w.get("object") == "detailTitle"] != before,
                 10, "the library's details to show the chosen module")
        checker.page(app, "library, a module chosen", app, library=True)
    finally:
        app.stop()

    print(f"Walked 9 pages in {time.monotonic() - started:.0f} s, language {opts.language}; checked: " +
          ", ".join(f"{k} {v}" for k, v in sorted(checker.checked.items())))
    if not checker.failures:
        print("PASS: what a screen reader hears matches what is shown")
        return 0
    print(f"FAIL: {len(checker.failures)} problem(s) a screen-reader user meets:")
    for page, check, where, message in checker.failures:
        print(f"  [{check}] {page}: {where}\n      {message}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
