#!/usr/bin/env bash
# Reviews while an import runs (issue 22): how long each `tunebench review` waits for the import's write lock.
#
#   Benchmarks/review_during_import.sh TUNEBENCH_BINARY DATA.jsonl
#
# Makes a project with a 200-example dataset, starts `tunebench import` of DATA.jsonl into it, and while the
# import runs flips one example between accepted and rejected with `tunebench review`, timing each call from the
# outside. Prints each review that took over a second (with when it started), the number of reviews, how many
# failed (any non-zero exit or error text), and the median, p99 and maximum wall time of a review, with the
# import's own wall time. Nothing here is tunebench's code timing
# itself: every figure is a whole process seen from the shell.
set -euo pipefail
binary=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
project=$work/p.tunebench
# The small set is the data's first lines, so its ids also exist in the big one: reviews name their dataset.
head -n 200 "$data" > "$work/small.jsonl"
"$binary" new "$project" --name review-during-import >/dev/null
"$binary" import "$project" "$work/small.jsonl" --dataset small --quiet >/dev/null
id=$("$binary" examples "$project" --dataset small --limit 1 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

start=$(date +%s.%N)
"$binary" import "$project" "$data" --dataset big --quiet >/dev/null 2>"$work/import.err" &
importer=$!
failures=0
flag=--accept
: > "$work/times"
: > "$work/offsets"
while kill -0 "$importer" 2>/dev/null; do
    t0=$(date +%s.%N)
    if ! "$binary" review "$project" "$id" $flag --dataset small >/dev/null 2>"$work/review.err" || [ -s "$work/review.err" ]; then
        failures=$((failures + 1))
        sed 's/^/review: /' "$work/review.err" | head -n 3 >&2
    fi
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc >> "$work/times"
    echo "$t0 - $start" | bc >> "$work/offsets"
    if [ "$flag" = --accept ]; then flag=--reject; else flag=--accept; fi
done
wait "$importer"
end=$(date +%s.%N)
python3 - "$work/times" "$failures" "$(echo "$end - $start" | bc)" "$work/offsets" <<'PY'
import sys
walls = [float(line) for line in open(sys.argv[1]) if line.strip()]
offsets = [float(line) for line in open(sys.argv[4]) if line.strip()]
times = sorted(walls)
failures, wall = int(sys.argv[2]), float(sys.argv[3])
for took, at in zip(walls, offsets):
    if took > 1.0:
        print(f"slow review: {took:.2f} s, started {at:.1f} s into the import")
def pct(p): return times[min(len(times) - 1, int(p * len(times)))]
print(f"import wall {wall:.1f} s; reviews during it: {len(times)}, failed {failures}; "
      f"review wall median {pct(0.5):.3f} s, p99 {pct(0.99):.3f} s, max {times[-1]:.3f} s")
PY
