#!/usr/bin/env bash
# Installs inspect_ai (pinned) from the Python package index into a venv, .build/ci-inspect, for the end-to-end test
# that runs a real `inspect eval ... --model mockllm/model --log-dir {out}` through a tunebench runner
# (Tests/EndToEndTests/InspectRunnerTests.swift finds .build/ci-inspect/bin/inspect, or $TUNEBENCH_INSPECT).
# Skips, saying why, only when the package index is unreachable. Any other failure fails CI.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

INSPECT_VERSION=0.3.285
VENV=.build/ci-inspect
say() { echo "inspect: $*"; }

if [ -x "$VENV/bin/inspect" ] && "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('inspect_ai') != '$INSPECT_VERSION')"; then
    say "inspect_ai $INSPECT_VERSION already in $VENV"
    exit 0
fi
index_url="${PIP_INDEX_URL:-$(python3 -m pip config get global.index-url 2>/dev/null || true)}"
index_url="${index_url:-https://pypi.org/simple}"
if ! python3 - "$index_url" <<'PY' >/dev/null 2>&1
import sys, urllib.request
urllib.request.urlopen(sys.argv[1].rstrip("/") + "/inspect-ai/", timeout=30).read(1)
PY
then
    say "SKIPPED: the package index ($index_url) is unreachable; the inspect_ai runner test will be skipped"
    exit 0
fi
rm -rf "$VENV"
python3 -m venv "$VENV"
say "installing inspect-ai==$INSPECT_VERSION into $VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check --no-input "inspect-ai==$INSPECT_VERSION"
"$VENV/bin/inspect" --version
