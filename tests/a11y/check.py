# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks KnotMap's accessible tree through AT-SPI, as the Orca screen reader sees it: every
page, the warning-sign questions and the sheet for logging a knot. Fails on an interactive
element that is showing without a meaningful name, a slider without a range, a dialog
without a name, a disclosure that does not say whether it is open, and a text with a gap where a
value was missing ("because . You can", "about:"), even a hidden one.
"""
import sys, time, re
import pyatspi
from gi.repository import Atspi
INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box", "text",
               "entry", "slider", "spin button", "page tab", "menu item", "link", "list item", "password text"}
def find_app():
    deadline = time.time() + 90 # a sanitizer build starts slowly
    while time.time() < deadline:
        d = pyatspi.Registry.getDesktop(0)
        for i in range(d.childCount):
            a = d.getChildAtIndex(i)
            if a is not None and a.name == "KnotMap":
                return a
        time.sleep(0.3)
    sys.exit("no KnotMap on the accessibility bus")
def nodes(node, path=()):
    yield node, path
    for i in range(node.childCount):
        c = node.getChildAtIndex(i)
        if c is not None:
            yield from nodes(c, path + (f"{c.getRoleName()} {c.name!r}",))
def showing(n):
    s = n.getState()
    return s.contains(pyatspi.STATE_SHOWING) and s.contains(pyatspi.STATE_VISIBLE)
problems = []
def check(app, where):
    for n, path in nodes(app):
        role = n.getRoleName()
        name = (n.name or "").strip()
        if not showing(n):
            if name and re.search(r"\s[.,:]|\s{2}|:\s*$|because \.", name):
                problems.append(f"{where}: hidden text with gaps is exposed: {role} {name!r}")
            continue
        if role in INTERACTIVE and not re.search(r"[A-Za-z0-9]", name):
            problems.append(f"{where}: {role} without a name ({' > '.join(path[-3:])})")
        if role == "dialog" and not re.search(r"[A-Za-z]", name):
            problems.append(f"{where}: a dialog without a name ({' > '.join(path[-2:])})")
        if role == "push button" and name.startswith(("How much", "What may")) and \
                not (n.description or "").startswith(("Open", "Closed")):
            problems.append(f"{where}: the disclosure {name!r} does not say if it is open")
        if role == "slider":
            try:
                v = n.queryValue()
            except NotImplementedError:
                problems.append(f"{where}: slider {name!r} has no value to read")
                continue
            if v.maximumValue <= v.minimumValue:
                problems.append(f"{where}: slider {name!r} has the range {v.minimumValue}..{v.maximumValue}")
app = find_app()
time.sleep(2)
frame = app.getChildAtIndex(0)
pages = ["Body map", "Today", "Self-care", "History", "Report", "Your data"]
def wait_for(found, seconds=20):
    """Waits until found() holds, reading the tree afresh; a slow machine takes longer."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        Atspi.Accessible.clear_cache(app)
        if found():
            time.sleep(0.3) # let the page settle
            Atspi.Accessible.clear_cache(app)
            return True
        time.sleep(0.3)
    return False
def showing_named(role, name):
    return any(n.getRoleName() == role and (n.name or "") == name and showing(n)
               for n, _ in nodes(app))
def dialog_open():
    return any(n.getRoleName() == "dialog" and showing(n) for n, _ in nodes(app))
def click(name, role="push button", then=None, at=(0.5, 0.5)):
    """Clicks the element as a person would, with the pointer, and waits for `then`. `at`
    is where in the element, as fractions of its width and height."""
    Atspi.Accessible.clear_cache(app)
    for n, _ in nodes(frame):
        if n.getRoleName() == role and (n.name or "").startswith(name) and showing(n):
            try:
                e = n.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            except NotImplementedError:
                continue
            pyatspi.Registry.generateMouseEvent(e.x + int(e.width * at[0]), e.y + int(e.height * at[1]),
                                                pyatspi.MOUSE_B1C)
            if then is not None and not wait_for(then):
                problems.append(f"clicking {role} {name!r} did not show what it should")
                return False
            return True
    problems.append(f"no {role} {name!r} to click")
    return False
def states(role, name):
    Atspi.Accessible.clear_cache(app)
    for n, _ in nodes(frame):
        if n.getRoleName() == role and (n.name or "") == name and showing(n):
            return n.getState()
    return None
for page in pages:
    # Each page's heading is its name.
    click(page, then=lambda: showing_named("label", page))
    check(app, page)
    if page == "Self-care":
        # Greyed out until a tenderness is chosen: a screen reader must hear it so.
        s = states("push button", "Start the timer")
        if s is None:
            problems.append("no 'Start the timer' button on the Self-care page")
        else:
            # Qt 6.4 leaves the disabled state out (QAccessibleQuickItem::state), so the
            # button must say it in words.
            for n, _ in nodes(frame):
                if n.getRoleName() == "push button" and n.name == "Start the timer" and showing(n):
                    if not (n.description or "").startswith("Not available: choose how tender"):
                        problems.append(f"'Start the timer' is greyed out but says {n.description!r}")
# A 0-10 scale says its new value: a screen reader hears each step of the arrow keys.
from gi.repository import GLib
values = []
def on_value(event):
    if event.source is not None and event.source.getRoleName() == "slider":
        values.append((event.source.name, event.source.queryValue().currentValue))
Atspi.EventListener.new(on_value).register("object:property-change:accessible-value")
click("Today", then=lambda: showing_named("label", "Today"))
Atspi.Accessible.clear_cache(app)
scale = next((n for n, _ in nodes(frame) if n.getRoleName() == "slider" and showing(n)), None)
if scale is None:
    problems.append("no 0-10 scale on Today")
else:
    scale.queryComponent().grabFocus()
    time.sleep(0.3)
    before = scale.queryValue().currentValue
    for _ in range(2):
        pyatspi.Registry.generateKeyboardEvent(0xff53, None, pyatspi.KEY_SYM)  # Right
        time.sleep(0.2)
    deadline = time.time() + 3
    while time.time() < deadline and len(values) < 2:
        GLib.MainContext.default().iteration(False)
        time.sleep(0.05)
    print("value events:", values)
    if len(values) < 2 or values[-1][1] == before:
        problems.append(f"the scale {scale.name!r} sent no value-changed event for the arrow keys: {values}")
# The main dialogs: the warning-sign questions, and logging a knot on the back.
if click("Warning signs", then=dialog_open):
    check(app, "the warning-sign questions")
    click("Not now", then=lambda: not dialog_open())
click("Body map", then=lambda: showing_named("label", "Body map"))
# Beside the spine, not on it: the muscles of the two sides meet there, and the spine is
# no muscle.
if click("Back of the body", role="image", then=dialog_open, at=(0.46, 0.5)):
    dialogs = [n.name for n, _ in nodes(app) if n.getRoleName() == "dialog" and showing(n)]
    if not dialogs:
        problems.append("a click on the back of the body opened no dialog")
    print("dialogs open:", dialogs)
    check(app, "logging a knot")
# The "Where it hurts" layer, by keyboard only: the arrow keys walk the places of the
# surface, and the figure's name says each place as the focus reaches it; Enter marks pain
# there and the pain panel's controls have names.
import json, os
atlas = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    "../../resources/body/atlas.json")))
place_names = {p["name"][:1].upper() + p["name"][1:] for p in atlas["places"]}
def key(sym):
    pyatspi.Registry.generateKeyboardEvent(sym, None, pyatspi.KEY_SYM)
    time.sleep(0.15)
ESCAPE, RIGHT, DOWN, RETURN = 0xff1b, 0xff53, 0xff54, 0xff0d
for _ in range(3):
    Atspi.Accessible.clear_cache(app)
    if not dialog_open():
        break
    key(ESCAPE)
    wait_for(lambda: not dialog_open(), 5)
click("Where it hurts",
      then=lambda: showing_named("label", "Click where you feel the pain to mark it, even far from your knots; Shift+click marks it over a marker."))
def figure():
    Atspi.Accessible.clear_cache(app)
    for n, _ in nodes(frame):
        if n.getRoleName() == "image" and (n.name or "").startswith("Front of the body") and showing(n):
            return n
    return None
front = figure()
heard = []
if front is None:
    problems.append("no front figure in the Where it hurts layer")
else:
    front.queryComponent().grabFocus()
    wait_for(lambda: (figure().name or "").startswith("Front of the body: "), 5)
    for step in [DOWN] * 12 + [RIGHT] * 4 + [DOWN] * 12:
        key(step)
        Atspi.Accessible.clear_cache(app)
        name = figure().name or ""
        place = name.removeprefix("Front of the body: ")
        if place not in place_names:
            problems.append(f"the figure said {name!r}, which names no place")
        heard.append(place)
    if len(set(heard)) < 12:
        problems.append(f"28 arrow keys reached only {len(set(heard))} places: {heard}")
    print("places heard:", ", ".join(dict.fromkeys(heard)))
    key(RETURN)
    if not wait_for(lambda: showing_named("label", "Pain felt here")):
        problems.append("Enter on a place showed no pain panel")
    while dialog_open():  # the place's own warning-sign questions, if any
        check(app, "the questions of a marked place")
        key(ESCAPE)
        wait_for(lambda: not dialog_open(), 5)
    check(app, "the pain panel")
    if not any(n.getRoleName() == "check box" and n.name == "tingling or pins and needles" and showing(n)
               for n, _ in nodes(app)):
        problems.append("the pain panel has no 'tingling or pins and needles' check box")
for p in sorted(set(problems)):
    print(p)
print(len(set(problems)), "problems")
sys.exit(1 if problems else 0)
