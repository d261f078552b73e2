"""Writes the zip fixtures of the zip reader tests with Python's own zipfile (and zipfile_zstd, which inspect_ai uses
for method 93 before Python 3.14). Run with the inspect venv's python (`.ci/inspect-venv.sh` makes it):

    .build/venv-inspect/bin/python Tests/TuneBenchCoreTests/Fixtures/evals/make_zip_fixtures.py

- zip64_entries.zip: zipfile's zip64 limits lowered to 0, so every record uses the zip64 extra field and the
  archive ends in a zip64 end-of-central-directory record and locator, as zipfile writes logs past 4 GiB or 65,535
  entries; `a.txt` is written twice (the later record wins), one entry each stored, deflate and zstd.
- inspect_0.3.285_arithmetic_zip64.eval: the real 0.3.285 log rewritten the same way (entries zstd as inspect writes).
- inspect_0.3.285_in_progress.eval: that log as it is while inspect still writes it (no header.json yet, 2 of 3
  samples flushed).
- zstd_bomb.eval / deflate_bomb.eval: a header.json plus one sample entry that inflates to 2 GiB (zstd) or
  300 MiB (deflate) of zeros, with honest sizes in the directory.
"""
import os
import warnings
import zipfile

import zipfile_zstd  # noqa: F401  (adds ZIP_ZSTANDARD to zipfile)

HERE = os.path.dirname(os.path.abspath(__file__))
ZSTD = zipfile.ZIP_ZSTANDARD


def forcing_zip64(write):
    saved = zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT
    zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = 0, 0
    try:
        write()
    finally:
        zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = saved


def zip64_entries():
    with zipfile.ZipFile(os.path.join(HERE, "zip64_entries.zip"), "w") as z:
        warnings.simplefilter("ignore")  # "Duplicate name": on purpose
        z.writestr("a.txt", b"first", compress_type=zipfile.ZIP_STORED)
        z.writestr("stored.txt", b"stored bytes\n", compress_type=zipfile.ZIP_STORED)
        z.writestr("deflate.txt", b"deflate " * 100, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("zstd.txt", b"zstd " * 100, compress_type=ZSTD)
        z.writestr("a.txt", b"second", compress_type=ZSTD)


def inspect_zip64():
    source = os.path.join(HERE, "inspect_0.3.285_arithmetic.eval")
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(os.path.join(HERE, "inspect_0.3.285_arithmetic_zip64.eval"), "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info), compress_type=ZSTD)


def in_progress():
    """What a log looks like while inspect is still writing it: the journal and the samples flushed so far, no
    header.json, summaries.json or reductions.json (those are written when the eval finishes)."""
    source = os.path.join(HERE, "inspect_0.3.285_arithmetic.eval")
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(os.path.join(HERE, "inspect_0.3.285_in_progress.eval"), "w") as dst:
        for info in src.infolist():
            if info.filename in ("header.json", "summaries.json", "reductions.json", "samples/echo_epoch_1.json"):
                continue
            dst.writestr(info.filename, src.read(info), compress_type=ZSTD)


def bombs():
    header = b'{"version": 2, "status": "success", "eval": {"task": "bomb", "model": "mockllm/model", "created": "2026-12-06T00:00:00+00:00"}}'
    for name, method, size in (("zstd_bomb.eval", ZSTD, 2 << 30), ("deflate_bomb.eval", zipfile.ZIP_DEFLATED, 300 << 20)):
        with zipfile.ZipFile(os.path.join(HERE, name), "w") as z:
            z.writestr("header.json", header, compress_type=method)
            info = zipfile.ZipInfo("samples/1_epoch_1.json")
            info.compress_type = method
            with z.open(info, "w", force_zip64=True) as entry:
                chunk = bytes(1 << 20)
                for _ in range(size // len(chunk)):
                    entry.write(chunk)


forcing_zip64(zip64_entries)
forcing_zip64(inspect_zip64)
in_progress()
bombs()
