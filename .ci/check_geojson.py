"""Checks with GDAL (through pyogrio) that QGIS will type the event layer's fields right."""
import sys

import pyogrio

path = sys.argv[1]
info = pyogrio.read_info(path)
types = dict(zip(info["fields"], info["dtypes"]))
print("GDAL field types:", {k: str(v) for k, v in types.items()})
assert info["features"] > 0, "no features"
assert info["geometry_type"] == "Point", info["geometry_type"]
for field in ("event_date", "date_end", "reported_date", "published"):
    assert "datetime64" in str(types[field]), f"{field} is {types[field]}"
for field in ("latitude", "longitude"):
    assert str(types[field]) == "float64", f"{field} is {types[field]}"
for field in ("time_precision", "geo_precision", "char_start", "char_end"):
    assert str(types[field]).startswith("int"), f"{field} is {types[field]}"
print(f"ok: {info['features']} point features, dates typed as Date")
