#!/usr/bin/env python3
"""Writes a benchmark corpus of realistic articles: sentences of the example articles
recombined, with place names swapped for other front-line places and publication dates
shifted, as JSON Lines and as a manifest with text files.

    python3 bench/generate.py --mb 100 --out /tmp/corpus            # both forms
    python3 bench/generate.py --mb 1000 --jsonl-only --out /tmp/big  # JSON Lines only

Same arguments, same bytes (a fixed random seed). Python standard library only.
"""
import argparse
import csv
import datetime
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(HERE, "..", "examples", "seeds")
PLACES = [
    "Bakhmut", "Avdiivka", "Kupiansk", "Izium", "Kramatorsk", "Sloviansk", "Pokrovsk", "Vuhledar",
    "Kreminna", "Svatove", "Soledar", "Marinka", "Toretsk", "Chasiv Yar", "Robotyne", "Orikhiv",
    "Kherson", "Nova Kakhovka", "Vovchansk", "Lyptsi", "Kurakhove", "Siversk", "Popasna", "Hirske",
]
SWAP = ["Lyman", "Kharkiv", "Mariupol", "Sievierodonetsk", "Severodonetsk", "Lysychansk", "Rubizhnoye"]


def sentences():
    out = []
    for name in sorted(os.listdir(os.path.join(EXAMPLES, "articles"))):
        text = open(os.path.join(EXAMPLES, "articles", name), encoding="utf-8").read()
        for line in text.splitlines():
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", line.strip()):
                if len(s) > 30:
                    out.append(s)
    return out


def article(rng, pool):
    lines = []
    for _ in range(rng.randint(8, 25)):
        s = rng.choice(pool)
        for old in SWAP:
            if old in s and rng.random() < 0.5:
                s = s.replace(old, rng.choice(PLACES))
        lines.append(s)
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--out", required=True)
    ap.add_argument("--jsonl-only", action="store_true")
    ap.add_argument("--seed", type=int, default=20220224)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pool = sentences()
    os.makedirs(a.out, exist_ok=True)
    target = int(a.mb * 1024 * 1024)
    start = datetime.date(2022, 2, 24)
    written, n = 0, 0
    jsonl = open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8", newline="\n")
    manifest = None
    if not a.jsonl_only:
        os.makedirs(os.path.join(a.out, "articles"), exist_ok=True)
        manifest = csv.writer(open(os.path.join(a.out, "manifest.csv"), "w", encoding="utf-8", newline=""))
        manifest.writerow(["id", "file", "published", "source", "url", "title"])
    while written < target:
        text = article(rng, pool)
        published = (start + datetime.timedelta(days=rng.randint(0, 1000))).isoformat()
        doc_id = f"b{n:07d}"
        record = {"id": doc_id, "text": text, "published": published, "source": "bench"}
        jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
        if manifest:
            path = os.path.join("articles", f"{doc_id}.txt")
            with open(os.path.join(a.out, path), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            manifest.writerow([doc_id, path, published, "bench", "", ""])
        written += len(text.encode("utf-8"))
        n += 1
    jsonl.close()
    print(f"wrote {n} articles, {written / 1024 / 1024:.1f} MB of text, to {a.out}")


if __name__ == "__main__":
    main()
