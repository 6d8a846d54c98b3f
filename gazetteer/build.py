#!/usr/bin/env python3
"""Builds gazetteer/places.tsv from GeoNames (../shared/data) and the curated tables.

Run from the repository root:  python3 gazetteer/build.py [--data ../shared/data]

The output is committed, so the program never needs ../shared. Re-running on the same
input writes the same bytes (rows sorted by id, names sorted within a row).

Output columns (tab-separated, one header line):
  id          gn:<geonameid> | site:<key> | region:<key>
  kind        settlement | site | raion | oblast | region
  code        GeoNames feature code (PPLA, PPL, ADM2, ...), SITE or REGION
  name        display name
  admin1      oblast, short English form (Donetsk, Luhansk, Kharkiv, ...); several joined by |
  admin2      raion display name (Kramatorskyi Raion), empty when unknown
  lat, lon    WGS84 degrees
  population  GeoNames population (0 when unknown)
  names       every spelling to index, | between (the display name included)
  source      where the coordinates come from
Python standard library only.
"""
import argparse
import itertools
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# GeoNames admin1 code -> short English oblast name used in outputs (as analysts write it).
ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk", "05": "Donetsk",
    "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson", "09": "Khmelnytskyi", "10": "Kirovohrad",
    "11": "Crimea", "12": "Kyiv City", "13": "Kyiv", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv",
    "17": "Odesa", "18": "Poltava", "19": "Rivne", "20": "Sevastopol", "21": "Sumy", "22": "Ternopil",
    "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia", "26": "Zaporizhzhia", "27": "Zhytomyr",
}

# Extra spellings of oblast stems the press uses; each is combined with the unit words below.
OBLAST_STEMS = {
    "04": ["Dnipropetrovsk", "Dnipro", "Dnepropetrovsk", "Dnipropetrovska"],
    "05": ["Donetsk", "Donetska", "Donetske"],
    "07": ["Kharkiv", "Kharkov", "Kharkivska", "Kharkivs'ka"],
    "08": ["Kherson", "Khersonska"],
    "13": ["Kyiv", "Kiev", "Kyivska"],
    "14": ["Luhansk", "Lugansk", "Luhanska", "Luhans'k"],
    "16": ["Mykolaiv", "Nikolaev", "Mykolayiv", "Mykolaivska"],
    "17": ["Odesa", "Odessa", "Odeska"],
    "21": ["Sumy", "Sumska"],
    "26": ["Zaporizhzhia", "Zaporizhia", "Zaporizhzhya", "Zaporozhye", "Zaporizhzhia's", "Zaporizka"],
}
OBLAST_UNITS = ["oblast", "region", "province", "oblasts", "regions", "provinces", "область"]
# Regional nicknames of oblasts ("Luhanshchyna").
OBLAST_NICKNAMES = {
    "05": ["Donechchyna", "Donetchyna", "Донеччина"],
    "07": ["Kharkivshchyna", "Харківщина"],
    "14": ["Luhanshchyna", "Луганщина"],
    "08": ["Khersonshchyna", "Херсонщина"],
    "26": ["Zaporizhzhshchyna", "Запоріжжя область"],
    "21": ["Sumshchyna", "Сумщина"],
    "04": ["Dnipropetrovshchyna", "Дніпропетровщина"],
}
# lat min, lat max, lon min, lon max: rows outside it are GeoNames errors.
UKRAINE_BOX = (44.0, 53.0, 22.0, 41.0)
UNIT_WORD = re.compile(r"(?i)\b(oblast|oblast'|region|province|raion|rayon|rajon|district|область|район)\b")
LATIN_OR_CYRILLIC = re.compile(r"^[A-Za-z\u00C0-\u024F\u0400-\u04FF0-9 .'\u2019\u02BC`\-]+$")


def clean_names(names):
    """Keeps the spellings an English or Ukrainian/Russian text could contain."""
    out = set()
    for n in names:
        n = n.strip().replace("|", " ")
        if len(n) < 3 or not LATIN_OR_CYRILLIC.match(n):
            continue
        if n.isupper() and len(n) <= 4:  # IATA and other codes ("SEV")
            continue
        if n[0].islower() and n[0].isascii():  # romanised Japanese and other noise ("everodoneck")
            continue
        out.add(n)
    return out


# Oblasts where the war is reported, whose villages Russian sources name in Russian forms.
FRONT_OBLASTS = {"04", "05", "07", "08", "14", "21", "26"}
# Russian forms of Ukrainian name parts where the two languages differ by rule rather than by
# spelling (the fold in src/fold.rs already joins -ivka/-ovka, -ne/-noye, h/g):
# Sokil/Sokol, Pidhorodne/Podgorodnoye, Vilne/Volnoye, Bilohorivka/Belogorovka,
# Svitlodarsk/Svetlodarsk, Novoselivske/Novoselovskoye, Andriivka/Andreyevka, Vyimka/Vyemka.
RUSSIAN_PARTS = [
    (r"^Під", "Под"),
    (r"^Віль", "Воль"),
    (r"^Біл", "Бел"),
    (r"^Світл", "Светл"),
    (r"івськ", "овськ"),
    (r"іїв", "еев"),
    (r"ї", "е"),
    (r"іл$", "ол"),
    (r"ів$", "ов"),
]
UKRAINIAN_LETTERS = re.compile("[іїєґІЇЄҐ]")


def russian_forms(names):
    """Russian forms of the Ukrainian Cyrillic names among `names` (Сокіл -> Сокол)."""
    out = set()
    for n in names:
        if not UKRAINIAN_LETTERS.search(n):
            continue
        r = n
        for part, russian in RUSSIAN_PARTS:
            r = re.sub(part, russian, r)
        if r != n:
            out.add(r)
    return out


LATIN_WORDS = re.compile(r"^[A-Za-z'\u2019-]+(?: [A-Za-z'\u2019-]+){1,2}$")


def hybrid_forms(name, names):
    """Multi-word names spelt part Ukrainian-, part Russian-based, as the press writes them:
    'Velyka Novosilka' (the entry's own name) and 'Velikaya Novoselka' give 'Velyka
    Novoselka' (Reuters, AP) and 'Velikaya Novosilka': each word of the own name is mixed
    with the same word of each other plain-Latin spelling of as many words."""
    if not LATIN_WORDS.match(name):
        return set()
    own = name.split(" ")
    out = set()
    for n in names:
        if not LATIN_WORDS.match(n):
            continue
        other = n.split(" ")
        if len(other) != len(own):
            continue
        for pick in itertools.product((0, 1), repeat=len(own)):
            out.add(" ".join(o if k == 0 else w for k, o, w in zip(pick, own, other)))
    return out - set(names)


def raion_aliases(names):
    """'Kramatorskyi Raion' -> also 'Kramatorsk district', 'Kramatorskyi district' ..."""
    extra = set()
    for n in names:
        m = re.match(r"(?i)^(.+?)\s+(raion|rayon|district)$", n)
        if not m:
            continue
        stem = m.group(1)
        stems = {stem}
        if stem.endswith("skyi"):
            stems.add(stem[:-2])  # Kramatorskyi -> Kramatorsk
        for s in stems:
            for unit in ("Raion", "Rayon", "district", "District"):
                extra.add(f"{s} {unit}")
    return extra


def reformed_raion(name):
    """GeoNames still names a few raions after the city councils they replaced in 2020
    ('Chuhuiv City Council', 'Kupianska Miskrada'): their raion's name ('Chuhuivskyi Raion')
    and the city's name for it ('Chuhuiv Raion'), or None."""
    plain = name.replace("\u2019", "").replace("'", "")
    m = re.match(r"(?i)^(.+?)\s+city council$", plain)
    if m:
        city = m.group(1)
        if city.endswith("ova"):
            adjective = city[:-3] + "ivskyi"  # Lozova -> Lozivskyi
        elif city.endswith("sk"):
            adjective = city + "yi"
        else:
            adjective = city + "skyi"
        return f"{adjective} Raion", f"{city} Raion"
    m = re.match(r"(?i)^(.+?)ska\s+(?:miskrada|miska rada)$", plain)
    if m:
        return f"{m.group(1)}skyi Raion", f"{m.group(1)}sk Raion"
    return None


def read_admin2_names(data):
    names = {}
    with open(os.path.join(data, "geonames", "admin2Codes_UA.txt"), encoding="utf-8") as f:
        for line in f:
            code, name, _ascii, _gid = line.rstrip("\n").split("\t")
            names[code.split(".", 1)[1]] = name
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(HERE, "places.tsv"))
    a = ap.parse_args()
    admin2_names = read_admin2_names(a.data)
    rows = []
    adm2_display = {}
    raw = []
    with open(os.path.join(a.data, "geonames", "UA.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            raw.append(c)
            if c[7] == "ADM2":
                adm2_display[f"{c[10]}.{c[11]}"] = (reformed_raion(c[1]) or (c[1],))[0]
    for c in raw:
        gid, name, asciiname, alts = c[0], c[1], c[2], c[3]
        lat, lon, fclass, fcode, a1, a2, pop = c[4], c[5], c[6], c[7], c[10], c[11], c[14] or "0"
        if not (UKRAINE_BOX[0] <= float(lat) <= UKRAINE_BOX[1] and UKRAINE_BOX[2] <= float(lon) <= UKRAINE_BOX[3]):
            continue  # a few rows lie far outside Ukraine (Sasovo, Ryazan Oblast)
        names = clean_names([name, asciiname] + alts.split(","))
        admin1 = ADMIN1.get(a1, "")
        admin2 = adm2_display.get(f"{a1}.{a2}") or admin2_names.get(f"{a1}.{a2}", "")
        if fclass == "P":
            kind = "settlement"
            if a1 in FRONT_OBLASTS:
                names |= russian_forms(names)
                names |= hybrid_forms(name, names)
        elif fcode == "ADM2":
            kind = "raion"
            reformed = reformed_raion(name)
            if reformed:
                name = reformed[0]
                names |= set(reformed)
            names = {n for n in names if UNIT_WORD.search(n)}
            names |= raion_aliases(names)
            admin2 = name
        elif fcode == "ADM1":
            kind = "oblast"
            names = {n for n in names if UNIT_WORD.search(n)}
            for stem in OBLAST_STEMS.get(a1, []) + [admin1]:
                for unit in OBLAST_UNITS:
                    names.add(f"{stem} {unit}")
            names.update(OBLAST_NICKNAMES.get(a1, []))
            name = f"{admin1} Oblast" if a1 not in ("11", "12", "20") else admin1
        elif fcode == "PCLI":
            kind = "country"
            names = {n for n in names if n in ("Ukraine", "Ukraina", "Україна", "Украина")}
            admin1 = ""
        else:
            continue
        if not names:
            continue
        names.add(name)
        rows.append((f"gn:{gid}", kind, fcode, name, admin1, admin2, lat, lon, pop, sorted(names), f"geonames:{gid}"))
    for table, kind, code in (("regions.tsv", "region", "REGION"), ("sites.tsv", "site", "SITE")):
        with open(os.path.join(HERE, "curated", table), encoding="utf-8") as f:
            lines = [l for l in f if not l.startswith("#")]
        for r in csv.DictReader(lines, delimiter="\t"):
            names = sorted(set(x.strip() for x in r["aliases"].split("|") if x.strip()) | {r["name"]})
            rows.append((f"{kind}:{r['key']}", kind, code, r["name"], r["admin1"], "", r["lat"], r["lon"], "0",
                         names, r["source"]))
    with open(os.path.join(HERE, "curated", "misspellings.tsv"), encoding="utf-8") as f:
        lines = [l for l in f if not l.startswith("#")]
    misspelt = {r["id"]: r["misspellings"].split("|") for r in csv.DictReader(lines, delimiter="\t")}
    rows = [r[:9] + (sorted(set(r[9]) | set(misspelt.get(r[0], []))),) + r[10:] for r in rows]
    rows.sort(key=lambda r: r[0])
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("id\tkind\tcode\tname\tadmin1\tadmin2\tlat\tlon\tpopulation\tnames\tsource\n")
        for r in rows:
            f.write("\t".join(list(r[:9]) + ["|".join(r[9]), r[10]]) + "\n")
    kinds = {}
    for r in rows:
        kinds[r[1]] = kinds.get(r[1], 0) + 1
    print(f"wrote {a.out}: {len(rows)} entries {kinds}, {sum(len(r[9]) for r in rows)} names", file=sys.stderr)


if __name__ == "__main__":
    main()
