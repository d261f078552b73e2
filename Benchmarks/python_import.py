#!/usr/bin/env python3
"""The straightforward importer tunebench's import is compared with (performance.md): json.loads per line and
sqlite3 executemany into two tables (examples with the raw line, messages split out), one transaction, no FTS.

usage: python_import.py DATASET.jsonl OUT.db
"""
import json
import sqlite3
import sys


def main(source, target):
    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE example (id INTEGER PRIMARY KEY, line INTEGER, raw TEXT)")
    con.execute("CREATE TABLE message (example_id INTEGER, idx INTEGER, role TEXT, content TEXT)")
    examples, messages, bad = [], [], 0
    with open(source, "rb") as f:
        con.execute("BEGIN")
        for number, raw in enumerate(f, start=1):
            try:
                text = raw.decode("utf-8")
                record = json.loads(text)
                turns = record["messages"]
            except (UnicodeDecodeError, ValueError, TypeError, KeyError):
                bad += 1
                continue
            examples.append((number, number, text))
            for idx, m in enumerate(turns):
                content = m.get("content") if isinstance(m, dict) else None
                role = m.get("role") if isinstance(m, dict) else None
                messages.append((number, idx, role, content if isinstance(content, str) else json.dumps(content)))
            if len(examples) >= 10000:
                con.executemany("INSERT INTO example VALUES (?, ?, ?)", examples)
                con.executemany("INSERT INTO message VALUES (?, ?, ?, ?)", messages)
                examples, messages = [], []
        con.executemany("INSERT INTO example VALUES (?, ?, ?)", examples)
        con.executemany("INSERT INTO message VALUES (?, ?, ?, ?)", messages)
        con.commit()
    con.close()
    print(f"imported {number - bad}, bad {bad}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
