"""The checks a11y_walk.py runs on each page (see its docstring for the list)."""
import json
import re
import time

from a11y_tree import contains_words, mnemonic, orca_combo_value, read_tree, safe, says_own_text, spoken_length, words

TIME_RE = re.compile(r"^\s*\d+:\d\d(:\d\d)?\s*/\s*\d+:\d\d(:\d\d)?\s*$")

class Checker:
    def __init__(self, film_seconds):
        self.film_seconds = film_seconds
        self.failures = []
        self.checked = {}
        self.dump = None

    def fail(self, page, check, where, message):
        self.failures.append((page, check, where, message))

    def count(self, check, n=1):
        self.checked[check] = self.checked.get(check, 0) + n

    def page(self, app, page, reflekt, film=False, library=False):
        time.sleep(0.6)  # the bridge's own updates after the page changed
        windows = [read_tree(safe(lambda i=i: app.app.getChildAtIndex(i), None))
                   for i in range(safe(lambda: app.app.childCount, 0))]
        windows = [w for w in windows if w is not None]
        nodes = [n for w in windows for n in w.walk()]
        widgets = reflekt.widgets()
        if self.dump:
            with open(self.dump, "a", encoding="utf-8") as f:
                f.write(f"=== {page}\n")
                for w in windows:
                    for n in w.walk():
                        depth = sum(1 for _ in n.ancestors())
                        extra = f" value={n.value}" if n.value else ""
                        extra += f" text={n.text!r}" if n.text is not None else ""
                        f.write(f"{'  ' * depth}{n.label()} desc={n.desc!r}{extra} {sorted(n.states)}\n")
                f.write(json.dumps(widgets, ensure_ascii=False) + "\n")
        by_rect = {}
        for n in nodes:
            if n.rect and n.showing:
                by_rect.setdefault(n.rect, []).append(n)
        self.check_names(page, nodes)
        self.check_hidden(page, nodes)
        self.check_widgets(page, widgets, by_rect)
        self.check_buttons_focus(page, nodes)
        self.check_mnemonics(page, widgets)
        if film:
            self.check_slider(page, nodes)
            self.check_time(page, widgets, by_rect)
        if library:
            self.check_library(page, widgets, by_rect)

    def check_names(self, page, nodes):
        for n in nodes:
            if not n.showing:
                continue
            if "focusable" in n.states:
                self.count("names")
                if not n.name.strip():
                    self.fail(page, "names", n.path(), "focusable control has no name")
            if "focused" in n.states and not n.name.strip():
                self.fail(page, "names", n.path(), "focus is on an object without a name"
                          + ("" if "focusable" in n.states else " that is not even focusable"))

    def check_hidden(self, page, nodes):
        for n in nodes:
            self.count("hidden")
            if n.ancestors_showing or not ({"showing", "focused"} & n.states):
                continue
            # A closed combo box's list is its popup: Orca never walks into it, and Qt marks its
            # items `showing` as if the popup were open. A stale `focused` there still counts.
            if "focused" not in n.states and any(a.role == "combo box" for a in n.ancestors()):
                continue
            # Report only the topmost stale object of a hidden branch.
            if n.parent is not None and not n.parent.ancestors_showing and \
                    {"showing", "focused"} & n.parent.states:
                continue
            stale = sorted({"showing", "focused"} & n.states)
            self.fail(page, "hidden", n.path(), f"is {' and '.join(stale)} inside a hidden page")

    def match(self, by_rect, w, roles):
        candidates = by_rect.get(tuple(w["rect"]), [])
        preferred = [n for n in candidates if n.role in roles]
        return (preferred or candidates or [None])[0]

    def check_widgets(self, page, widgets, by_rect):
        for w in widgets:
            kind = w["kind"]
            if kind == "button" and w["text"].strip():
                node = self.match(by_rect, w, ("push button", "toggle button", "check box", "radio button"))
                if node is None:
                    continue  # scrolled away or drawn over: nothing for a reader to pair it with
                self.count("labels")
                shown = re.sub(r"&(?!&)", "", w["text"]).replace("&&", "&")
                if not contains_words(node.name, shown):
                    self.fail(page, "labels", node.path(),
                              f"visible label {shown!r} is not in the accessible name")
            elif kind == "combo":
                node = self.match(by_rect, w, ("combo box",))
                if node is None or node.role != "combo box":
                    continue
                self.count("combos")
                heard = orca_combo_value(node.acc)
                if not heard.strip():
                    self.fail(page, "combos", node.path(),
                              f"combo box has no value (it shows {w['text']!r}); Orca says only its name")
                elif " ".join(words(heard)) != " ".join(words(w["text"])):
                    self.fail(page, "combos", node.path(),
                              f"combo box's value is {heard!r}, but it shows {w['text']!r}")
            elif kind == "cell":
                node = self.match(by_rect, w, ("table cell", "tree item", "list item"))
                if node is None:
                    continue
                self.count("cells")
                if not says_own_text(node.name, w["text"]):
                    self.fail(page, "cells", node.path(), f"cell shows {w['text']!r} but is named {node.name!r}")
                if w["column"] == 0 and node.parent is not None and node.parent.role in ("tree", "tree table", "table"):
                    self.check_row(page, node, w)
                if not w["hasChildren"] and ({"expanded", "expandable"} & node.states) and w["class"] != "QListView":
                    self.fail(page, "cells", node.path(),
                              f"row without children is {' and '.join(sorted({'expanded', 'expandable'} & node.states))}")
                # Orca says "checked" for a `checked` item and "not checked" only for a `checkable`
                # one: an unticked item that is not checkable is heard as having no check box.
                if w["checkable"] and w["checked"] and "checked" not in node.states:
                    self.fail(page, "cells", node.path(), "item is ticked but not `checked`")
                if w["checkable"] and not w["checked"] and \
                        ("checkable" not in node.states or "checked" in node.states):
                    self.fail(page, "cells", node.path(), "item is unticked but not `checkable`"
                              if "checkable" not in node.states else "item is unticked but `checked`")

    def check_row(self, page, node, w):
        """Every cell a reader can reach in this row, hidden columns too, says its own column's text."""
        table = safe(node.parent.acc.queryTable, None)
        index = safe(node.acc.getIndexInParent, -1)
        if table is None or index < 0:
            return
        row = safe(lambda: table.getRowAtIndex(index), -1)
        columns = w["columns"]
        for c in range(1, min(safe(lambda: table.nColumns, 0), len(columns))):
            cell = safe(lambda c=c: table.getAccessibleAt(row, c), None)
            if cell is None:
                continue
            self.count("cells")
            name = safe(lambda: cell.name, "") or ""
            header = safe(lambda c=c: table.getColumnHeader(c).name, "") or f"column {c + 1}"
            if not says_own_text(name, columns[c]):
                self.fail(page, "cells", node.path() + f" > [table cell] {name!r}",
                          f"the {header!r} cell of this row is named {name!r}, not {columns[c]!r}")

    def check_buttons_focus(self, page, nodes):
        for n in nodes:
            if n.role not in ("push button", "toggle button", "check box") or not n.showing or \
                    "enabled" not in n.states:
                continue
            self.count("focus")
            if "focusable" not in n.states:
                self.fail(page, "focus", n.path(), f"{n.role} cannot take focus (Tab never reaches it)")

    def check_mnemonics(self, page, widgets):
        keys = {}
        for w in widgets:
            if w["kind"] in ("button", "label") and w["enabled"] and not w.get("rich"):
                key = mnemonic(w["text"])
                if key:
                    keys.setdefault((w["window"], key), []).append(re.sub(r"&(?!&)", "", w["text"]))
        self.count("mnemonics", len(keys))
        for (window, key), texts in sorted(keys.items()):
            if len(texts) > 1:
                self.fail(page, "mnemonics", f"window {window!r}",
                          f"Alt+{key.upper()} belongs to " + " and ".join(repr(t) for t in texts))

    def check_slider(self, page, nodes):
        sliders = [n for n in nodes if n.role == "slider" and n.showing and n.value]
        if not sliders:
            self.fail(page, "slider", "film player", "no showing slider with a Value")
            return
        seek = sliders[0]  # the seek bar comes first in the controls, before the volume
        self.count("slider")
        current, minimum, maximum, value_text = seek.value
        if maximum is None or abs(maximum - self.film_seconds) > 1.5:
            unit = " (milliseconds?)" if maximum and abs(maximum / 1000 - self.film_seconds) < 1.5 else ""
            self.fail(page, "slider", seek.path(),
                      f"maximum is {maximum:g}{unit}, not the film's length in seconds ({self.film_seconds})")
        if current is not None and maximum is not None and not (minimum <= current <= maximum):
            self.fail(page, "slider", seek.path(), f"value {current:g} is outside [{minimum:g}, {maximum:g}]")
        spoken = " | ".join(t for t in (value_text, seek.name, seek.desc, seek.text or "") if t)
        if re.search(r"\w\(\w+\)", spoken):
            self.fail(page, "slider", seek.path(),
                      f"the time is spoken with a plural placeholder: {spoken!r} (the translation lacks the plural forms)")
        if not spoken_length(self.film_seconds).search(spoken):
            m, s = divmod(self.film_seconds, 60)
            self.fail(page, "slider", seek.path(),
                      f"nothing speaks the time (\"… of {m} minute(s) {s} seconds\"): value text "
                      f"{value_text!r}, description {seek.desc!r}; Orca would say the number {current:g}")

    def check_time(self, page, widgets, by_rect):
        labels = [w for w in widgets if w["kind"] == "label" and TIME_RE.match(w["text"])]
        if not labels:
            self.fail(page, "time", "film player", "no visible label shows the time (\"0:00 / 1:38\")")
            return
        for w in labels:
            node = self.match(by_rect, w, ("label",))
            self.count("time")
            if node is None:
                self.fail(page, "time", "film player", f"the time label {w['text']!r} is not in the AT-SPI tree")
                continue
            heard = f"{node.name} {node.text or ''}"
            if w["text"].strip() not in heard:
                self.fail(page, "time", node.path(),
                          f"shows {w['text']!r} but exposes only name {node.name!r}, "
                          f"description {node.desc!r}, text {node.text!r}")

    def check_library(self, page, widgets, by_rect):
        rows = [w for w in widgets if w["kind"] == "cell" and w["class"] == "QTreeView" and w["column"] == 0]
        self.count("cells")
        if not any(len(w["columns"]) > 1 for w in rows):
            self.fail(page, "cells", "library", "the library's tree shows no rows with a progress text")
