#!/usr/bin/env bash
# Installs DuckDB's Python package (pinned) into a venv (.build/ci-duckdb) for the shard round-trip test, which
# reads `tunebench export --shards` output with DuckDB's read_json_auto. Prints the venv's python on its last
# line (`.ci/run` exports it as TUNEBENCH_DUCKDB_PYTHON). Skips, saying why, only when the package index is
# unreachable; any other failure fails CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DUCKDB_VERSION=1.5.6
VENV=.build/ci-duckdb
say() { echo "duckdb: $*" >&2; }

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import duckdb; assert duckdb.__version__ == '$DUCKDB_VERSION'" 2>/dev/null; then
    python3 -m venv "$VENV" >&2
    if ! output=$("$VENV/bin/pip" install --disable-pip-version-check --no-input --quiet "duckdb==$DUCKDB_VERSION" 2>&1); then
        if ! python3 -c "import urllib.request; urllib.request.urlopen('https://pypi.org/simple/duckdb/', timeout=30).read(1)" 2>/dev/null \
            && [ -z "${PIP_INDEX_URL:-}" ]; then
            say "SKIPPED: the package index is unreachable; the DuckDB shard test will be skipped"
            exit 0
        fi
        say "FAILED: pip could not install duckdb==$DUCKDB_VERSION:"
        echo "$output" >&2
        exit 1
    fi
fi
say "duckdb $DUCKDB_VERSION in $VENV"
echo "$PWD/$VENV/bin/python"
