"""The plain-SQLite figures performance.md names, on a tunebench project, for BENCHMARKS.md's browser section.

Usage: python3 Benchmarks/browse_baselines.py PROJECT.tunebench
Opens the project read-only with Python's sqlite3 and times, median of 5 after a warm-up: count(*) over the
examples (what the browser never does), a page of 50 examples by id, the first 50 FTS5 hits in rowid order, and
the same hits ORDER BY rank (all hits sorted), for a common and a rare word.
"""
import sqlite3
import statistics
import sys
import time


def timed(connection, sql, arguments=()):
    connection.execute(sql, arguments).fetchall()
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        connection.execute(sql, arguments).fetchall()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main(path):
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    print(f"sqlite {sqlite3.sqlite_version}, {path}")
    jobs = [
        ("SELECT count(*) FROM example", "SELECT count(*) FROM example", ()),
        ("page of 50 examples by id (with text)",
         "SELECT example.id, original FROM example JOIN example_text USING (id) WHERE id >= 500000 ORDER BY id LIMIT 50", ()),
    ]
    for word in ["ka", "10"]:
        jobs += [
            (f"first 50 hits of {word!r}, rowid order",
             "SELECT rowid FROM example_search WHERE example_search MATCH ? ORDER BY rowid LIMIT 50", (f'"{word}"',)),
            (f"count all hits of {word!r}",
             "SELECT count(*) FROM example_search WHERE example_search MATCH ?", (f'"{word}"',)),
            (f"first 50 hits of {word!r}, ORDER BY rank",
             "SELECT rowid FROM example_search WHERE example_search MATCH ? ORDER BY rank LIMIT 50", (f'"{word}"',)),
        ]
    for name, sql, arguments in jobs:
        print(f"| {name} | {timed(connection, sql, arguments):.1f} ms |")


if __name__ == "__main__":
    main(sys.argv[1])
