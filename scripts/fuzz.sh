#!/usr/bin/env bash
# Builds and runs the libFuzzer targets in Fuzz/ (docs/FUZZING.md). Not part of `swift build` / `swift test`.
#
#   scripts/fuzz.sh                     build every target, run each for 120 s
#   scripts/fuzz.sh --time 600 json-schema dataset-csv
#   scripts/fuzz.sh --build-only        build, do not run
#   scripts/fuzz.sh --list              the target names
#
# How it builds: the package's modules are compiled once with `-sanitize=fuzzer,address` (SwiftPM, release,
# in a separate scratch path .build-fuzz so the normal .build is never touched), then each target
# (Fuzz/Targets/NAME.swift + Fuzz/Support/FuzzInput.swift, + DatasetFuzzing.swift for dataset-*) is compiled by
# swiftc and linked with those modules' objects.
# Crashing inputs land in .build-fuzz/crashes/NAME-*; the growing corpus in .build-fuzz/corpus/NAME (seeds in
# Fuzz/corpus/NAME are only read). Exit status: 1 when any target found a crash, else 0.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=120
build_only=0
targets=()
while (($#)); do
    case "$1" in
        --time) seconds="$2"; shift 2 ;;
        --build-only) build_only=1; shift ;;
        --list) for f in Fuzz/Targets/*.swift; do basename "$f" .swift; done; exit 0 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
if ((${#targets[@]} == 0)); then
    for f in Fuzz/Targets/*.swift; do targets+=("$(basename "$f" .swift)"); done
fi

scratch=.build-fuzz
sanitizers=fuzzer,address
build_flags=(-c release --scratch-path "$scratch" -Xswiftc "-sanitize=$sanitizers")
release="$scratch/release"

needs_theme=0
for t in "${targets[@]}"; do
    [[ -f "Fuzz/Targets/$t.swift" ]] || { echo "fuzz.sh: no target $t (see --list)" >&2; exit 2; }
    [[ "$t" == theme-* ]] && needs_theme=1
done

echo "== building instrumented modules into $scratch" >&2
swift build "${build_flags[@]}" --target TuneBenchCore >&2
if ((needs_theme)); then
    swift build "${build_flags[@]}" --target TerminalUI >&2
    swift build "${build_flags[@]}" --target TOMLKit >&2
fi

# The objects of a module and of everything it depends on, by build directory.
objects() { for dir in "$@"; do find "$release/$dir.build" -name '*.o' 2>/dev/null || true; done; }
core_objects() { objects TuneBenchCore GraphQL Mustache OrderedCollections InternalCollectionsUtilities; }
theme_objects() { objects TerminalUI TOMLKit CTOML; }

# The C modules the Swift modules import (libzstd and zlib for the decompressors, libcrypto for SHA-256, toml++
# for TOMLKit).
module_maps=()
for map in Sources/CZstd/module.modulemap Sources/CZlib/module.modulemap Sources/CLibCrypto/module.modulemap \
           "$scratch/checkouts/TOMLKit/Sources/CTOML/include/CTOML/module.modulemap"; do
    [[ -f "$map" ]] && module_maps+=(-Xcc "-fmodule-map-file=$map")
done

mkdir -p "$scratch/fuzzers" "$scratch/crashes" "$scratch/logs"
for t in "${targets[@]}"; do
    echo "== linking $t" >&2
    extra=()
    [[ "$t" == dataset-* ]] && extra=(Fuzz/Support/DatasetFuzzing.swift)
    if [[ "$t" == theme-* ]]; then
        mapfile -t objs < <(theme_objects)
        extra=(Sources/TuneBenchApp/Themes/ThemeFile.swift Sources/TuneBenchApp/Themes/ThemeError.swift -lstdc++)
    else
        mapfile -t objs < <(core_objects)
        extra+=(-lzstd -lz -lcrypto)
    fi
    swiftc -O -parse-as-library -sanitize="$sanitizers" -module-name "Fuzz_${t//-/_}" \
        -I "$release/Modules" "${module_maps[@]}" \
        Fuzz/Support/FuzzInput.swift "Fuzz/Targets/$t.swift" "${extra[@]}" "${objs[@]}" \
        -o "$scratch/fuzzers/$t" 2> >(grep -v 'Cannot export local symbol' >&2)
done
((build_only)) && exit 0

found=0
for t in "${targets[@]}"; do
    mkdir -p "$scratch/corpus/$t"
    echo "== running $t for ${seconds}s" >&2
    options=()
    asan_options=detect_leaks=1
    # TOMLKit leaks the key list of every table it iterates, and Foundation's NSRegularExpression an object per
    # refused pattern (docs/FUZZING.md): third-party leaks, so leak detection is off for these two targets.
    if [[ "$t" == theme-file || "$t" == json-schema ]]; then options+=(-detect_leaks=0); asan_options=detect_leaks=0; fi
    # SWIFT_BACKTRACE=enable=no: the Swift backtracer hangs under libFuzzer's crash handler.
    if SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="$asan_options" "$scratch/fuzzers/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 "${options[@]}" \
        -print_final_stats=1 -artifact_prefix="$scratch/crashes/$t-" "$scratch/corpus/$t" "Fuzz/corpus/$t" \
        > "$scratch/logs/$t.log" 2>&1; then
        status=ok
    else
        status="CRASH (see $scratch/logs/$t.log, input in $scratch/crashes/)"
        found=1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$scratch/logs/$t.log" | grep -o '[0-9]*$' || echo '?')
    echo "$t: ${seconds}s, $runs executions, $status"
done
exit "$found"
