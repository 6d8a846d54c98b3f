"""Opens OUT/events.geojson with its events.qml in QGIS (headless) and prints what QGIS
made of it: field types, renderer, temporal settings, and how many features the Temporal
Controller shows on one day.

Run with Debian's Python and QGIS (apt-get install python3-qgis qgis-providers):
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 tools/check_qgis.py OUT
Exits 0 when the layer is valid, styled by event type and animated from event_date to date_end.
"""
import os
import sys

from qgis.core import (
    QgsApplication,
    QgsDateTimeRange,
    QgsVectorLayer,
    QgsVectorLayerTemporalContext,
    QgsVectorLayerTemporalProperties,
)
from qgis.PyQt.QtCore import QDateTime, QDate, QTime

out = sys.argv[1]
app = QgsApplication([], False)
app.initQgis()
ok = True
layer = QgsVectorLayer(os.path.join(out, "events.geojson"), "events", "ogr")
print("valid:", layer.isValid(), "features:", layer.featureCount())
ok &= layer.isValid()
message, loaded = layer.loadNamedStyle(os.path.join(out, "events.qml"))
print("style loaded:", loaded, message)
ok &= loaded
types = {f.name(): f.typeName() for f in layer.fields()}
print("field types:", {k: types[k] for k in ("event_date", "date_end", "reported_date", "published", "latitude", "time_precision", "geo_precision", "captured")})
ok &= types["event_date"] == "Date" and types["date_end"] == "Date"
renderer = layer.renderer()
print("renderer:", renderer.type(), "attribute:", getattr(renderer, "classAttribute", lambda: None)(), "categories:", len(renderer.categories()) if hasattr(renderer, "categories") else 0)
ok &= renderer.type() == "categorizedSymbol"
tp = layer.temporalProperties()
print("temporal:", tp.isActive(), "mode:", tp.mode(), "start:", tp.startField(), "end:", tp.endField(), "limit mode:", tp.limitMode())
ok &= tp.isActive() and tp.startField() == "event_date" and tp.endField() == "date_end"
ok &= tp.mode() == QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromFields
day = QgsDateTimeRange(QDateTime(QDate(2022, 10, 1), QTime(0, 0)), QDateTime(QDate(2022, 10, 2), QTime(0, 0)), True, False)
context = QgsVectorLayerTemporalContext()
context.setLayer(layer)
expression = tp.createFilterString(context, day)
shown = sum(1 for _ in layer.getFeatures(expression))
print("features shown on 2022-10-01:", shown, "filter:", expression)
ok &= shown > 0
print("labels:", layer.labelsEnabled())
print("OK" if ok else "FAILED")
sys.stdout.flush()
os._exit(0 if ok else 1)
