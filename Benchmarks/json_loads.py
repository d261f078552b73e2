#!/usr/bin/env python3
"""Python's json.loads over every line of a JSONL file, the baseline `tunebench-bench json` compares its parser with.
Lines are read and decoded before the clock starts, so only json.loads is timed; invalid lines count as rejected.

usage: json_loads.py DATASET.jsonl RUNS
prints one line per run: SECONDS BYTES PARSED REJECTED
"""
import json
import sys
import time


def main(source, runs):
    texts = []
    total = 0
    with open(source, "rb") as f:
        for raw in f:
            raw = raw.rstrip(b"\n")
            total += len(raw)
            try:
                texts.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                pass
    for _ in range(runs):
        parsed = rejected = 0
        start = time.perf_counter()
        for text in texts:
            try:
                json.loads(text)
                parsed += 1
            except ValueError:
                rejected += 1
        seconds = time.perf_counter() - start
        print(f"{seconds:.6f} {total} {parsed} {rejected}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
