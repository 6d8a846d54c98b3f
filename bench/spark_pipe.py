#!/usr/bin/env python3
"""Runs dateline under Apache Spark (pyspark, local mode) with RDD.pipe, and checks that it
gives the same events as one direct run.

    pip install pyspark          # uses the machine's Java
    python3 bench/generate.py --mb 2 --jsonl-only --out /tmp/spark-corpus
    python3 bench/spark_pipe.py /tmp/spark-corpus/corpus.jsonl target/release/dateline

The JSON Lines mode is a pure function of each document, so each partition of lines is
piped through `dateline extract --jsonl - --out -` and the event lines come back; on a cluster
the binary only has to be on every worker (or shipped with --files). Hadoop Streaming works
the same way with `-mapper "dateline extract --jsonl - --out - --quiet"`.
"""
import json
import os
import subprocess
import sys
import time


def main():
    corpus, binary = sys.argv[1], os.path.abspath(sys.argv[2])
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setMaster("local[2]").setAppName("dateline").set("spark.ui.enabled", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    started = time.time()
    lines = sc.textFile(corpus, minPartitions=4)
    events = lines.pipe(f"{binary} extract --jsonl - --out - --quiet").collect()
    spark_seconds = time.time() - started
    sc.stop()
    direct = subprocess.run([binary, "extract", "--jsonl", corpus, "--out", "-", "--quiet"],
                            check=True, capture_output=True).stdout.decode().splitlines()
    key = lambda line: json.loads(line)["event_id"]
    same = sorted(events, key=key) == sorted(direct, key=key)
    print(f"spark: {len(events)} events in {spark_seconds:.1f} s; direct run: {len(direct)} events; identical: {same}")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
