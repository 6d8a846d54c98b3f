"""Checks the outputs a user opens, as CI does: GDAL field types of events.geojson, the
TimelineJS schema of timeline.json, and report.html rendered in headless Chromium (the
event count on the page, and a screenshot that is not blank).

    python3 tools/check_outputs.py OUT [--chromium /usr/bin/chromium]

Needs pyogrio and jsonschema (pip) and Debian's chromium; prints what it checked.
"""
import argparse
import csv
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib


def gdal_types(out):
    import pyogrio

    info = pyogrio.read_info(os.path.join(out, "events.geojson"))
    types = dict(zip(info["fields"], (str(t) for t in info["dtypes"])))
    print("GDAL field types:", types)
    assert info["features"] > 0, "no features"
    assert info["geometry_type"] == "Point", info["geometry_type"]
    for field in ("event_date", "date_end", "reported_date", "published"):
        assert "datetime64" in types[field], f"{field} is {types[field]}"
    for field in ("latitude", "longitude"):
        assert types[field] == "float64", f"{field} is {types[field]}"
    for field in ("time_precision", "geo_precision", "char_start", "char_end"):
        assert types[field].startswith("int"), f"{field} is {types[field]}"
    csvt = open(os.path.join(out, "events.csvt"), encoding="utf-8").read().strip().split(",")
    header = next(csv.reader(open(os.path.join(out, "events.csv"), encoding="utf-8-sig")))
    assert len(csvt) == len(header), "events.csvt has a type for every column"
    csv_info = pyogrio.read_info(os.path.join(out, "events.csv"))
    csv_types = dict(zip(csv_info["fields"], (str(t) for t in csv_info["dtypes"])))
    for field in ("event_date", "date_end", "published"):
        assert "datetime64" in csv_types[field], f"events.csv {field} is {csv_types[field]}"
    for field in ("captured", "wounded", "fatalities", "time_precision"):
        assert csv_types[field].startswith("int"), f"events.csv {field} is {csv_types[field]}"
    print(f"ok: {info['features']} point features, dates typed as Date; events.csv with events.csvt typed too")


def timeline_schema(out):
    import jsonschema

    here = os.path.dirname(os.path.abspath(__file__))
    schema = json.load(open(os.path.join(here, "timelinejs.schema.json"), encoding="utf-8"))
    timeline = json.load(open(os.path.join(out, "timeline.json"), encoding="utf-8"))
    jsonschema.validate(timeline, schema)
    print(f"ok: timeline.json valid against the TimelineJS schema, {len(timeline['events'])} slides")


def png_colours(path):
    """Distinct pixel colours of an 8-bit RGB(A) PNG, decoded with the standard library."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height, colour_type = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour_type in (2, 6), (depth, colour_type)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    bpp = 4 if colour_type == 6 else 3
    stride = width * bpp
    previous = bytearray(stride)
    colours = set()
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = previous[i]
            c = previous[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        previous = line
        if y % 4 == 0:
            for x in range(0, stride, bpp * 4):
                colours.add(bytes(line[x:x + 3]))
    return colours


def report(out, chromium):
    page = "file://" + os.path.abspath(os.path.join(out, "report.html"))
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with tempfile.TemporaryDirectory() as profile:
        shot = os.path.join(profile, "report.png")
        common = [chromium, *flags, f"--user-data-dir={profile}", "--window-size=1000,1300"]
        subprocess.run([*common, f"--screenshot={shot}", page], check=True, capture_output=True, timeout=120)
        dom = subprocess.run([*common, "--dump-dom", page], check=True, capture_output=True, timeout=120).stdout.decode()
        rows = list(csv.DictReader(open(os.path.join(out, "events.csv"), encoding="utf-8-sig")))
        count = re.search(r'<span id="event-count">(\d+)</span>', dom)
        assert count and int(count.group(1)) == len(rows), f"event count on the page {count and count.group(1)} != {len(rows)}"
        circles = dom.count('<circle class="ev"')
        mapped = sum(1 for r in rows if r["latitude"])
        assert circles == mapped, f"{circles} points on the map, {mapped} events with coordinates"
        # The details panel, filled by the page's script for a linked event.
        detail = subprocess.run([*common, "--dump-dom", page + "#event=0"], check=True, capture_output=True, timeout=120).stdout.decode()
        panel = detail[detail.index('id="details"'):]
        words = rows[0]["sentence"].split()[:4]
        assert "<blockquote>" in panel and all(w.replace("&", "&amp;") in panel for w in words), "the details panel shows the evidence"
        colours = png_colours(shot)
        assert len(colours) > 20, f"the screenshot looks blank ({len(colours)} colours)"
        keep = os.environ.get("REPORT_SCREENSHOT")
        if keep:
            with open(shot, "rb") as src, open(keep, "wb") as dst:
                dst.write(src.read())
        print(f"ok: report.html shows {len(rows)} events, {circles} on the map, details on selection; screenshot has {len(colours)} colours")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    a = ap.parse_args()
    gdal_types(a.out)
    timeline_schema(a.out)
    report(a.out, a.chromium)


if __name__ == "__main__":
    sys.exit(main())
