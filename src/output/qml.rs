//! `events.qml`: the QGIS style written beside `events.geojson`, so the layer opens styled
//! and animated: points categorised by `event_type`, labelled with `location`, and the
//! Temporal Controller reading `event_date`..`date_end` with the end included (QGIS mode
//! "start and end from fields", limit mode "include beginning, include end").

use crate::events::triggers::EventType;
use std::io::{self, Write};

/// One colour per event type (RGB), in the order of the trigger table.
const PALETTE: &[&str] = &[
    "31,120,180",
    "227,26,28",
    "106,61,154",
    "255,127,0",
    "51,160,44",
    "177,89,40",
    "251,154,153",
    "166,206,227",
    "178,223,138",
    "253,191,111",
    "202,178,214",
    "255,255,153",
    "128,128,128",
    "0,0,0",
    "240,2,127",
    "27,158,119",
    "1,102,94",
    "37,52,148",
    "107,107,0",
];

fn symbol(name: &str, color: &str) -> String {
    format!(
        r#"      <symbol type="marker" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option type="QString" name="color" value="{color},255"/>
            <Option type="QString" name="name" value="circle"/>
            <Option type="QString" name="outline_color" value="35,35,35,255"/>
            <Option type="QString" name="outline_width" value="0.2"/>
            <Option type="QString" name="size" value="3"/>
            <Option type="QString" name="size_unit" value="MM"/>
          </Option>
        </layer>
      </symbol>
"#
    )
}

/// Writes the style.
pub fn write<W: Write>(mut out: W) -> io::Result<()> {
    let mut categories = String::new();
    let mut symbols = String::new();
    for (i, t) in EventType::ALL.iter().enumerate() {
        let name = t.as_str();
        categories.push_str(&format!(
            "      <category render=\"true\" symbol=\"{i}\" value=\"{name}\" label=\"{name}\"/>\n"
        ));
        symbols.push_str(&symbol(&i.to_string(), PALETTE[i % PALETTE.len()]));
    }
    write!(
        out,
        r#"<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.0" styleCategories="AllStyleCategories" labelsEnabled="1">
  <temporal enabled="1" mode="2" startField="event_date" endField="date_end" limitMode="1" accumulate="0" durationField="" durationUnit="d" fixedDuration="0" startExpression="" endExpression="">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <renderer-v2 type="categorizedSymbol" attr="event_type" forceraster="0" enableorderby="0" symbollevels="0">
    <categories>
{categories}    </categories>
    <symbols>
{symbols}    </symbols>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="location" isExpression="0" fontSize="8" textColor="20,20,20,255" namedStyle="Regular">
        <text-buffer bufferDraw="1" bufferSize="0.8" bufferColor="255,255,255,255"/>
      </text-style>
      <placement placement="0" dist="1.5" distUnits="MM"/>
      <rendering obstacle="1" displayAll="0" scaleVisibility="0"/>
    </settings>
  </labeling>
  <mapTip>[% "event_type" %] at [% "location" %], [% "event_date" %]..[% "date_end" %]: [% "sentence" %]</mapTip>
  <layerGeometryType>0</layerGeometryType>
</qgis>
"#
    )
}
