"""The accessible tree as Orca reads it: nodes read once through pyatspi, and what Orca would say
of a combo box or a cell. Used by a11y_walk.py and a11y_checks.py."""
import re

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402
import pyatspi  # noqa: E402

MAX_NODES = 3000

def words(text):
    """The words of a text, lower case, without mnemonic ampersands, ellipses or arrows."""
    text = re.sub(r"&(?!&)", "", text or "")
    return re.findall(r"\w+", text.lower())


def contains_words(haystack, needle):
    """True when the words of needle appear, in order and together, in haystack."""
    h, n = words(haystack), words(needle)
    if not n:
        return True
    return any(h[i:i + len(n)] == n for i in range(len(h) - len(n) + 1))


def says_own_text(name, shown):
    """A cell says its own text when all the words it shows are in its name, or its name is a
    part of what it shows ("Step 1, Film: Culture and identity" for "1. Culture and identity";
    "Culture and identity" for "Culture and identity · Module · 75 min")."""
    shown_words, name_words = set(words(shown)), set(words(name))
    if not shown_words:
        return True
    return shown_words <= name_words or (bool(name_words) and name_words <= shown_words)


def mnemonic(text):
    match = re.search(r"&([^&\s])", (text or "").replace("&&", ""))
    return match.group(1).lower() if match else None


def spoken_length(seconds):
    """A regex for a length said in words in any language: "1 minute 38 seconds",
    "1 minut och 38 sekunder", "1 minutt og 38 sekunder"."""
    m, s = divmod(int(round(seconds)), 60)
    word = r"[^\W\d_]+(\(\w+\))?"  # "minute(s)" too: a missing plural is reported on its own
    if m == 0:
        return re.compile(rf"\b{s}\s+{word}")
    if s == 0:
        return re.compile(rf"\b{m}\s+{word}")
    return re.compile(rf"\b{m}\s+{word}(,)?\s+({word}\s+)?{s}\s+{word}")


class Node:
    """One accessible object as read once over AT-SPI."""

    def __init__(self, acc, parent):
        self.acc = acc
        self.parent = parent
        self.children = []
        self.role = safe(acc.getRoleName, "?")
        self.name = safe(lambda: acc.name, "") or ""
        self.desc = safe(lambda: acc.description, "") or ""
        state_set = safe(acc.getState, None)
        self.states = set()
        if state_set is not None:
            self.states = {pyatspi.stateToString(s) for s in state_set.getStates()}
        interfaces = safe(lambda: pyatspi.listInterfaces(acc), [])
        self.text = None
        if "Text" in interfaces:
            self.text = safe(lambda: acc.queryText().getText(0, -1), None)
        self.value = None
        if "Value" in interfaces:
            v = safe(acc.queryValue, None)
            if v is not None:
                self.value = (safe(lambda: v.currentValue, None), safe(lambda: v.minimumValue, None),
                              safe(lambda: v.maximumValue, None), safe(lambda: Atspi.Value.get_text(acc), ""))
        self.rect = None
        if "Component" in interfaces:
            e = safe(lambda: acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS), None)
            if e is not None:
                self.rect = (e.x, e.y, e.width, e.height)
        self.has_selection = "Selection" in interfaces
        self.ancestors_showing = parent is None or (parent.ancestors_showing and "showing" in parent.states)

    @property
    def showing(self):
        return "showing" in self.states and self.ancestors_showing

    def label(self):
        return f"[{self.role}] {self.name!r}" if self.name else f"[{self.role}]"

    def path(self):
        parts, n = [], self
        while n is not None:
            parts.append(n.label())
            n = n.parent
        parts.reverse()
        # The window, then the last few steps: enough to find the object, short enough to read.
        return " > ".join(parts[:1] + (["…"] if len(parts) > 5 else []) + parts[max(1, len(parts) - 4):])

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


def safe(fn, default):
    try:
        return fn()
    except Exception:  # a stale object or an interface the toolkit does not implement
        return default


def read_tree(acc, parent=None, budget=None):
    budget = budget if budget is not None else [MAX_NODES]
    node = Node(acc, parent)
    budget[0] -= 1
    count = safe(lambda: acc.childCount, 0)
    for i in range(count):
        if budget[0] <= 0:
            break
        child = safe(lambda: acc.getChildAtIndex(i), None)
        if child is not None:
            node.children.append(read_tree(child, node, budget))
    return node


# What Orca 43 says as a combo box's value (orca/script_utilities.py: getComboBoxValue,
# selectedChildren, displayedText), on the AT-SPI objects themselves.
def orca_selected_children(acc):
    try:
        selection = acc.querySelection()
        count = selection.nSelectedChildren
    except Exception:
        return []
    children = [c for c in (safe(lambda i=i: selection.getSelectedChild(i), None) for i in range(count)) if c]
    if safe(acc.getRole, None) == pyatspi.ROLE_COMBO_BOX and children and \
            safe(children[0].getRole, None) == pyatspi.ROLE_MENU:
        children = orca_selected_children(children[0])
    return children


def orca_displayed_text(acc):
    role = safe(acc.getRole, None)
    name = safe(lambda: acc.name, "") or ""
    if role in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_LABEL) and name:
        return name
    text = None
    if "Text" in safe(lambda: pyatspi.listInterfaces(acc), []):
        text = safe(lambda: acc.queryText().getText(0, -1), None)
    if not text and role not in (pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON):
        text = name
    return text or ""


def orca_combo_value(acc):
    count = safe(lambda: acc.childCount, 0)
    if not count:
        return orca_displayed_text(acc)
    for i in range(count):
        child = safe(lambda i=i: acc.getChildAtIndex(i), None)
        if child is not None and safe(child.getRole, None) in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY) and \
                "editable" in {pyatspi.stateToString(s) for s in safe(lambda: child.getState().getStates(), [])}:
            return orca_displayed_text(child)
    selected = orca_selected_children(acc) or orca_selected_children(acc.getChildAtIndex(0))
    if len(selected) == 1:
        return safe(lambda: selected[0].name, "") or orca_displayed_text(selected[0])
    return orca_displayed_text(acc)
