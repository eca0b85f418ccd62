#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Draws KnotMap's body figure (front and back) and makes its map of places, as one.

The figure follows the classic eight-head proportions: the head is the unit (100 px);
shoulders are about two heads wide, the navel sits at three heads, the hips at four,
the knees at six, the soles at eight. One half is drawn as smooth curves through
landmarks (Catmull-Rom, turned into cubic Beziers) and mirrored, so the figure is
symmetric by construction. Coordinates: viewBox 0 0 400 880, centre line x = 200.
Hands have a thumb apart from the fingers (palms forward on the front view, backs of
the hands on the back); the feet are seen from the front (toes) and from behind (heel);
the back view carries the two soles beside the legs, as seen from below.

The same landmarks make two maps, written to resources/body/atlas.json in the figure's
coordinates divided by its size (0..1), so the app draws and core hit-tests one source:

- **places**: the whole surface, cut into named places (the kneecap, the back of the
  heel, the thumb, the jaw joint) that tile each view with no gap and no overlap. Each
  place's cell is a polygon in the plane; a place is its cell inside the body, less the
  cells listed before it, so the order of the list settles every border.
- **regions**: the muscle areas where a knot is logged (polygons inside the outline).

Both are drawn for the viewer's right half and mirrored. On the back view the viewer's
right is the person's right; on the front view it is the person's left.

Needs python3-shapely (Debian). Run from the repository root:
    python3 tools/make_body_figure.py [--preview DIR]
It rewrites resources/body/front.svg, back.svg and atlas.json; --preview also writes a
PPM of each view with every place in its own colour, to look at.
"""
import json
import sys
from pathlib import Path

from shapely.geometry import Point as SPoint, Polygon, MultiPolygon
from shapely.ops import polylabel, unary_union
from shapely import affinity

WIDTH, HEIGHT, CX = 400, 880, 200
VIEWS = ("front", "back")

# Landmarks of the viewer's right half as (distance from the centre line, y).
# Each run is one smooth curve; runs meet at corners (thumb web, armpit, crotch).
HEAD_TO_THUMB = [  # crown, head, neck, trapezius slope, shoulder, outer arm, thumb
    (0, 40), (21, 43), (33, 58), (37, 84), (35, 110), (29, 128), (22, 142),
    (21, 160), (31, 176), (58, 186), (84, 193), (101, 205), (110, 228), (113, 268),
    (118, 322), (126, 378), (133, 430), (138, 447), (146, 463), (151, 479), (150, 490),
    (145, 494), (140, 484), (136, 471),
]
FINGERS_TO_ARMPIT = [  # index finger, finger tips, little finger, inner arm to the armpit
    (136, 471), (136, 482), (137, 500), (134, 513), (128, 519), (121, 520), (114, 513),
    (110, 497), (108, 470), (107, 437), (101, 384), (94, 334), (87, 286), (80, 254),
]
SIDE_TO_ANKLE = [  # side of the chest, waist, hip, outer thigh, knee, calf, outer ankle
    (78, 256), (75, 290), (67, 326), (64, 350), (69, 388), (79, 428), (82, 462),
    (78, 522), (68, 590), (60, 640), (64, 690), (57, 745), (48, 790), (47, 806),
]
INNER_LEG = [(23, 812), (20, 758), (16, 700), (14, 644), (12, 590), (8, 524), (3, 474), (0, 458)]
FEET = {
    # From the front the foot comes towards the viewer: the top of the foot, widening to
    # the toes, the big toe on the inner side.
    "front": [
        SIDE_TO_ANKLE + [(53, 826), (55, 843), (51, 855), (41, 860), (29, 861), (19, 858)],
        [(19, 858), (17, 845), (20, 828)] + INNER_LEG,
    ],
    # From behind: the heel, rounded, no wider than the ankle.
    "back": [
        SIDE_TO_ANKLE + [(47, 826), (43, 845), (35, 854), (27, 853), (22, 842), (22, 826)]
        + INNER_LEG,
    ],
}


def outline_runs(view):
    return [HEAD_TO_THUMB, FINGERS_TO_ARMPIT] + FEET[view]


EARS = [(35, 82), (41, 86), (42, 98), (36, 106)]

# The soles, on the back view beside each leg, as seen from below: toes up, heel down,
# the big toe and the arch on the inner side. One closed smooth curve.
SOLE = [(112, 856), (122, 850), (126, 832), (127, 806), (130, 780), (131, 760), (127, 748), (119, 741), (110, 738), (101, 741), (97, 752), (99, 772), (105, 796), (102, 820), (101, 840)]

# Faint inner lines that help the eye find its way; per view, viewer's right half.
FACE = [
    [(8, 86), (13, 84), (19, 86)],                              # eye, upper lid
    [(9, 88), (14, 89), (18, 88)],                              # eye, lower lid
    [(7, 77), (14, 74), (22, 77)],                              # brow
    [(3, 90), (5, 104), (8, 109), (3, 111)],                    # side of the nose
    [(0, 121), (6, 120), (11, 122)],                            # mouth
    [(4, 136), (12, 133), (21, 124)],                           # line of the jaw and chin
]
FINGER_LINES = [
    [(117, 484), (118, 503), (118, 515)],
    [(123, 484), (124, 505), (124.5, 517)],
    [(129.5, 484), (130.5, 504), (131, 516)],
]
DETAILS = {
    "front": FACE + FINGER_LINES + [
        [(14, 182), (40, 186), (70, 190)],                    # collarbone
        [(8, 262), (30, 268), (54, 262), (66, 250)],          # lower edge of the chest
        [(60, 396), (38, 424), (12, 452)],                    # groin crease
        [(28, 636), (30, 624), (37, 619), (44, 624), (46, 636), (44, 648), (37, 653),
         (30, 648), (28, 636)],                               # kneecap
        [(20, 664), (30, 668), (44, 664)],                    # below the kneecap
        [(95, 330), (102, 336), (110, 331)],                  # crease of the elbow
        [(110, 450), (118, 448), (128, 452)],                 # crease of the wrist
        [(128, 458), (133, 470), (133, 478)],                 # ball of the thumb
        [(26, 846), (29, 852)], [(36, 848), (38, 855)],        # between the toes
        [(44, 846), (46, 852)],
    ],
    "back": FINGER_LINES + [
        [(24, 204), (27, 240), (30, 276), (44, 292)],         # inner edge of the shoulder blade
        [(44, 292), (60, 262), (74, 226)],                    # outer edge of the shoulder blade
        [(26, 212), (52, 205), (80, 200)],                    # spine of the shoulder blade
        [(6, 470), (34, 482), (62, 476), (74, 464)],          # buttock crease
        [(24, 640), (37, 646), (50, 640)],                    # back of the knee
        [(108, 326), (114, 334), (122, 334), (126, 326)],     # point of the elbow
        [(29, 786), (31, 812), (33, 826)],                    # Achilles tendon
        [(113, 452), (122, 450), (130, 453)],                 # back of the wrist
        [(107, 760), (120, 760)],                             # ball of the foot, on the sole
        [(105, 826), (112, 830), (119, 826)],                 # heel pad, on the sole
    ],
}
CENTRE_LINES = {
    "front": [[(0, 330), (0, 346)]],                          # navel
    "back": [[(0, 170), (0, 300), (0, 420)], [(0, 422), (0, 456)]],  # spine, cleft
}

FILL, FILL_OPACITY = "#c8ae96", "0.30"
STROKE, DETAIL_OPACITY = "#8a7566", "0.55"


def catmull_rom(points, closed_start_mirror=False, closed=False):
    """Cubic Bezier segments through points; the end tangents follow the neighbours."""
    segs = []
    n = len(points)
    count = n if closed else n - 1
    for i in range(count):
        if closed:
            p0, p1, p2, p3 = points[i - 1], points[i], points[(i + 1) % n], points[(i + 2) % n]
        else:
            p0 = points[i - 1] if i > 0 else (
                (-points[1][0], points[1][1]) if closed_start_mirror else points[0])
            p1, p2 = points[i], points[i + 1]
            p3 = points[i + 2] if i + 2 < n else points[-1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segs.append((p1, c1, c2, p2))
    return segs


def bezier_points(segs, steps):
    out = []
    for p0, c1, c2, p3 in segs:
        for k in range(steps):
            t = k / steps
            mt = 1 - t
            out.append((mt ** 3 * p0[0] + 3 * mt * mt * t * c1[0] + 3 * mt * t * t * c2[0] + t ** 3 * p3[0],
                        mt ** 3 * p0[1] + 3 * mt * mt * t * c1[1] + 3 * mt * t * t * c2[1] + t ** 3 * p3[1]))
    return out


def to_abs(p, mirror=False):
    dx, y = p
    return (CX - dx if mirror else CX + dx, y)


def fmt(p):
    return f"{p[0]:.1f},{p[1]:.1f}"


def outline_segments(view):
    segs = []
    for i, run in enumerate(outline_runs(view)):
        segs += catmull_rom(run, closed_start_mirror=(i == 0))
    return segs


def outline_path(view):
    segs = outline_segments(view)
    right = [tuple(to_abs(q) for q in s) for s in segs]
    left = [tuple(to_abs(q, mirror=True) for q in (s[3], s[2], s[1], s[0])) for s in reversed(segs)]
    d = [f"M{fmt(right[0][0])}"]
    for s in right + left:
        d.append(f"C{fmt(s[1])} {fmt(s[2])} {fmt(s[3])}")
    return " ".join(d) + " Z"


def closed_path(points, mirror=False):
    segs = catmull_rom(points, closed=True)
    d = [f"M{fmt(to_abs(segs[0][0], mirror))}"]
    for s in segs:
        d.append(f"C{fmt(to_abs(s[1], mirror))} {fmt(to_abs(s[2], mirror))} {fmt(to_abs(s[3], mirror))}")
    return " ".join(d) + " Z"


def open_path(points, mirror=False):
    segs = catmull_rom(points)
    first = to_abs(segs[0][0], mirror)
    d = [f"M{fmt(first)}"]
    for s in segs:
        d.append(f"C{fmt(to_abs(s[1], mirror))} {fmt(to_abs(s[2], mirror))} {fmt(to_abs(s[3], mirror))}")
    return " ".join(d)


def svg(view):
    details = []
    for line in DETAILS[view]:
        details.append(open_path(line))
        details.append(open_path(line, mirror=True))
    for line in CENTRE_LINES[view]:
        details.append(open_path(line))
    shape = f'fill="{FILL}" fill-opacity="{FILL_OPACITY}" stroke="{STROKE}"'
    extras = [open_path(EARS), open_path(EARS, mirror=True)]
    soles = [closed_path(SOLE), closed_path(SOLE, mirror=True)] if view == "back" else []
    detail_paths = "\n    ".join(f'<path d="{d}"/>' for d in details)
    extra_paths = "\n  ".join(f'<path d="{d}" {shape} stroke-width="2"/>' for d in extras + soles)
    title = "Front of the body" if view == "front" else "Back of the body, with the soles of the feet"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by tools/make_body_figure.py; edit that script, not this file. -->
<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">
  <title>{title}</title>
  {extra_paths}
  <path d="{outline_path(view)}" {shape} stroke-width="2.4" stroke-linejoin="round"/>
  <g fill="none" stroke="{STROKE}" stroke-opacity="{DETAIL_OPACITY}" stroke-width="1.6" stroke-linecap="round">
    {detail_paths}
  </g>
</svg>
"""


def half_outline(view, steps=6):
    segs = outline_segments(view)
    pts = bezier_points(segs, steps)
    pts.append(segs[-1][3])
    return pts


def body_shape(view):
    """The body of one view as a shapely geometry in absolute coordinates."""
    half = half_outline(view)
    ring = [to_abs(p) for p in half] + [to_abs(p, True) for p in reversed(half[1:-1])]
    parts = [Polygon(ring).buffer(0)]
    ear = bezier_points(catmull_rom(EARS), 6) + [EARS[-1]]
    for mirror in (False, True):
        parts.append(Polygon([to_abs(p, mirror) for p in ear]).buffer(0))
    if view == "back":
        sole = bezier_points(catmull_rom(SOLE, closed=True), 6)
        for mirror in (False, True):
            parts.append(Polygon([to_abs(p, mirror) for p in sole]).buffer(0))
    return unary_union(parts)


# ---- Places -------------------------------------------------------------------------
# Lines that cut the limbs, as (dx, y) from top to bottom; a cell between two of them is
# a strip(). GAP runs between arm and trunk (through the armpit and the space below it),
# MID down the middle of the arm; the others cut the thigh and lower leg lengthwise.
GAP = [(70, 150), (74, 196), (80, 254), (80, 300), (80, 350), (88, 400), (95, 440),
       (98, 470), (99, 560)]
GAP_BACK = [(86, 150), (86, 205), (82, 254)] + GAP[3:]
MID = [(92, 240), (100, 290), (106, 330), (113, 380), (120, 433), (124, 470), (125, 560)]
THIGH_INNER = [(25, 440), (30, 524), (32, 590), (30, 660)]
THIGH_OUTER = [(55, 440), (54, 524), (50, 590), (46, 660)]
THIGH_BACK = [(38, 440), (38, 560), (36, 660)]
SHIN_INNER = [(24, 650), (26, 700), (28, 760), (27, 830)]
SHIN_OUTER = [(46, 650), (48, 700), (44, 760), (42, 830)]
CALF_MID = [(38, 650), (38, 730), (36, 790)]
FAR = 300  # beyond the body on the outer side


def x_at(line, y):
    if isinstance(line, (int, float)):
        return line
    if y <= line[0][1]:
        return line[0][0]
    for (x1, y1), (x2, y2) in zip(line, line[1:]):
        if y1 <= y <= y2:
            return x1 + (x2 - x1) * (y - y1) / (y2 - y1)
    return line[-1][0]


def strip(inner, outer, y0, y1):
    """The cell between two lines (or fixed distances from the centre) from y0 to y1."""
    def edge(line):
        pts = [(x_at(line, y0), y0)]
        if not isinstance(line, (int, float)):
            pts += [p for p in line if y0 < p[1] < y1]
        return pts + [(x_at(line, y1), y1)]
    return edge(inner) + list(reversed(edge(outer)))


def box(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def ellipse(cx, cy, rx, ry, n=24):
    import math
    return [(cx + rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n))
            for k in range(n)]


# Parts of the body, for the rules that depend on where a place is (a nerve symptom in
# a limb asks a warning-sign question).
HEAD, NECK, SHOULDER, ARM, HAND, CHEST, BELLY, BACK, HIP, LEG, FOOT = (
    "head", "neck", "shoulder", "arm", "hand", "chest", "abdomen", "back", "hip", "leg", "foot")

# (id stem, plain name with {side} for the person's side, part, cell). A stem that ends
# in "*" is a centre place: its cell is mirrored into one place with no side. Order
# settles borders: a place is its cell inside the body less every cell listed before it.
ARM_CELLS = {
    "front": [
        ("front-of-shoulder", "front of the {side} shoulder", SHOULDER, strip(GAP, FAR, 150, 262)),
        ("front-of-upper-arm", "front of the {side} upper arm", ARM, strip(MID, FAR, 262, 318)),
        ("inner-upper-arm", "inside of the {side} upper arm", ARM, strip(GAP, MID, 262, 318)),
        ("outer-elbow", "outside of the {side} elbow", ARM, strip(MID, FAR, 318, 346)),
        ("inner-elbow", "inside of the {side} elbow, at its crease", ARM, strip(GAP, MID, 318, 346)),
        ("forearm-thumb-side", "{side} forearm, thumb side", ARM, strip(MID, FAR, 346, 426)),
        ("forearm-little-finger-side", "{side} forearm, little-finger side", ARM, strip(GAP, MID, 346, 426)),
        ("front-of-wrist", "front of the {side} wrist", ARM, strip(GAP, FAR, 426, 448)),
        ("ball-of-thumb", "ball of the {side} thumb, on the palm", HAND,
         [(127, 448), (146, 448), (147, 466), (136, 471), (127, 476)]),
    ],
    "back": [
        ("back-of-shoulder", "back of the {side} shoulder", SHOULDER, strip(GAP_BACK, FAR, 150, 262)),
        ("back-of-upper-arm", "back of the {side} upper arm", ARM, strip(GAP_BACK, FAR, 262, 318)),
        ("outer-elbow-back", "outside of the {side} elbow", ARM, strip(MID, FAR, 318, 346)),
        ("point-of-elbow", "point of the {side} elbow", ARM, strip(GAP_BACK, MID, 318, 346)),
        ("back-of-forearm-thumb-side", "back of the {side} forearm, thumb side", ARM, strip(MID, FAR, 346, 426)),
        ("back-of-forearm-little-finger-side", "back of the {side} forearm, little-finger side", ARM,
         strip(GAP_BACK, MID, 346, 426)),
        ("back-of-wrist", "back of the {side} wrist", ARM, strip(GAP_BACK, FAR, 426, 448)),
    ],
}


def hand_cells(view):
    back = "-back" if view == "back" else ""
    return [
        ("thumb" + back, "{side} thumb", HAND,
         [(133, 448), (FAR, 448), (FAR, 560), (142, 560), (139, 495), (136, 471)]),
        ("little-finger" + back, "{side} little finger", HAND, [(90, 480), (116.5, 480), (118.5, 560), (90, 560)]),
        ("ring-finger" + back, "{side} ring finger", HAND, [(116.5, 480), (123, 480), (125, 560), (118.5, 560)]),
        ("middle-finger" + back, "{side} middle finger", HAND, [(123, 480), (129.5, 480), (131.5, 560), (125, 560)]),
        ("index-finger" + back, "{side} index finger", HAND, [(129.5, 480), (FAR, 480), (FAR, 560), (131.5, 560)]),
        ("palm" if view == "front" else "back-of-hand",
         "{side} palm" if view == "front" else "back of the {side} hand", HAND, strip(GAP, FAR, 440, 480)),
    ]


FRONT = [
    # Face and head
    ("eye", "around the {side} eye", HEAD, ellipse(14, 87, 8.5, 6.5)),
    ("nose*", "nose", HEAD, [(0, 82), (6, 84), (9, 111), (0, 114)]),
    ("mouth*", "mouth and lips", HEAD, [(0, 114), (13, 115), (13, 128), (0, 129)]),
    ("chin*", "chin", HEAD, [(0, 129), (15, 128), (16, 144), (0, 146)]),
    ("ear", "{side} ear", HEAD, box(36.5, 70, 60, 115)),
    ("jaw-joint", "{side} jaw joint, in front of the ear", HEAD, [(25, 93), (37, 92), (37, 112), (26, 112)]),
    ("temple", "{side} temple", HEAD, [(22, 55), (40, 55), (40, 92), (25, 93), (21, 80)]),
    ("top-of-head*", "top of the head", HEAD, box(0, 0, 60, 54)),
    ("forehead", "{side} side of the forehead", HEAD, [(0, 54), (40, 54), (40, 55), (22, 55), (21, 80), (0, 80)]),
    ("cheek", "{side} cheek", HEAD, box(0, 80, 40, 115)),
    ("jaw", "{side} jaw and its angle", HEAD, box(0, 112, 40, 142)),
    # Neck and collarbones
    ("throat*", "throat", NECK, box(0, 140, 9, 184)),
    ("front-of-neck", "{side} side of the neck", NECK, [(9, 140), (45, 140), (45, 170), (30, 172), (9, 179)]),
    ("above-collarbone", "above the {side} collarbone", NECK, [(9, 160), (90, 160), (90, 186), (40, 182), (9, 181)]),
    ("collarbone", "{side} collarbone", CHEST, [(9, 181), (40, 182), (90, 186), (90, 196), (40, 192), (9, 191)]),
    ("breastbone*", "breastbone", CHEST, box(0, 184, 9, 276)),
] + ARM_CELLS["front"] + hand_cells("front") + [
    # Chest and belly
    ("upper-chest", "{side} upper chest, below the collarbone", CHEST, [(9, 191), (40, 192), (90, 196), (90, 228), (9, 228)]),
    ("side-of-chest", "{side} side of the chest, below the armpit", CHEST, [(56, 228), (100, 228), (100, 330), (58, 330)]),
    ("chest", "{side} chest", CHEST, [(9, 228), (56, 228), (58, 270), (9, 270)]),
    ("navel*", "around the navel", BELLY, ellipse(0, 338, 10, 10)),
    ("upper-abdomen", "{side} upper abdomen, below the ribs", BELLY, [(0, 270), (58, 270), (58, 330), (0, 330)]),
    ("side-of-waist", "{side} side of the waist", BELLY, [(52, 330), (100, 330), (100, 392), (60, 392)]),
    ("pubic*", "above the pubic bone", BELLY, [(0, 408), (16, 404), (14, 448), (4, 472), (0, 472)]),
    ("groin", "{side} groin", HIP, [(4, 446), (32, 416), (58, 388), (74, 390), (74, 402), (46, 432), (18, 462), (4, 470)]),
    ("lower-abdomen", "{side} lower abdomen", BELLY, [(0, 330), (52, 330), (60, 392), (74, 392), (40, 440), (0, 470)]),
    ("front-of-hip", "front of the {side} hip", HIP, box(50, 380, 100, 440)),
    ("outer-hip", "outer {side} hip", HIP, [(72, 440), (100, 440), (100, 490), (72, 490)]),
    # Leg and foot
    ("kneecap", "{side} kneecap", LEG, ellipse(37, 636, 10, 15)),
    ("inner-thigh", "inner {side} thigh", LEG, strip(-1, THIGH_INNER, 440, 614)),
    ("front-of-thigh", "front of the {side} thigh", LEG, strip(THIGH_INNER, THIGH_OUTER, 420, 590)),
    ("above-knee", "just above the {side} kneecap", LEG, strip(THIGH_INNER, THIGH_OUTER, 590, 614)),
    ("outer-thigh", "outer {side} thigh", LEG, strip(THIGH_OUTER, FAR, 420, 614)),
    ("inner-knee", "inside of the {side} knee", LEG, strip(-1, 37, 614, 662)),
    ("outer-knee", "outside of the {side} knee", LEG, strip(37, FAR, 614, 662)),
    ("upper-shin", "front of the {side} shin, upper part", LEG, strip(SHIN_INNER, SHIN_OUTER, 662, 730)),
    ("lower-shin", "front of the {side} shin, lower part", LEG, strip(SHIN_INNER, SHIN_OUTER, 730, 800)),
    ("inner-lower-leg", "inside of the {side} lower leg", LEG, strip(-1, SHIN_INNER, 662, 800)),
    ("outer-lower-leg", "outside of the {side} lower leg", LEG, strip(SHIN_OUTER, FAR, 662, 800)),
    ("inner-ankle", "inside of the {side} ankle", FOOT, strip(-1, 25, 800, 828)),
    ("outer-ankle", "outside of the {side} ankle", FOOT, strip(43, FAR, 800, 828)),
    ("front-of-ankle", "front of the {side} ankle", FOOT, strip(25, 43, 800, 828)),
    ("big-toe", "{side} big toe", FOOT, box(-1, 847, 29, 900)),
    ("toes", "{side} smaller toes", FOOT, box(29, 847, FAR, 900)),
    ("top-of-foot", "top of the {side} foot", FOOT, box(-1, 828, FAR, 847)),
]

BACK = [
    # The soles, beside the legs (first: the leg cells reach out to them)
    ("sole-toes", "underside of the {side} toes", FOOT, box(90, 700, 160, 752)),
    ("ball-of-foot", "ball of the {side} foot", FOOT, box(90, 752, 160, 778)),
    ("arch", "sole of the {side} foot, at the arch", FOOT, box(90, 778, 113, 818)),
    ("outer-sole", "sole of the {side} foot, outer edge", FOOT, box(113, 778, 160, 818)),
    ("sole-heel", "underside of the {side} heel", FOOT, box(90, 818, 160, 900)),
    # Head and neck
    ("ear-back", "{side} ear", HEAD, box(36.5, 70, 60, 115)),
    ("behind-ear", "behind the {side} ear", HEAD, box(25, 96, 40, 122)),
    ("top-of-head-back*", "top of the head", HEAD, box(0, 0, 60, 54)),
    ("back-of-head", "back of the head, {side} side", HEAD, box(0, 54, 40, 108)),
    ("base-of-skull", "base of the skull, {side} side", HEAD, box(0, 108, 40, 128)),
    ("neck-spine*", "back of the neck, on the spine", NECK, box(0, 128, 6, 176)),
    ("back-of-neck", "back of the neck, {side} side", NECK, [(6, 128), (45, 128), (45, 162), (6, 172)]),
] + ARM_CELLS["back"] + hand_cells("back") + [
    # Shoulder blades and spine
    ("top-of-shoulder", "top of the {side} shoulder", SHOULDER, [(6, 172), (45, 162), (100, 180), (100, 204), (40, 198), (6, 190)]),
    ("upper-spine*", "between the shoulder blades, on the spine", BACK, box(0, 176, 6, 276)),
    ("mid-spine*", "middle of the back, on the spine", BACK, box(0, 276, 6, 340)),
    ("lower-spine*", "low back, on the spine", BACK, box(0, 340, 6, 404)),
    ("sacrum*", "sacrum, at the base of the spine", BACK, [(0, 404), (16, 404), (11, 438), (0, 442)]),
    ("tailbone*", "tailbone", BACK, [(0, 442), (11, 438), (8, 462), (0, 464)]),
    ("above-shoulder-blade", "above the {side} shoulder blade", SHOULDER, [(30, 180), (100, 180), (100, 218), (30, 216)]),
    ("beside-shoulder-blade", "between the {side} shoulder blade and the spine", BACK, [(6, 176), (30, 176), (30, 268), (6, 276)]),
    ("shoulder-blade", "{side} shoulder blade", BACK, [(30, 216), (100, 218), (100, 258), (30, 262)]),
    ("below-shoulder-blade", "below the {side} shoulder blade", BACK, [(26, 262), (64, 260), (64, 302), (26, 302)]),
    ("mid-back", "{side} mid-back, beside the spine", BACK, [(6, 270), (26, 262), (26, 302), (38, 302), (38, 340), (6, 340)]),
    ("side-of-back", "{side} side of the back", BACK, [(38, 254), (100, 254), (100, 340), (38, 340)]),
    ("low-back", "{side} low back, beside the spine", BACK, box(6, 340, 24, 404)),
    ("side-of-low-back", "{side} side of the low back", BACK, box(24, 340, 100, 384)),
    ("top-of-pelvis", "top of the {side} pelvis", HIP, box(16, 384, 100, 400)),
    ("sacroiliac", "{side} sacroiliac joint, beside the sacrum", HIP, [(6, 400), (32, 400), (32, 432), (11, 440)]),
    ("outer-hip-back", "outer {side} hip", HIP, [(70, 428), (100, 428), (100, 490), (72, 490)]),
    ("buttock-crease", "{side} buttock crease and sitting bone", HIP,
     [(0, 462), (34, 472), (62, 466), (72, 456), (90, 456), (90, 490), (34, 492), (0, 480)]),
    ("upper-buttock", "upper outer {side} buttock", HIP, box(30, 400, 100, 430)),
    ("buttock", "{side} buttock", HIP, box(0, 400, 100, 480)),
    # Leg and heel
    ("back-of-thigh-inner", "back of the {side} thigh, inner side", LEG, strip(-1, THIGH_BACK, 470, 614)),
    ("back-of-thigh-outer", "back of the {side} thigh, outer side", LEG, strip(THIGH_BACK, FAR, 470, 614)),
    ("back-of-knee", "back of the {side} knee", LEG, strip(20, 52, 614, 662)),
    ("inner-knee-back", "inside of the {side} knee", LEG, strip(-1, 20, 614, 662)),
    ("outer-knee-back", "outside of the {side} knee", LEG, strip(52, FAR, 614, 662)),
    ("upper-calf-inner", "upper {side} calf, inner side", LEG, strip(-1, CALF_MID, 662, 730)),
    ("upper-calf-outer", "upper {side} calf, outer side", LEG, strip(CALF_MID, FAR, 662, 730)),
    ("lower-calf", "lower {side} calf", LEG, strip(-1, FAR, 730, 784)),
    ("achilles", "{side} Achilles tendon", FOOT, strip(26, 42, 784, 828)),
    ("inner-ankle-back", "inside of the {side} ankle", FOOT, strip(-1, 26, 784, 828)),
    ("outer-ankle-back", "outside of the {side} ankle", FOOT, strip(42, FAR, 784, 828)),
    ("heel", "back of the {side} heel", FOOT, box(-1, 828, 60, 900)),
]
PLACES = {"front": FRONT, "back": BACK}


def person_side(view, viewer_right):
    if view == "back":
        return "right" if viewer_right else "left"
    return "left" if viewer_right else "right"


def rings_of(geometry):
    """Every ring of a polygon or multipolygon, outer rings and holes alike (even-odd)."""
    polys = [geometry] if isinstance(geometry, Polygon) else list(geometry.geoms)
    rings = []
    for poly in polys:
        rings.append(list(poly.exterior.coords)[:-1])
        rings += [list(r.coords)[:-1] for r in poly.interiors]
    return rings


def largest(geometry):
    if isinstance(geometry, Polygon):
        return geometry
    return max(geometry.geoms, key=lambda g: g.area)


def merge_crumbs(view, places):
    """A place is one piece. Crumbs that the cutting leaves (slivers of a border, a corner
    between three cells) go to the neighbour they share the longest border with; a piece
    that is not a crumb means the cells need mending."""
    for place in places:
        shape = place["shape"]
        if isinstance(shape, Polygon):
            continue
        pieces = sorted(shape.geoms, key=lambda g: g.area, reverse=True)
        place["shape"] = pieces[0]
        for crumb in pieces[1:]:
            if crumb.area > 10:
                raise SystemExit(f"{view}: place {place['id']} has a second piece of "
                                 f"{crumb.area:.1f} px² at {crumb.representative_point()}")
            if crumb.area < 1e-6:
                continue
            edge = crumb.boundary.buffer(0.01)
            best = max((p for p in places if p is not place),
                       key=lambda p: p["shape"].intersection(edge).area)
            best["shape"] = unary_union([best["shape"], crumb]).buffer(0)
            if not isinstance(best["shape"], Polygon):
                best["shape"] = largest(best["shape"])


def make_places(view, strict=True):
    """The places of one view: each cell inside the body, less the cells before it."""
    body = body_shape(view)
    right_half = Polygon(box(CX, -10, WIDTH + 10, HEIGHT + 10))
    left_half = Polygon(box(-10, -10, CX, HEIGHT + 10))
    taken = Polygon()
    places = []
    for stem, name, part, cell in PLACES[view]:
        centre = stem.endswith("*")
        stem = stem.rstrip("*")
        right = Polygon([to_abs(p) for p in cell]).buffer(0)
        left = Polygon([to_abs(p, True) for p in cell]).buffer(0)
        if centre:
            pieces = [(stem, "centre", unary_union([right, left]))]
        else:
            pieces = [(f"{stem}-{person_side(view, True)}", person_side(view, True),
                       right.intersection(right_half)),
                      (f"{stem}-{person_side(view, False)}", person_side(view, False),
                       left.intersection(left_half))]
        for pid, side, shape in pieces:
            area = shape.intersection(body).difference(taken)
            area = area.buffer(0)
            if area.area < 1.0:
                raise SystemExit(f"{view}: place {pid} is empty: its cell is inside earlier ones")
            taken = unary_union([taken, area])
            label = polylabel(largest(area), tolerance=0.2)
            places.append({"id": pid, "view": view, "side": side, "part": part,
                           "name": name.format(side=side), "shape": area,
                           "centre": (label.x, label.y)})
    merge_crumbs(view, places)
    left_over = body.difference(taken)
    if not strict:
        for piece in ([left_over] if isinstance(left_over, Polygon) else left_over.geoms):
            if piece.area > 0.001:
                print(f"  {view}: no place for {piece.area:.3f} px² at {piece.representative_point()}")
    if strict and left_over.area > 0.5:
        raise SystemExit(f"{view}: {left_over.area:.1f} px² of the body has no place, "
                         f"around {left_over.representative_point()}")
    return body, places


# Muscle regions: (id stem, view, plain name, where on the body with {side} for the
# person's side, muscle ids from clinical/referral.tsv, polygon of the viewer's right half).
REGIONS = [
    # Back: head and neck
    ("suboccipitals", "back", "Base of the skull", "where the head meets the neck, {side}",
     ["suboccipitals", "splenius-capitis"],
     [(0, 108), (26, 106), (31, 122), (23, 141), (0, 141)]),
    ("neck-back", "back", "Back of the neck", "{side} side of the back of the neck",
     ["splenius-cervicis"],
     [(0, 141), (22, 141), (22, 160), (15, 171), (0, 171)]),
    # Back: shoulder girdle
    ("upper-trapezius", "back", "Upper trapezius", "top of the {side} shoulder",
     ["upper-trapezius"],
     [(38, 180), (58, 185), (84, 192), (90, 204), (60, 200), (40, 196)]),
    ("levator-scapulae", "back", "Levator scapulae", "where the neck meets the {side} shoulder",
     ["levator-scapulae"],
     [(15, 171), (22, 160), (31, 175), (38, 180), (40, 196), (30, 206), (18, 196)]),
    ("supraspinatus", "back", "Supraspinatus", "above the ridge of the {side} shoulder blade",
     ["supraspinatus"],
     [(30, 206), (40, 196), (60, 200), (90, 204), (84, 212), (52, 210), (32, 214)]),
    ("posterior-deltoid", "back", "Back of the shoulder", "back of the {side} shoulder cap",
     ["deltoid-posterior"],
     [(90, 204), (101, 206), (110, 228), (113, 262), (98, 258), (86, 236), (84, 212)]),
    ("infraspinatus", "back", "Infraspinatus", "on the {side} shoulder blade, below its ridge",
     ["infraspinatus"],
     [(32, 214), (52, 210), (84, 212), (86, 236), (72, 250), (50, 270), (34, 262)]),
    ("teres", "back", "Teres and subscapularis", "outer edge of the {side} shoulder blade, near the armpit",
     ["teres-minor", "subscapularis"],
     [(72, 250), (86, 236), (98, 258), (82, 262), (76, 274), (60, 276), (50, 270)]),
    ("rhomboid", "back", "Rhomboids", "between the {side} shoulder blade and the spine",
     ["rhomboids", "middle-trapezius", "serratus-posterior-superior"],
     [(0, 176), (15, 171), (18, 196), (30, 206), (32, 214), (34, 262), (28, 276), (0, 276)]),
    # Back: mid and low back
    ("lower-trapezius", "back", "Lower trapezius", "below the {side} shoulder blade, near the spine",
     ["lower-trapezius"],
     [(14, 276), (28, 276), (34, 262), (50, 270), (60, 276), (46, 292), (38, 318), (14, 322)]),
    ("thoracic-paraspinals", "back", "Mid-back muscles beside the spine", "{side} of the spine, mid-back",
     ["iliocostalis-thoracis", "longissimus-thoracis"],
     [(0, 276), (14, 276), (14, 322), (38, 318), (38, 340), (0, 340)]),
    ("latissimus", "back", "Latissimus dorsi", "{side} side of the mid-back",
     ["latissimus-dorsi"],
     [(46, 292), (60, 276), (76, 274), (75, 290), (67, 326), (65, 340), (38, 340), (38, 318)]),
    ("lumbar-paraspinals", "back", "Low-back muscles beside the spine", "{side} of the spine, low back",
     ["iliocostalis-lumborum", "multifidus"],
     [(0, 340), (20, 340), (20, 415), (0, 415)]),
    ("quadratus-lumborum", "back", "Quadratus lumborum", "{side} side of the low back, above the pelvis",
     ["quadratus-lumborum"],
     [(20, 340), (65, 340), (64, 350), (68, 385), (20, 385)]),
    # Back: hips and buttocks
    ("gluteus-medius", "back", "Gluteus medius and minimus", "upper outer {side} buttock",
     ["gluteus-medius", "gluteus-minimus-front", "gluteus-minimus-back"],
     [(20, 385), (68, 385), (79, 428), (80, 438), (56, 432), (30, 420), (20, 415)]),
    ("piriformis", "back", "Piriformis", "deep in the middle of the {side} buttock",
     ["piriformis"],
     [(30, 420), (56, 432), (80, 438), (81, 446), (54, 444), (26, 436)]),
    ("gluteus-maximus", "back", "Gluteus maximus", "{side} buttock",
     ["gluteus-maximus"],
     [(0, 415), (20, 415), (30, 420), (26, 436), (54, 444), (81, 446), (82, 462), (74, 466),
      (62, 476), (34, 482), (6, 470), (0, 455)]),
    # Back: legs
    ("hamstrings-inner", "back", "Inner hamstrings", "back of the {side} thigh, inner side",
     ["hamstrings-medial"],
     [(6, 470), (34, 482), (38, 560), (36, 628), (14, 628), (12, 590), (8, 524), (3, 474)]),
    ("hamstrings-outer", "back", "Outer hamstring", "back of the {side} thigh, outer side",
     ["hamstrings-biceps-femoris"],
     [(34, 482), (62, 476), (74, 466), (82, 462), (78, 522), (68, 590), (62, 628), (36, 628),
      (38, 560)]),
    ("gastrocnemius", "back", "Upper calf", "upper {side} calf",
     ["gastrocnemius"],
     [(15, 655), (61, 655), (64, 690), (61, 715), (16, 715)]),
    ("soleus", "back", "Lower calf", "lower {side} calf, above the Achilles tendon",
     ["soleus"],
     [(16, 715), (61, 715), (57, 745), (50, 790), (22, 790), (20, 758)]),
    # Back: arm
    ("forearm-extensors", "back", "Forearm extensors", "back of the {side} forearm, below the elbow",
     ["forearm-extensors-radial", "forearm-extensors-ulnar"],
     [(96, 345), (119, 340), (126, 378), (128, 400), (104, 400), (101, 384)]),
    # Front: head, jaw and neck
    ("temporalis", "front", "Temple muscle", "side of the head above the {side} ear",
     ["temporalis"],
     [(18, 62), (32, 60), (36, 84), (30, 96), (18, 90)]),
    ("masseter", "front", "Jaw muscle", "{side} cheek and jaw angle",
     ["masseter"],
     [(20, 104), (34, 104), (32, 122), (24, 136), (16, 128)]),
    ("sternocleidomastoid", "front", "Sternocleidomastoid", "front of the neck, {side} side",
     ["sternocleidomastoid-sternal", "sternocleidomastoid-clavicular"],
     [(8, 142), (21, 142), (21, 158), (12, 182), (2, 182), (4, 170)]),
    ("scalenes", "front", "Scalenes", "{side} side of the neck, above the collarbone",
     ["scalenes"],
     [(21, 158), (31, 175), (44, 182), (16, 182)]),
    # Front: shoulder and chest
    ("anterior-deltoid", "front", "Front of the shoulder", "front of the {side} shoulder cap",
     ["deltoid-anterior"],
     [(70, 190), (84, 193), (101, 205), (110, 228), (112, 260), (96, 256), (86, 236), (72, 214)]),
    ("pectoralis-minor", "front", "Pectoralis minor", "{side} upper chest, below the collarbone",
     ["pectoralis-minor"],
     [(40, 190), (70, 190), (72, 214), (60, 222), (40, 214)]),
    ("pectoralis-major", "front", "Pectoralis major", "{side} chest",
     ["pectoralis-major"],
     [(2, 188), (40, 190), (40, 214), (60, 222), (72, 214), (86, 236), (80, 254), (66, 262),
      (40, 268), (2, 264)]),
    ("serratus-anterior", "front", "Serratus anterior", "{side} side of the chest, below the armpit",
     ["serratus-anterior"],
     [(66, 262), (80, 254), (78, 256), (75, 290), (70, 316), (56, 312), (58, 280)]),
    # Front: abdomen and hip
    ("rectus-abdominis-upper", "front", "Upper abdomen", "{side} upper abdomen, below the ribs",
     ["rectus-abdominis-upper"],
     [(2, 266), (40, 270), (58, 280), (56, 312), (52, 330), (2, 330)]),
    ("rectus-abdominis-lower", "front", "Lower abdomen", "{side} lower abdomen",
     ["rectus-abdominis-lower"],
     [(2, 330), (52, 330), (64, 350), (66, 372), (2, 380)]),
    ("iliopsoas", "front", "Hip flexor", "front of the {side} hip and groin",
     ["iliopsoas"],
     [(2, 380), (66, 372), (69, 388), (79, 428), (82, 440), (60, 440), (38, 440), (12, 455),
      (2, 456)]),
    # Front: legs
    ("rectus-femoris", "front", "Front of the thigh", "front of the {side} thigh",
     ["rectus-femoris"],
     [(3, 474), (12, 455), (38, 440), (56, 446), (50, 540), (40, 600), (40, 620), (14, 620),
      (12, 590), (8, 524)]),
    ("vastus-lateralis", "front", "Outer thigh", "outer side of the {side} thigh",
     ["vastus-lateralis"],
     [(56, 446), (60, 440), (82, 440), (82, 462), (78, 522), (68, 590), (62, 620), (40, 620),
      (40, 600), (50, 540)]),
    ("tibialis-anterior", "front", "Shin muscle", "front of the {side} shin",
     ["tibialis-anterior"],
     [(20, 655), (60, 655), (64, 690), (60, 720), (22, 720), (16, 700)]),
]



def keep_inside(p, body, margin=1.5):
    """Moves a muscle region's corner that lies outside the body, or closer to its edge than
    margin, to just inside it. The move depends on the corner alone, so corners two regions
    share stay shared and the regions cannot come to overlap."""
    inner = body.buffer(-margin)
    point = SPoint(p)
    if inner.contains(point):
        return p
    from shapely.ops import nearest_points
    q = nearest_points(inner.buffer(-0.01), point)[0]
    return (q.x, q.y)


def norm(p):
    return [round(p[0] / WIDTH, 5), round(p[1] / HEIGHT, 5)]


def muscle_regions(view, body):
    regions = []
    for stem, region_view, name, where, muscles, half in REGIONS:
        if region_view != view:
            continue
        for mirror in (False, True):
            side = person_side(view, not mirror)
            poly = [keep_inside(to_abs(p, mirror), body) for p in half]
            if mirror:
                poly.reverse()
            label = polylabel(Polygon(poly).buffer(0), tolerance=0.2)
            regions.append({
                "id": f"{stem}-{side}", "view": view, "side": side, "name": name,
                "where": where.format(side=side), "muscles": muscles,
                "centre": norm((label.x, label.y)), "polygon": [norm(p) for p in poly],
            })
    return regions


UNIT = 100000  # coordinates are written as multiples of 1 / UNIT of the figure


def node(rings, snap=2, tolerance=1.5):
    """Makes borders that places share the same in each, to the last digit.

    Rounded to the written precision, two places' copies of a border can differ: one has
    a corner the other lacks, or the same corner differs in its last digit. A point on the
    border would then lie in both places or in neither. Corners closer than `snap` units
    become one; a corner within `tolerance` of another ring's edge is put into that edge
    too. Every ring is a list of integer (x, y) in units; the outline takes part, so the
    body's edge and its places' edges agree as well."""
    cell = 200
    canon, grid = [], {}

    def key(p):
        return (p[0] // cell, p[1] // cell)

    def snapped(p):
        kx, ky = key(p)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for q in grid.get((kx + dx, ky + dy), []):
                    if abs(q[0] - p[0]) <= snap and abs(q[1] - p[1]) <= snap:
                        return q
        grid.setdefault(key(p), []).append(p)
        canon.append(p)
        return p

    rings = [[snapped(p) for p in ring] for ring in rings]
    out = []
    for ring in rings:
        noded = []
        n = len(ring)
        for i in range(n):
            a, b = ring[i], ring[(i + 1) % n]
            if not noded or noded[-1] != a:
                noded.append(a)
            x0, x1 = sorted((a[0], b[0]))
            y0, y1 = sorted((a[1], b[1]))
            dx, dy = b[0] - a[0], b[1] - a[1]
            length2 = dx * dx + dy * dy
            if length2 == 0:
                continue
            between = []
            for kx in range((x0 - 2) // cell, (x1 + 2) // cell + 1):
                for ky in range((y0 - 2) // cell, (y1 + 2) // cell + 1):
                    for q in grid.get((kx, ky), []):
                        if q == a or q == b:
                            continue
                        t = ((q[0] - a[0]) * dx + (q[1] - a[1]) * dy) / length2
                        if t <= 0 or t >= 1:
                            continue
                        off = abs((q[0] - a[0]) * dy - (q[1] - a[1]) * dx) / length2 ** 0.5
                        if off <= tolerance:
                            between.append((t, q))
            for _, q in sorted(between):
                if noded[-1] != q:
                    noded.append(q)
        while len(noded) > 1 and noded[-1] == noded[0]:
            noded.pop()
        out.append(noded)
    return out


def real_rings(rings, owners):
    """Drops rings that snapping left with no area (slivers thinner than a unit)."""
    kept = [(r, o) for r, o in zip(rings, owners) if len(r) >= 3]
    return [r for r, _ in kept], [o for _, o in kept]


def to_units(p):
    return (round(p[0] / WIDTH * UNIT), round(p[1] / HEIGHT * UNIT))


def from_units(p):
    return [p[0] / UNIT, p[1] / UNIT]


def atlas():
    outline, places, regions = {}, [], []
    for view in VIEWS:
        body, view_places = make_places(view)
        # Every ring of the view, the outline's first, noded together.
        rings = [[to_units(q) for q in ring] for ring in rings_of(body)]
        owners = [None] * len(rings)
        for i, p in enumerate(view_places):
            place_rings = [[to_units(q) for q in ring] for ring in rings_of(p["shape"])]
            rings += place_rings
            owners += [i] * len(place_rings)
        rings, owners = real_rings(node(rings), owners)
        outline[view] = [[from_units(q) for q in ring] for ring, owner in zip(rings, owners)
                         if owner is None]
        for i, p in enumerate(view_places):
            places.append({"id": p["id"], "view": view, "side": p["side"], "part": p["part"],
                           "name": p["name"], "centre": norm(p["centre"]),
                           "rings": [[from_units(q) for q in ring]
                                     for ring, owner in zip(rings, owners) if owner == i]})
        regions += muscle_regions(view, body)
    clash = {p["id"] for p in places} & {r["id"] for r in regions}
    if clash:
        raise SystemExit(f"places and muscle regions share ids: {sorted(clash)}")
    return {
        "format": 2,
        "about": "Generated by tools/make_body_figure.py; edit that script, not this file. "
                 "Coordinates are fractions of the figure's width and height (400 x 880).",
        "aspect": WIDTH / HEIGHT,
        "outline": outline,
        "places": places,
        "regions": regions,
    }


def preview(directory):
    """A PPM per view: every place in its own colour over the figure's size, doubled."""
    import colorsys
    from shapely import vectorized
    import numpy as np
    scale = 2
    xs, ys = np.meshgrid(np.arange(WIDTH * scale) / scale + 0.25, np.arange(HEIGHT * scale) / scale + 0.25)
    for view in VIEWS:
        body, places = make_places(view, strict=False)
        image = np.full((HEIGHT * scale, WIDTH * scale, 3), 255, dtype=np.uint8)
        count = np.zeros(xs.shape, dtype=np.int32)
        for i, p in enumerate(places):
            hit = vectorized.contains(p["shape"], xs, ys)
            count += hit
            r, g, b = colorsys.hsv_to_rgb((i * 0.618) % 1.0, 0.45, 0.95)
            image[hit] = (int(r * 255), int(g * 255), int(b * 255))
        inside = vectorized.contains(body, xs, ys)
        image[inside & (count == 0)] = (0, 0, 0)
        image[count > 1] = (255, 0, 0)
        for p in places:
            cx, cy = int(p["centre"][0] * scale), int(p["centre"][1] * scale)
            image[cy - 1:cy + 2, cx - 1:cx + 2] = (0, 0, 0)
        path = Path(directory) / f"places-{view}.ppm"
        with open(path, "wb") as f:
            f.write(f"P6 {WIDTH * scale} {HEIGHT * scale} 255\n".encode())
            f.write(image.tobytes())
        print(f"{path}: {len(places)} places")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--preview":
        preview(sys.argv[2])
        return
    out = Path(__file__).resolve().parent.parent / "resources" / "body"
    out.mkdir(parents=True, exist_ok=True)
    for view in VIEWS:
        (out / f"{view}.svg").write_text(svg(view))
    data = atlas()
    # One place or region a line: readable in a diff.
    compact = {"separators": (",", ":")}
    lines = ['{', f' "format": {data["format"]},', f' "about": {json.dumps(data["about"])},',
             f' "aspect": {data["aspect"]},',
             f' "outline": {json.dumps(data["outline"], **compact)},', ' "places": [']
    lines += ['  ' + json.dumps(p, **compact) + ',' for p in data["places"]]
    lines[-1] = lines[-1].rstrip(',')
    lines += [' ],', ' "regions": [']
    lines += ['  ' + json.dumps(r, **compact) + ',' for r in data["regions"]]
    lines[-1] = lines[-1].rstrip(',')
    lines += [' ]', '}']
    (out / "atlas.json").write_text("\n".join(lines) + "\n")
    print(f"{len(data['places'])} places, {len(data['regions'])} muscle regions")


if __name__ == "__main__":
    main()
