#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The KnotMap developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Draws KnotMap's body figure (front and back) as SVG.

The figure follows the classic eight-head proportions: the head is the unit (100 px);
shoulders are about two heads wide, the navel sits at three heads, the hips at four,
the knees at six, the soles at eight. One half is drawn as smooth curves through
landmarks (Catmull-Rom, turned into cubic Beziers) and mirrored, so the figure is
symmetric by construction. Coordinates: viewBox 0 0 400 880, centre line x = 200.

The same script writes resources/body/atlas.json: the muscle regions as polygons and
the body outline, in the figure's coordinates divided by its size (0..1), so the app
draws the regions and core hit-tests clicks against one source of truth. Regions are
drawn for the viewer's right half and mirrored. On the back view the viewer's right is
the person's right; on the front view it is the person's left.

Run from the repository root:  python3 tools/make_body_figure.py
It rewrites resources/body/front.svg, resources/body/back.svg and
resources/body/atlas.json.
"""
import json
from pathlib import Path

WIDTH, HEIGHT, CX = 400, 880, 200

# Landmarks of the viewer's right half as (distance from the centre line, y).
# Each run is one smooth curve; runs meet at corners (armpit, toe, crotch).
OUTLINE = [
    [  # crown, head, neck, trapezius slope, shoulder, outer arm, hand, inner arm to armpit
        (0, 40), (21, 43), (33, 58), (37, 84), (35, 110), (29, 128), (22, 142),
        (21, 160), (31, 176), (58, 186), (84, 193), (101, 205), (110, 228), (113, 268),
        (118, 322), (126, 378), (133, 430), (139, 458), (140, 488), (131, 517), (120, 518),
        (112, 496), (109, 468), (107, 436), (101, 384), (94, 334), (87, 286), (80, 254),
    ],
    [  # side of the chest, waist, hip, outer thigh, knee, calf, ankle, foot
        (78, 256), (75, 290), (67, 326), (64, 350), (69, 388), (79, 428), (82, 462),
        (78, 522), (68, 590), (60, 640), (64, 690), (57, 745), (46, 808), (51, 834),
        (45, 850), (22, 852),
    ],
    [  # inner foot, ankle, calf, knee, thigh, crotch
        (22, 852), (23, 814), (20, 758), (16, 700), (14, 644), (12, 590), (8, 524),
        (3, 474), (0, 458),
    ],
]

# Faint inner lines that help the eye find its way; per view, viewer's right half.
DETAILS = {
    "front": [
        [(14, 182), (40, 186), (70, 190)],                    # collarbone
        [(8, 262), (30, 268), (54, 262), (66, 250)],          # lower edge of the chest
        [(60, 396), (38, 424), (12, 452)],                    # groin crease
        [(30, 632), (37, 642), (46, 632)],                    # kneecap
        [(95, 330), (102, 336), (110, 331)],                  # crease of the elbow
    ],
    "back": [
        [(24, 204), (27, 240), (30, 276), (44, 292)],         # inner edge of the shoulder blade
        [(44, 292), (60, 262), (74, 226)],                    # outer edge of the shoulder blade
        [(26, 212), (52, 205), (80, 200)],                    # spine of the shoulder blade
        [(6, 470), (34, 482), (62, 476), (74, 464)],          # buttock crease
        [(28, 640), (37, 644), (48, 640)],                    # back of the knee
        [(108, 326), (116, 332), (124, 326)],                 # point of the elbow
    ],
}
CENTRE_LINES = {
    "front": [[(0, 330), (0, 346)]],                          # navel
    "back": [[(0, 170), (0, 300), (0, 420)], [(0, 422), (0, 456)]],  # spine, cleft
}
EARS = [(35, 82), (41, 86), (42, 98), (36, 106)]

FILL, FILL_OPACITY = "#c8ae96", "0.30"
STROKE, DETAIL_OPACITY = "#8a7566", "0.55"


def catmull_rom(points, closed_start_mirror=False):
    """Cubic Bezier segments through points; the end tangents follow the neighbours."""
    segs = []
    n = len(points)
    for i in range(n - 1):
        p0 = points[i - 1] if i > 0 else (
            (-points[1][0], points[1][1]) if closed_start_mirror else points[0])
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < n else points[-1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segs.append((p1, c1, c2, p2))
    return segs


def to_abs(p, mirror=False):
    dx, y = p
    return (CX - dx if mirror else CX + dx, y)


def fmt(p):
    return f"{p[0]:.1f},{p[1]:.1f}"


def outline_path():
    segs = []
    for i, run in enumerate(OUTLINE):
        segs += catmull_rom(run, closed_start_mirror=(i == 0))
    right = [tuple(to_abs(q) for q in s) for s in segs]
    left = [tuple(to_abs(q, mirror=True) for q in (s[3], s[2], s[1], s[0])) for s in reversed(segs)]
    d = [f"M{fmt(right[0][0])}"]
    for s in right + left:
        d.append(f"C{fmt(s[1])} {fmt(s[2])} {fmt(s[3])}")
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
    ears = [open_path(EARS), open_path(EARS, mirror=True)]
    detail_paths = "\n    ".join(f'<path d="{d}"/>' for d in details)
    ear_paths = "\n  ".join(
        f'<path d="{d}" fill="{FILL}" fill-opacity="{FILL_OPACITY}" stroke="{STROKE}" '
        f'stroke-width="2"/>' for d in ears)
    title = "Front of the body" if view == "front" else "Back of the body"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by tools/make_body_figure.py; edit that script, not this file. -->
<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">
  <title>{title}</title>
  {ear_paths}
  <path d="{outline_path()}" fill="{FILL}" fill-opacity="{FILL_OPACITY}" stroke="{STROKE}" stroke-width="2.4" stroke-linejoin="round"/>
  <g fill="none" stroke="{STROKE}" stroke-opacity="{DETAIL_OPACITY}" stroke-width="1.6" stroke-linecap="round">
    {detail_paths}
  </g>
</svg>
"""


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


def sample_outline(steps=4):
    """The closed body outline as a polygon (Beziers sampled), viewer's right then left."""
    segs = []
    for i, run in enumerate(OUTLINE):
        segs += catmull_rom(run, closed_start_mirror=(i == 0))
    half = []
    for p0, c1, c2, p3 in segs:
        for k in range(steps):
            t = k / steps
            mt = 1 - t
            half.append((mt ** 3 * p0[0] + 3 * mt * mt * t * c1[0] + 3 * mt * t * t * c2[0] + t ** 3 * p3[0],
                         mt ** 3 * p0[1] + 3 * mt * mt * t * c1[1] + 3 * mt * t * t * c2[1] + t ** 3 * p3[1]))
    half.append(segs[-1][3])
    right = [to_abs(p) for p in half]
    left = [to_abs(p, mirror=True) for p in reversed(half[1:-1])]
    return right + left


def inside(poly, x, y):
    hit = False
    n = len(poly)
    for i in range(n):
        (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def interior_point(poly):
    """The sampled point of the polygon farthest from its edges: where a label sits."""
    def edge_distance(x, y):
        best = float("inf")
        n = len(poly)
        for i in range(n):
            (x1, y1), (x2, y2) = poly[i], poly[(i + 1) % n]
            dx, dy = x2 - x1, y2 - y1
            t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy or 1)))
            best = min(best, ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5)
        return best
    xs, ys = [p[0] for p in poly], [p[1] for p in poly]
    best, where = -1.0, None
    steps = 40
    for i in range(steps + 1):
        for j in range(steps + 1):
            x = min(xs) + (max(xs) - min(xs)) * i / steps
            y = min(ys) + (max(ys) - min(ys)) * j / steps
            if inside(poly, x, y):
                d = edge_distance(x, y)
                if d > best:
                    best, where = d, (x, y)
    return where


def keep_inside(p, outline, margin=1.5):
    """Moves a corner that lies outside the outline, or closer to it than margin, to just
    inside it (margin along the outline's normal). The move depends on the corner alone,
    so corners two regions share stay shared and the regions cannot come to overlap."""
    best, q, seg = float("inf"), None, None
    n = len(outline)
    for i in range(n):
        (x1, y1), (x2, y2) = outline[i], outline[(i + 1) % n]
        dx, dy = x2 - x1, y2 - y1
        t = max(0.0, min(1.0, ((p[0] - x1) * dx + (p[1] - y1) * dy) / (dx * dx + dy * dy or 1)))
        c = (x1 + t * dx, y1 + t * dy)
        d = ((p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2) ** 0.5
        if d < best:
            best, q, seg = d, c, (dx, dy)
    if inside(outline, *p) and best >= margin:
        return p
    length = (seg[0] ** 2 + seg[1] ** 2) ** 0.5
    nx, ny = -seg[1] / length, seg[0] / length
    for sign in (1, -1):
        candidate = (q[0] + sign * nx * margin, q[1] + sign * ny * margin)
        if inside(outline, *candidate):
            return candidate
    raise ValueError(f"no inside point near {p}")


def norm(p):
    return [round(p[0] / WIDTH, 5), round(p[1] / HEIGHT, 5)]


def atlas():
    body = sample_outline()
    regions = []
    for stem, view, name, where, muscles, half in REGIONS:
        for mirror in (False, True):
            viewer_right = not mirror
            person_side = ("right" if viewer_right else "left") if view == "back" else \
                          ("left" if viewer_right else "right")
            poly = [keep_inside(to_abs(p, mirror), body) for p in half]
            if mirror:
                poly.reverse()
            regions.append({
                "id": f"{stem}-{person_side}",
                "view": view,
                "side": person_side,
                "name": name,
                "where": where.format(side=person_side),
                "muscles": muscles,
                "centre": norm(interior_point(poly)),
                "polygon": [norm(p) for p in poly],
            })
    outline = [norm(p) for p in body]
    return {
        "format": 1,
        "about": "Generated by tools/make_body_figure.py; edit that script, not this file. "
                 "Coordinates are fractions of the figure's width and height (400 x 880).",
        "aspect": WIDTH / HEIGHT,
        "outline": {"front": outline, "back": outline},
        "regions": regions,
    }


def main():
    out = Path(__file__).resolve().parent.parent / "resources" / "body"
    out.mkdir(parents=True, exist_ok=True)
    for view in ("front", "back"):
        (out / f"{view}.svg").write_text(svg(view))
    data = atlas()
    # One region a line: readable in a diff, small on disk.
    lines = ['{', f' "format": {data["format"]},', f' "about": {json.dumps(data["about"])},',
             f' "aspect": {data["aspect"]},',
             f' "outline": {json.dumps(data["outline"], separators=(",", ":"))},',
             ' "regions": [']
    lines += ['  ' + json.dumps(r, separators=(",", ":")) + ',' for r in data["regions"]]
    lines[-1] = lines[-1].rstrip(',')
    lines += [' ]', '}']
    (out / "atlas.json").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
