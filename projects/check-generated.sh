#!/usr/bin/env bash
# Checks that every example's seeded generator is deterministic and that the committed files are what it writes:
# each generate.py runs twice into fresh folders; both runs must be byte-identical to each other and to the
# files committed next to it. Exit 0 when all match, 1 otherwise (with a diff summary on stderr).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for generator in */generate.py; do
    project=$(dirname "$generator")
    python3 "$generator" --out "$scratch/$project.1"
    python3 "$generator" --out "$scratch/$project.2"
    if ! diff -r "$scratch/$project.1" "$scratch/$project.2" >/dev/null; then
        echo "check-generated: $project: two runs of generate.py differ" >&2
        status=1
    fi
    (cd "$scratch/$project.1" && find . -type f | sort) | while read -r file; do
        if ! cmp -s "$scratch/$project.1/$file" "$project/$file"; then
            echo "check-generated: $project/${file#./} differs from what generate.py writes (rerun it and commit)" >&2
            exit 1
        fi
    done || status=1
    [ "$status" -eq 0 ] && echo "$project: deterministic and up to date"
done
exit "$status"
