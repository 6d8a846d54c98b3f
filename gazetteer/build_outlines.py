#!/usr/bin/env python3
"""Builds gazetteer/oblasts.geojson, the simplified oblast outlines drawn under report.html.

Run from the repository root:  python3 gazetteer/build_outlines.py [--data ../shared/data]

Input: geoBoundaries' simplified ADM1 polygons of Ukraine (ODbL 1.0, © OpenStreetMap
contributors). The output is a derived database under the same licence: each ring is
simplified with Douglas–Peucker (tolerance 0.01°, about 1 km) and rounded to 3 decimals,
enough for an overview map. Python standard library only; same input, same bytes.
"""
import argparse
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TOLERANCE = 0.01


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points):
    """Douglas–Peucker, iterative."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        best, index = 0.0, None
        for i in range(a + 1, b):
            d = perpendicular(points[i], points[a], points[b])
            if d > best:
                best, index = d, i
        if index is not None and best > TOLERANCE:
            keep[index] = True
            stack.append((a, index))
            stack.append((index, b))
    return [p for p, k in zip(points, keep) if k]


def ring(coords):
    pts = simplify([(round(x, 5), round(y, 5)) for x, y in coords])
    pts = [[round(x, 3), round(y, 3)] for x, y in pts]
    return pts if len(pts) >= 4 else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(HERE, "oblasts.geojson"))
    a = ap.parse_args()
    src = json.load(open(os.path.join(a.data, "boundaries", "geoBoundaries-UKR-ADM1_simplified.geojson"), encoding="utf-8"))
    features = []
    for f in sorted(src["features"], key=lambda f: f["properties"]["shapeISO"]):
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        out = []
        for poly in polys:
            rings = [r for r in (ring(r) for r in poly) if r]
            if rings:
                out.append(rings)
        features.append({
            "type": "Feature",
            "properties": {"name": f["properties"]["shapeName"], "iso": f["properties"]["shapeISO"]},
            "geometry": {"type": "MultiPolygon", "coordinates": out},
        })
    doc = {
        "type": "FeatureCollection",
        "attribution": "geoBoundaries (Runfola et al. 2020), source data (c) OpenStreetMap contributors, ODbL 1.0; simplified by dateline",
        "features": features,
    }
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, separators=(",", ":"), ensure_ascii=False)
        f.write("\n")
    print(f"wrote {a.out}: {len(features)} oblasts, {os.path.getsize(a.out)} bytes")


if __name__ == "__main__":
    main()
