#!/usr/bin/env python3
"""Draws KnotMap's body figure (front and back) as SVG.

The figure follows the classic eight-head proportions: the head is the unit (100 px);
shoulders are about two heads wide, the navel sits at three heads, the hips at four,
the knees at six, the soles at eight. One half is drawn as smooth curves through
landmarks (Catmull-Rom, turned into cubic Beziers) and mirrored, so the figure is
symmetric by construction. Coordinates: viewBox 0 0 400 880, centre line x = 200.

Run from the repository root:  python3 tools/make_body_figure.py
It rewrites resources/body/front.svg and resources/body/back.svg.
"""
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


def main():
    out = Path(__file__).resolve().parent.parent / "resources" / "body"
    out.mkdir(parents=True, exist_ok=True)
    for view in ("front", "back"):
        (out / f"{view}.svg").write_text(svg(view))


if __name__ == "__main__":
    main()
