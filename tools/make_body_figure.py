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


# ---- Muscles ------------------------------------------------------------------------
# Each muscle is drawn from its attachments: it starts at its origin and ends at its
# insertion, as named in OpenStax Anatomy and Physiology 2e (Betts et al., 2022), chapter 11,
# tables 11.1-11.13 of the axial and appendicular muscles (origin, insertion), checked against
# Gray's Anatomy for Students, 4th ed. (Drake, Vogl, Mitchell 2019) for the hand and foot.
# The bony landmarks below are placed on the figure's eight-head proportions; a muscle is a
# smooth band through its cross-sections from the origin's line to the insertion's line.
#
# Layers are data: `depth` 1 is the muscle under the skin, 2 lies under it, and so on. At any
# point of a view the muscles there have different depths, so a click lists them surface
# first. Within one depth a muscle is cut by the ones listed before it, as places are.
LANDMARKS = {
    # Head and neck (both views)
    "occiput": (0, 108), "nuchal-line": (24, 104), "mastoid": (31, 113), "c1": (16, 128),
    "c4": (0, 150), "c7": (0, 176), "t3": (0, 204), "t6": (0, 246), "t12": (0, 330),
    "l1": (0, 342), "l5": (0, 398), "sacrum-top": (0, 404), "coccyx": (0, 460),
    "zygomatic-arch": (30, 98), "jaw-angle": (26, 132), "chin": (6, 140),
    "temporal-fossa": (26, 62), "coronoid": (26, 110),
    # Shoulder girdle
    "clavicle-inner": (10, 184), "clavicle-outer": (70, 191), "acromion": (90, 198),
    "coracoid": (66, 204), "scapula-top": (26, 204), "spine-root": (27, 214),
    "scapula-tip": (44, 292), "glenoid": (78, 226), "humerus-head": (90, 214),
    "deltoid-tuberosity": (109, 270), "lesser-tubercle": (84, 222),
    # Arm
    "lateral-epicondyle": (118, 332), "medial-epicondyle": (95, 332), "olecranon": (110, 338),
    "radius-mid": (118, 384), "radial-styloid": (132, 436), "ulnar-styloid": (108, 436),
    # Trunk
    "xiphoid": (0, 276), "costal-margin": (58, 272), "pubis": (4, 456), "asis": (58, 392),
    "iliac-crest": (68, 386), "psis": (16, 404),
    # Leg
    "greater-trochanter": (80, 440), "ischium": (28, 470), "lesser-trochanter": (30, 476),
    "patella": (37, 636), "tibial-tuberosity": (37, 668), "medial-condyle": (18, 640),
    "lateral-condyle": (56, 640), "fibula-head": (58, 664), "medial-malleolus": (22, 812),
    "lateral-malleolus": (48, 812), "calcaneus": (35, 850),
}


def L(name, dx=0, dy=0):
    x, y = LANDMARKS[name]
    return (x + dx, y + dy)


def band(*sections):
    """The outline of a muscle from its cross-sections, origin first: each section is a pair
    (one edge, the other edge). The first edges in order, then the second edges back."""
    return [s[0] for s in sections] + [s[1] for s in reversed(sections)]


def belly(origin, insertion, w_origin, w_belly, w_insertion, bend=0.0):
    """A spindle from the origin's middle to the insertion's middle: half-widths at the two
    ends and at the belly; `bend` moves the belly sideways (a curved muscle)."""
    (ox, oy), (ix, iy) = origin, insertion
    dx, dy = ix - ox, iy - oy
    length = (dx * dx + dy * dy) ** 0.5
    nx, ny = -dy / length, dx / length
    sections = []
    for t, w in ((0.0, w_origin), (0.25, (w_origin + w_belly) / 2 * 1.1), (0.5, w_belly),
                 (0.75, (w_belly + w_insertion) / 2 * 1.1), (1.0, w_insertion)):
        shift = bend * 4 * t * (1 - t)
        cx, cy = ox + dx * t + nx * shift, oy + dy * t + ny * shift
        sections.append(((cx + nx * w, cy + ny * w), (cx - nx * w, cy - ny * w)))
    return band(*sections)


# (id stem, view, plain name, where ({side}), knowledge muscles, depth, origin, insertion,
# outline in the viewer's right half)
M_ = []


def muscle(stem, view, name, where, muscles, depth, origin, insertion, outline):
    M_.append((stem, view, name, where, muscles, depth, origin, insertion, outline))


# ---- Back view ------------------------------------------------------------------------
B, F = "back", "front"
# Head and neck, surface to deep
muscle("occipitalis", B, "Occipitalis", "back of the head, {side} side", ["occipitofrontalis-occipital"], 1,
       "superior nuchal line of the occipital bone", "the scalp's tendon sheet (galea)",
       band(((2, 70), (6, 102)), ((16, 66), (20, 104)), ((28, 74), (30, 100))))
muscle("upper-trapezius", B, "Upper trapezius", "top of the {side} shoulder", ["upper-trapezius"], 1,
       "occipital bone and ligament of the neck", "outer third of the collarbone and the acromion",
       band(((2, 110), (20, 108)), ((2, 150), (22, 142)), ((2, 178), (34, 176)), ((30, 192), (60, 186)),
            (L("acromion", -6, 4), L("acromion", -2, -2))))
muscle("middle-trapezius", B, "Middle trapezius", "between the {side} shoulder blade and the spine, near the top",
       ["middle-trapezius"], 1, "spines of C7 to T3", "the acromion and the spine of the shoulder blade",
       band(((2, 226), (2, 180)), ((27, 216), (30, 193)), ((60, 207), (58, 199)), (L("acromion", -6, 7), L("acromion", -6, 4))))
muscle("lower-trapezius", B, "Lower trapezius", "below the {side} shoulder blade, near the spine", ["lower-trapezius"], 1,
       "spines of T4 to T12", "the root of the spine of the shoulder blade",
       band(((2, 226), (27, 218)), ((2, 270), (24, 250)), ((2, 322), (10, 318))))
muscle("deltoid-posterior", B, "Back of the shoulder", "back of the {side} shoulder cap", ["deltoid-posterior"], 1,
       "spine of the shoulder blade", "deltoid tuberosity of the upper arm bone",
       band(((66, 204), L("acromion", 2, 2)), ((80, 222), (106, 214)), ((96, 250), (112, 246)),
            (L("deltoid-tuberosity", -6, 0), L("deltoid-tuberosity", 2, -2))))
muscle("infraspinatus", B, "Infraspinatus", "on the {side} shoulder blade, below its ridge", ["infraspinatus"], 1,
       "infraspinous fossa of the shoulder blade", "greater tubercle of the upper arm bone",
       band(((30, 270), (30, 222)), ((44, 262), (50, 216)), ((60, 246), (66, 212)), ((76, 230), (82, 216))))
muscle("teres-minor", B, "Teres minor", "outer edge of the {side} shoulder blade, near the armpit", ["teres-minor"], 1,
       "outer edge of the shoulder blade", "greater tubercle of the upper arm bone",
       belly((58, 258), (86, 232), 4, 5, 3))
muscle("teres-major", B, "Teres major", "lower outer corner of the {side} shoulder blade", ["teres-major"], 1,
       "lower angle of the shoulder blade", "inner lip of the groove of the upper arm bone",
       belly(L("scapula-tip", 2, -6), (84, 252), 6, 7, 4))
muscle("triceps", B, "Triceps", "back of the {side} upper arm", ["triceps-brachii"], 1,
       "below the shoulder socket and the back of the upper arm bone", "the point of the elbow (olecranon)",
       band(((84, 254), (100, 250)), ((86, 280), (112, 270)), ((92, 306), (117, 300)), ((100, 328), (116, 328)),
            (L("olecranon", -4, 0), L("olecranon", 3, 0))))
muscle("latissimus", B, "Latissimus dorsi", "{side} side of the mid-back and below the armpit", ["latissimus-dorsi"], 1,
       "spines of T7 to L5, the back of the pelvis and the lower ribs", "groove of the upper arm bone, in the armpit",
       band(((16, 300), (80, 252)), ((22, 330), (78, 262)), ((28, 368), (70, 300)), ((40, 388), (66, 340))))
muscle("thoracic-paraspinals", B, "Mid-back muscles beside the spine", "{side} of the spine, mid-back",
       ["iliocostalis-thoracis", "longissimus-thoracis"], 1, "the ribs and the spine below", "the ribs and the spine above",
       band(((3, 228), (13, 228)), ((3, 300), (16, 300)), ((3, 340), (20, 340))))
muscle("lumbar-paraspinals", B, "Low-back muscles beside the spine", "{side} of the spine, low back",
       ["iliocostalis-lumborum"], 1, "the sacrum and the back of the pelvis", "the lower ribs",
       band(((3, 340), (20, 340)), ((3, 380), (22, 382)), (L("sacrum-top", 4, 0), L("psis", 4, 0))))
muscle("gluteus-medius", B, "Gluteus medius", "upper outer {side} buttock", ["gluteus-medius"], 1,
       "outer surface of the pelvis below its crest", "greater trochanter of the thigh bone",
       band(((24, 400), L("iliac-crest", -2, 2)), ((36, 412), (78, 420)), (L("greater-trochanter", -8, -4), L("greater-trochanter", -2, -2))))
muscle("gluteus-maximus", B, "Gluteus maximus", "{side} buttock", ["gluteus-maximus"], 1,
       "back of the pelvis, the sacrum and the tailbone", "the iliotibial band and the back of the thigh bone",
       band(((2, 412), (22, 402)), ((4, 440), (46, 420)), ((8, 466), (76, 440)), ((40, 482), (80, 462)),
            ((64, 480), (80, 476))))
muscle("hamstrings-inner", B, "Inner hamstrings", "back of the {side} thigh, inner side", ["hamstrings-medial"], 1,
       "the sitting bone (ischial tuberosity)", "inner side of the top of the shin bone",
       band((L("ischium", -14, 10), L("ischium", 6, 12)), ((10, 530), (36, 530)), ((14, 600), (34, 600)),
            (L("medial-condyle", 2, 0), (30, 640))))
muscle("adductor-magnus", B, "Adductor magnus", "back of the {side} thigh, far inner side", ["adductor-magnus"], 1,
       "the sitting bone and the pubic bone", "the back of the thigh bone, down to the inner knee",
       band(((4, 480), (10, 482)), ((4, 530), (10, 530)), ((8, 590), (12, 590))))
muscle("hamstrings-outer", B, "Outer hamstring", "back of the {side} thigh, outer side", ["hamstrings-biceps-femoris"], 1,
       "the sitting bone and the back of the thigh bone", "head of the fibula",
       band((L("ischium", 8, 14), (72, 480)), ((38, 530), (76, 520)), ((38, 600), (66, 596)),
            ((44, 636), L("fibula-head", 0, -12))))
muscle("gastrocnemius", B, "Gastrocnemius", "upper {side} calf, both heads", ["gastrocnemius"], 1,
       "the two back corners of the thigh bone above the knee", "the heel bone, through the Achilles tendon",
       [band(((20, 650), (37, 652)), ((16, 690), (37, 694)), ((21, 736), (37, 740)), ((30, 756), (37, 756))),  # inner head
        band(((39, 652), (56, 650)), ((39, 692), (62, 688)), ((39, 724), (56, 722)), ((39, 744), (45, 742)))])  # outer head
muscle("soleus", B, "Soleus", "lower {side} calf, above the Achilles tendon", ["soleus"], 2,
       "back of the upper shin bone and fibula", "the heel bone, through the Achilles tendon",
       band(((22, 668), (58, 668)), ((18, 720), (62, 718)), ((22, 760), (54, 760)), ((30, 790), (42, 790))))
muscle("popliteus", B, "Popliteus", "back of the {side} knee, below its crease", ["popliteus"], 2,
       "outer condyle of the thigh bone", "back of the top of the shin bone",
       band(((48, 646), (54, 652)), ((26, 656), (44, 666)), ((20, 664), (28, 672))))
muscle("gluteus-minimus", B, "Gluteus minimus", "deep under the upper outer {side} buttock",
       ["gluteus-minimus-front", "gluteus-minimus-back"], 2,
       "outer surface of the pelvis, under gluteus medius", "front of the greater trochanter",
       band(((34, 408), (66, 398)), ((44, 420), (72, 416)), (L("greater-trochanter", -10, -6), L("greater-trochanter", -4, -6))))
muscle("piriformis", B, "Piriformis", "deep in the middle of the {side} buttock", ["piriformis"], 2,
       "front of the sacrum", "top of the greater trochanter",
       belly((10, 420), L("greater-trochanter", -6, -2), 6, 6, 3))
muscle("multifidus", B, "Multifidus", "deep beside the {side} low-back spine", ["multifidus"], 2,
       "the sacrum and the vertebrae below", "spines of the vertebrae two to four levels above",
       band(((3, 330), (10, 330)), ((3, 380), (12, 380)), ((3, 412), (12, 408))))
muscle("quadratus-lumborum", B, "Quadratus lumborum", "deep in the {side} side of the low back, above the pelvis",
       ["quadratus-lumborum"], 2, "the crest of the pelvis", "the lowest rib and the low-back vertebrae",
       band(((24, 340), (50, 336)), ((26, 364), (60, 362)), ((28, 386), (64, 386))))
muscle("serratus-posterior-inferior", B, "Serratus posterior inferior", "deep over the lower ribs, {side} side",
       ["serratus-posterior-inferior"], 2, "spines of T11 to L2", "the four lowest ribs",
       band(((18, 326), (26, 304)), ((26, 330), (54, 304)), ((30, 336), (64, 318))))
muscle("rhomboids", B, "Rhomboids", "deep between the {side} shoulder blade and the spine", ["rhomboids"], 2,
       "spines of C7 to T5", "the inner edge of the shoulder blade",
       band(((3, 180), L("scapula-top", 0, 2)), ((3, 220), (27, 232)), ((3, 248), (30, 268))))
muscle("supraspinatus", B, "Supraspinatus", "above the ridge of the {side} shoulder blade, under the trapezius",
       ["supraspinatus"], 2, "supraspinous fossa of the shoulder blade", "top of the greater tubercle of the upper arm",
       band((L("scapula-top", 2, 4), L("spine-root", 2, -1)), ((46, 196), (52, 208)), ((70, 198), (74, 206)), ((86, 204), (86, 210))))
muscle("levator-scapulae", B, "Levator scapulae", "where the neck meets the {side} shoulder, under the trapezius",
       ["levator-scapulae"], 2, "the side of the top four neck vertebrae", "upper corner of the shoulder blade",
       belly(L("c1", 2, 6), L("scapula-top", 2, 0), 4, 5, 4))
muscle("splenius-capitis", B, "Splenius capitis", "upper back of the neck, {side} side, under the trapezius",
       ["splenius-capitis"], 2, "ligament of the neck and spines of C7 to T3", "the mastoid and the skull's base",
       band(((3, 168), (9, 172)), ((6, 140), (16, 146)), ((14, 114), L("mastoid", -2, 2))))
muscle("splenius-cervicis", B, "Splenius cervicis", "lower back of the neck, {side} side, under the trapezius", ["splenius-cervicis"], 2,
       "spines of T3 to T6", "the side of the top three neck vertebrae",
       band(((3, 204), (10, 206)), ((10, 176), (18, 178)), ((14, 148), (20, 150))))
muscle("subscapularis", B, "Subscapularis", "under the {side} shoulder blade, reached through the back of the armpit",
       ["subscapularis"], 2, "front (rib side) of the shoulder blade", "lesser tubercle of the upper arm bone",
       band(((60, 272), (50, 276)), ((70, 254), (62, 262)), ((80, 238), (76, 236))))
muscle("semispinalis", B, "Semispinalis capitis", "deep in the back of the neck, {side} side", ["semispinalis-capitis"], 3,
       "the neck and upper back vertebrae", "the skull between its nuchal lines",
       band(((3, 170), (8, 170)), ((3, 140), (12, 140)), ((3, 112), (16, 110))))
muscle("serratus-posterior-superior", B, "Serratus posterior superior", "deep under the top of the {side} shoulder blade",
       ["serratus-posterior-superior"], 3, "spines of C7 to T3", "ribs 2 to 5",
       band(((3, 186), (6, 200)), ((20, 196), (24, 214)), ((34, 210), (36, 226))))
muscle("suboccipitals", B, "Base of the skull", "deep where the head meets the neck, {side}", ["suboccipitals"], 4,
       "the top two neck vertebrae", "the base of the skull",
       band(((3, 112), (4, 128)), ((12, 112), (14, 126)), ((22, 114), (22, 122))))
muscle("tibialis-posterior", B, "Tibialis posterior", "deep in the middle of the {side} calf", ["tibialis-posterior"], 3,
       "back of the shin bone and fibula", "the inner arch of the foot (navicular)",
       band(((32, 680), (44, 680)), ((31, 720), (44, 720)), ((33, 770), (41, 770))))
muscle("flexor-digitorum-longus", B, "Long toe flexor", "deep in the inner {side} calf", ["flexor-digitorum-longus"], 3,
       "back of the shin bone", "the tips of the four smaller toes",
       band(((22, 700), (31, 700)), ((23, 750), (31, 750)), ((26, 796), (33, 796))))
muscle("flexor-hallucis-longus", B, "Long big-toe flexor", "deep in the outer {side} calf", ["flexor-hallucis-longus"], 3,
       "back of the fibula", "the tip of the big toe",
       band(((45, 706), (54, 708)), ((45, 750), (54, 750)), ((41, 796), (48, 794))))
muscle("wrist-extensors-radial", B, "Wrist extensors, thumb side", "back of the {side} forearm, thumb side, below the elbow",
       ["forearm-extensors-radial"], 1, "the outer ridge and epicondyle of the upper arm bone", "the back of the hand at the index and middle fingers",
       band((L("lateral-epicondyle", -4, 4), L("lateral-epicondyle", 2, 0)), ((116, 370), (125, 366)), ((124, 420), (130, 420))))
muscle("extensor-digitorum", B, "Finger extensors", "middle of the back of the {side} forearm", ["extensor-digitorum"], 1,
       "the outer epicondyle of the upper arm bone", "the backs of the four fingers",
       band((L("lateral-epicondyle", -10, 6), L("lateral-epicondyle", -4, 4)), ((108, 370), (116, 370)), ((116, 424), (124, 424))))
muscle("wrist-extensor-ulnar", B, "Wrist extensor, little-finger side", "back of the {side} forearm, little-finger side",
       ["forearm-extensors-ulnar"], 1, "the outer epicondyle and the back of the ulna", "the base of the little finger's hand bone",
       band((L("olecranon", -8, 4), L("lateral-epicondyle", -10, 6)), ((100, 370), (108, 370)), ((108, 424), (116, 424))))
muscle("supinator", B, "Supinator", "deep below the outside of the {side} elbow", ["supinator"], 2,
       "the outer epicondyle and the top of the ulna", "the upper third of the radius",
       belly(L("lateral-epicondyle", -6, 8), (120, 364), 4, 6, 4))
muscle("interossei", B, "Hand interossei", "between the bones of the back of the {side} hand", ["interossei-hand"], 1,
       "the sides of the hand bones", "the bases of the fingers",
       band(((114, 452), (134, 452)), ((115, 466), (136, 466)), ((117, 478), (134, 478))))
# The soles, beside the legs, seen from below: toes up, heel down, the big toe inside.
muscle("abductor-hallucis", B, "Abductor hallucis", "inner edge of the {side} sole, from the heel to the big toe",
       ["abductor-hallucis"], 1, "inner side of the heel bone", "base of the big toe",
       band(((103, 838), (109, 840)), ((99, 800), (106, 800)), ((100, 768), (106, 768))))
muscle("flexor-digitorum-brevis", B, "Short toe flexor", "middle of the {side} sole", ["flexor-digitorum-brevis"], 1,
       "underside of the heel bone", "the middle bones of the four smaller toes",
       band(((109, 840), (121, 838)), ((106, 800), (124, 800)), ((108, 764), (126, 764))))
muscle("quadratus-plantae", B, "Quadratus plantae", "deep in the {side} sole, in front of the heel", ["quadratus-plantae"], 2,
       "underside of the heel bone", "the tendon of the long toe flexor",
       band(((108, 836), (120, 834)), ((108, 808), (122, 806))))

# ---- Front view ----------------------------------------------------------------------
muscle("frontalis", F, "Frontalis", "{side} side of the forehead", ["occipitofrontalis-frontal"], 1,
       "the scalp's tendon sheet (galea)", "the skin of the brow",
       band(((2, 52), (2, 76)), ((14, 50), (14, 76)), ((26, 58), (22, 76))))
muscle("temporalis", F, "Temple muscle", "side of the head above the {side} ear", ["temporalis"], 1,
       "the temporal fossa of the skull", "the coronoid process of the jaw",
       band(((18, 60), (34, 60)), ((20, 76), (36, 82)), ((24, 94), (32, 96))))
muscle("masseter", F, "Jaw muscle", "{side} cheek and jaw angle", ["masseter"], 1,
       "the cheekbone (zygomatic arch)", "the angle and outer side of the jaw",
       band((L("zygomatic-arch", -8, 6), L("zygomatic-arch", 2, 6)), ((20, 118), (31, 118)), ((18, 130), L("jaw-angle", 0, 0))))
muscle("digastric", F, "Digastric", "under the {side} jaw, from the chin back to the ear", ["digastric"], 1,
       "the mastoid notch of the skull", "the inside of the chin, through a loop on the hyoid bone",
       band(((4, 140), (4, 146)), ((14, 138), (14, 144)), ((24, 134), (24, 140))))
muscle("sternocleidomastoid", F, "Sternocleidomastoid", "front of the neck, {side} side",
       ["sternocleidomastoid-sternal", "sternocleidomastoid-clavicular"], 1,
       "top of the breastbone and the inner collarbone", "the mastoid behind the ear",
       band(((3, 184), L("clavicle-inner", 8, 0)), ((8, 166), (16, 168)), ((14, 150), (22, 152)), ((20, 142), (25, 144))))
muscle("scalenes", F, "Scalenes", "{side} side of the neck, above the collarbone", ["scalenes"], 1,
       "the side of the neck vertebrae", "the first and second ribs",
       band(((19, 150), (23, 152)), ((18, 172), (30, 174)), ((20, 182), (42, 184))))
muscle("deltoid-anterior", F, "Front of the shoulder", "front of the {side} shoulder cap", ["deltoid-anterior"], 1,
       "outer third of the collarbone", "deltoid tuberosity of the upper arm bone",
       band((L("clavicle-outer", -4, 2), L("acromion", -4, 0)), ((74, 214), (94, 210)), ((88, 240), (102, 238)),
            (L("deltoid-tuberosity", -6, -2), L("deltoid-tuberosity", -2, -6))))
muscle("deltoid-middle", F, "Side of the shoulder", "outer side of the {side} shoulder cap", ["deltoid-middle"], 1,
       "the acromion", "deltoid tuberosity of the upper arm bone",
       band((L("acromion", -2, 0), L("acromion", 10, 4)), ((94, 212), (108, 222)), ((102, 240), (112, 248)),
            (L("deltoid-tuberosity", -2, -4), L("deltoid-tuberosity", 2, -2))))
muscle("pectoralis-major", F, "Pectoralis major", "{side} chest", ["pectoralis-major"], 1,
       "the inner collarbone, the breastbone and the upper ribs", "outer lip of the groove of the upper arm bone",
       band(((2, 190), L("clavicle-inner", 0, 4)), ((2, 230), (40, 196)), ((4, 262), (62, 206)), ((40, 268), (76, 226)),
            ((66, 256), (84, 238))))
muscle("biceps", F, "Biceps", "front of the {side} upper arm", ["biceps-brachii"], 1,
       "above the shoulder socket and the coracoid", "the radius below the elbow crease",
       band(((86, 236), (98, 238)), ((92, 270), (108, 270)), ((97, 300), (112, 300)), ((103, 326), (110, 326))))
muscle("coracobrachialis", F, "Coracobrachialis", "inside of the {side} upper arm, near the armpit", ["coracobrachialis"], 1,
       "the coracoid of the shoulder blade", "the inner middle of the upper arm bone",
       band(((80, 244), (88, 240)), ((84, 268), (92, 270)), ((88, 290), (94, 294))))
muscle("brachioradialis", F, "Brachioradialis", "thumb side of the {side} forearm, below the elbow", ["brachioradialis"], 1,
       "the outer ridge of the upper arm bone", "the radius just above the wrist",
       band(((110, 306), (116, 304)), ((112, 340), (121, 338)), ((118, 380), (126, 380)), ((126, 426), (131, 428))))
muscle("pronator-teres", F, "Pronator teres", "inside of the {side} forearm, below the elbow crease", ["pronator-teres"], 1,
       "the inner epicondyle of the upper arm bone", "the middle of the outer side of the radius",
       band((L("medial-epicondyle", 0, 4), L("medial-epicondyle", 6, 2)), ((102, 352), (110, 346)), ((112, 370), (117, 364))))
muscle("wrist-flexors", F, "Wrist flexors", "inside of the {side} forearm", ["forearm-flexors"], 1,
       "the inner epicondyle of the upper arm bone", "the bases of the hand bones, at the wrist",
       band((L("medial-epicondyle", 0, 6), L("medial-epicondyle", 8, 6)), ((100, 380), (116, 378)), ((110, 426), (124, 426))))
muscle("finger-flexors", F, "Finger flexors", "deep in the inside of the {side} forearm", ["finger-flexors"], 2,
       "the inner epicondyle and the front of the ulna and radius", "the middle and end bones of the fingers",
       band(((100, 350), (110, 350)), ((103, 390), (118, 388)), ((112, 428), (124, 428))))
muscle("thenar", F, "Thumb muscles", "ball of the {side} thumb", ["opponens-pollicis", "adductor-pollicis"], 1,
       "the wrist bones and the middle hand bones", "the thumb's hand bone and its first bone",
       band(((128, 450), (136, 448)), ((129, 462), (143, 458)), ((132, 470), (138, 470))))
muscle("subclavius", F, "Subclavius", "just under the {side} collarbone, under the chest muscle", ["subclavius"], 2,
       "the first rib", "the underside of the collarbone",
       band(((12, 188), (12, 194)), ((36, 190), (36, 196)), ((58, 192), (58, 198))))
muscle("pectoralis-minor", F, "Pectoralis minor", "{side} upper chest, under the large chest muscle", ["pectoralis-minor"], 2,
       "ribs 3 to 5", "the coracoid of the shoulder blade",
       band(((30, 244), (44, 250)), ((46, 224), (58, 232)), (L("coracoid", -4, 2), L("coracoid", 2, 6))))
muscle("brachialis", F, "Brachialis", "deep in the lower front of the {side} upper arm", ["brachialis"], 2,
       "the front of the lower upper arm bone", "the ulna just below the elbow",
       band(((94, 284), (110, 282)), ((97, 310), (114, 308)), ((102, 334), (112, 334))))
muscle("serratus-anterior", F, "Serratus anterior", "{side} side of the chest, below the armpit", ["serratus-anterior"], 1,
       "the outer surfaces of ribs 1 to 8", "the inner edge of the shoulder blade (under it)",
       band(((60, 272), (78, 258)), ((58, 290), (75, 290)), ((60, 312), (70, 316))))
muscle("rectus-abdominis-upper", F, "Upper abdomen", "{side} upper abdomen, below the ribs", ["rectus-abdominis-upper"], 1,
       "the ribs and the tip of the breastbone", "(continues down to the pubic bone)",
       band(((2, 272), (26, 266)), ((2, 300), (28, 300)), ((2, 330), (28, 330))))
muscle("rectus-abdominis-lower", F, "Lower abdomen", "{side} lower abdomen", ["rectus-abdominis-lower"], 1,
       "(continues up from) the pubic bone", "the ribs and the tip of the breastbone",
       band(((2, 330), (28, 330)), ((2, 390), (26, 390)), ((2, 440), (14, 440))))
muscle("external-oblique", F, "External oblique", "{side} side of the abdomen and waist", ["external-oblique"], 1,
       "the outer surfaces of the lower eight ribs", "the crest of the pelvis and the sheet down the belly's middle",
       band(((28, 266), (62, 262)), ((28, 300), (70, 300)), ((28, 340), (64, 346)), ((28, 380), L("asis", 4, -6))))
muscle("iliopsoas", F, "Hip flexor", "deep in the front of the {side} hip and groin", ["iliopsoas"], 2,
       "the low-back vertebrae and the inner pelvis", "the lesser trochanter of the thigh bone",
       band(((14, 380), (54, 378)), ((20, 420), (56, 408)), ((26, 454), (44, 446)), (L("lesser-trochanter", -6, 0), L("lesser-trochanter", 6, -4))))
muscle("tensor-fasciae-latae", F, "Tensor fasciae latae", "front and outside of the {side} hip", ["tensor-fasciae-latae"], 1,
       "the front of the pelvis's crest (ASIS)", "the iliotibial band on the outer thigh",
       band((L("asis", 4, 2), L("iliac-crest", 6, 4)), ((62, 420), (78, 424)), ((66, 460), (80, 460))))
muscle("sartorius", F, "Sartorius", "across the front of the {side} thigh to the inner knee", ["sartorius"], 1,
       "the front of the pelvis's crest (ASIS)", "the inner side of the top of the shin bone",
       band((L("asis", -4, 4), L("asis", 4, 6)), ((40, 452), (48, 458)), ((24, 520), (32, 524)), ((16, 590), (22, 594)),
            ((16, 640), (22, 646))))
muscle("pectineus", F, "Pectineus", "{side} groin, just below the crease", ["pectineus"], 1,
       "the pubic bone's ridge", "the back of the thigh bone below the lesser trochanter",
       band(((14, 452), (28, 442)), ((18, 462), (36, 452)), ((22, 474), (38, 462))))
muscle("adductor-longus", F, "Adductors longus and brevis", "upper inner {side} thigh", ["adductor-longus"], 1,
       "the pubic bone", "the middle of the back of the thigh bone",
       band(((4, 462), (16, 458)), ((8, 490), (26, 486)), ((10, 520), (26, 530))))
muscle("gracilis", F, "Gracilis", "inner edge of the {side} thigh", ["gracilis"], 1,
       "the lower pubic bone", "the inner side of the top of the shin bone",
       band(((3, 476), (8, 466)), ((6, 530), (11, 530)), ((10, 590), (16, 590)), ((15, 640), (18, 642))))
muscle("rectus-femoris", F, "Front of the thigh", "front of the {side} thigh", ["rectus-femoris"], 1,
       "the front of the pelvis above the hip joint", "the kneecap and, through it, the shin",
       band(((44, 440), (56, 438)), ((32, 500), (54, 500)), ((30, 570), (50, 570)), ((32, 616), (44, 616))))
muscle("vastus-lateralis", F, "Outer thigh", "outer side of the {side} thigh", ["vastus-lateralis"], 1,
       "the outside of the upper thigh bone", "the outer edge of the kneecap",
       band(((58, 446), L("greater-trochanter", 0, 4)), ((54, 500), (80, 500)), ((50, 570), (72, 566)), ((46, 622), (60, 618))))
muscle("vastus-medialis", F, "Vastus medialis", "inner {side} thigh, just above the knee", ["vastus-medialis"], 1,
       "the inner side of the thigh bone", "the inner edge of the kneecap",
       band(((12, 560), (30, 560)), ((13, 596), (32, 604)), ((22, 626), (28, 626))))
muscle("vastus-intermedius", F, "Vastus intermedius", "deep in the front of the {side} thigh", ["vastus-intermedius"], 2,
       "the front of the upper thigh bone", "the top of the kneecap",
       band(((38, 462), (56, 462)), ((34, 530), (56, 530)), ((34, 600), (48, 600))))
muscle("tibialis-anterior", F, "Shin muscle", "front of the {side} shin", ["tibialis-anterior"], 1,
       "the outside of the upper shin bone", "the inner arch and the big toe's hand bone",
       band(((26, 668), (38, 668)), ((26, 720), (40, 720)), ((28, 780), (38, 780)), ((28, 806), (34, 806))))
muscle("extensor-digitorum-longus", F, "Long toe extensor", "outer front of the {side} shin", ["extensor-digitorum-longus"], 1,
       "the outside of the upper shin bone and the fibula", "the backs of the four smaller toes",
       band(((38, 668), (48, 668)), ((40, 720), (50, 720)), ((38, 780), (46, 780)), ((34, 806), (42, 806))))
muscle("peroneus", F, "Peroneus muscles", "outside of the {side} lower leg", ["peroneus"], 1,
       "the outside of the fibula", "the outer foot and, under it, the base of the big toe",
       band(((48, 668), L("fibula-head", 0, 4)), ((50, 720), (62, 716)), ((46, 780), (54, 780)), ((44, 806), (48, 806))))
muscle("extensor-hallucis-longus", F, "Long big-toe extensor", "deep in the lower front of the {side} shin",
       ["extensor-hallucis-longus"], 2, "the middle of the fibula", "the tip of the big toe",
       band(((32, 730), (40, 730)), ((30, 780), (38, 780)), ((26, 812), (32, 812))))
muscle("extensor-digitorum-brevis", F, "Short toe extensor", "top of the {side} foot, outer side", ["extensor-digitorum-brevis"], 1,
       "the top of the heel bone", "the tendons of the long toe extensor",
       band(((44, 830), (50, 830)), ((36, 838), (48, 840)), ((30, 844), (42, 846))))
muscle("medial-pterygoid", F, "Medial pterygoid", "deep inside the {side} jaw angle, under the jaw muscle", ["medial-pterygoid"], 2,
       "the inner side of the skull's pterygoid plate", "the inner side of the jaw angle",
       band(((22, 112), (28, 112)), ((20, 124), (28, 126)), ((20, 132), (26, 132))))
muscle("lateral-pterygoid", F, "Lateral pterygoid", "deep under the {side} cheekbone, in front of the jaw joint",
       ["lateral-pterygoid"], 2, "the outer side of the skull's pterygoid plate", "the neck of the jaw and the jaw joint's disc",
       band(((20, 100), (32, 100)), ((20, 110), (32, 110))))

REGIONS = M_


def norm(p):
    return [round(p[0] / WIDTH, 5), round(p[1] / HEIGHT, 5)]


def muscle_shape(outline, body):
    """A muscle's shape in the viewer's right half: its smoothed outline, inside the body by
    a margin and off the centre line."""
    # A muscle of several heads (the calf's two) is the union of their bands, which touch.
    bands = outline if isinstance(outline[0], list) else [outline]
    parts = [Polygon([to_abs(p) for p in bezier_points(catmull_rom(b, closed=True), 6)]).buffer(0) for b in bands]
    shape = unary_union([q.buffer(0.8) for q in parts]).buffer(-0.8)
    shape = shape.intersection(body.buffer(-1.5))
    return shape.intersection(Polygon(box(CX + 0.6, -10, WIDTH + 10, HEIGHT + 10)))


def muscle_regions(view, body):
    """The muscle regions of one view, both sides: each cut by the muscles of its own depth
    listed before it, so no two muscles of one depth overlap."""
    regions = []
    taken = {}
    for stem, region_view, name, where, muscles, depth, origin, insertion, outline in REGIONS:
        if region_view != view:
            continue
        shape = muscle_shape(outline, body)
        shape = shape.difference(taken.get(depth, Polygon())).buffer(0)
        if shape.area < 12:
            raise SystemExit(f"{view}: muscle {stem} has {shape.area:.1f} px² left: it lies under others of its depth")
        shape = largest(shape)
        taken[depth] = unary_union([taken.get(depth, Polygon()), shape])
        # A hairline inside its neighbours of the same depth, so that rounding the written
        # corners can never make two of them share a point.
        shape = largest(shape.buffer(-0.2))
        for mirror in (False, True):
            side = person_side(view, not mirror)
            piece = affinity.scale(shape, xfact=-1, origin=(CX, 0)) if mirror else shape
            label = polylabel(piece, tolerance=0.2)
            ring = list(piece.exterior.coords)[:-1]
            regions.append({
                "id": f"{stem}-{side}", "view": view, "side": side, "name": name,
                "where": where.format(side=side), "muscles": muscles, "depth": depth,
                "centre": norm((label.x, label.y)), "polygon": [norm(p) for p in ring],
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
        "format": 3,
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
    write_atlas(atlas(), out / "atlas.json")


def packed(ring):
    """A ring as the atlas stores it: one string "x y x y ...", which KnotMap reads many
    times quicker than a JSON array of points."""
    return " ".join(f"{json.dumps(x)} {json.dumps(y)}" for x, y in ring)


def write_atlas(data, path):
    data = dict(data)
    data["outline"] = {view: [packed(r) for r in rings] for view, rings in data["outline"].items()}
    data["places"] = [dict(p, rings=[packed(r) for r in p["rings"]]) for p in data["places"]]
    data["regions"] = [dict(r, polygon=packed(r["polygon"])) for r in data["regions"]]
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
    path.write_text("\n".join(lines) + "\n")
    print(f"{len(data['places'])} places, {len(data['regions'])} muscle regions")


if __name__ == "__main__":
    main()
