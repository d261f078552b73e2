#!/usr/bin/env bash
# Builds tunebench (release) and installs it under a prefix, with its shell completions, manual page and themes:
#   PREFIX/bin/tunebench                               a link to PREFIX/lib/tunebench/tunebench
#   PREFIX/lib/tunebench/                              the binary and its resource bundles (report templates)
#   PREFIX/share/man/man1/tunebench.1                  man tunebench
#   PREFIX/share/bash-completion/completions/tunebench bash (loaded on demand by bash-completion)
#   PREFIX/share/zsh/site-functions/_tunebench         zsh
#   PREFIX/share/fish/vendor_completions.d/tunebench.fish
#   PREFIX/share/tunebench/themes/                     the shipped themes
# Usage: scripts/install.sh [--prefix DIR] [--debug | --bin-path DIR] [--uninstall]
#   --prefix DIR    where to install (default ~/.local)
#   --debug         install a debug build instead (seconds instead of minutes when one exists)
#   --bin-path DIR  install the binary already built in DIR (a build folder), building nothing; the install test
#                   uses it with the debug build `swift test` made, so CI never pays for a release build
#   --uninstall     remove what an earlier install under DIR put there (its manifest lists the files)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prefix="$HOME/.local"
configuration=release
uninstall=false
bin_path=
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --debug) configuration=debug; shift ;;
        --bin-path) [ $# -ge 2 ] || { echo "install.sh: --bin-path needs a directory" >&2; exit 2; }; bin_path=$2; shift 2 ;;
        --uninstall) uninstall=true; shift ;;
        -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (--prefix DIR, --debug, --bin-path DIR, --uninstall)" >&2; exit 2 ;;
    esac
done
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)
manifest="$prefix/lib/tunebench/install-manifest.txt"

if $uninstall; then
    if [ ! -f "$manifest" ]; then
        echo "install.sh: nothing to uninstall: no $manifest" >&2
        exit 2
    fi
    # Files first, deepest paths first, then the folders the install made that are now empty.
    sort -r "$manifest" | while IFS= read -r path; do
        case "$path" in "$prefix"/*) ;; *) continue ;; esac
        if [ -d "$path" ] && [ ! -L "$path" ]; then rmdir "$path" 2>/dev/null || true; else rm -f "$path"; fi
    done
    # Then the folders left empty, up to (not including) the prefix.
    sort -r "$manifest" | while IFS= read -r path; do
        dir=$(dirname "$path")
        while [ "$dir" != "$prefix" ] && [ "${dir#"$prefix"/}" != "$dir" ] && rmdir "$dir" 2>/dev/null; do
            dir=$(dirname "$dir")
        done
    done
    rm -f "$manifest"
    rmdir "$prefix/lib/tunebench" "$prefix/lib" 2>/dev/null || true
    echo "uninstalled tunebench from $prefix"
    exit 0
fi

if [ -n "$bin_path" ]; then
    if [ ! -x "$bin_path/tunebench" ]; then
        echo "install.sh: no tunebench binary in $bin_path" >&2
        exit 2
    fi
else
    if ! command -v swift >/dev/null 2>&1; then
        echo "install.sh: Swift 6.2 or newer is needed (https://www.swift.org/install/)." >&2
        exit 2
    fi
    echo "building tunebench ($configuration; a release build takes a few minutes)…" >&2
    if ! swift build --package-path "$root" -c "$configuration" --product tunebench -q >&2; then
        echo "install.sh: the build failed (see above); bin/tunebench names any missing system package." >&2
        exit 2
    fi
    bin_path=$(swift build --package-path "$root" -c "$configuration" --show-bin-path)
fi

installed=()
# Copies SOURCE to DEST (a file or a folder), recording every file and folder it creates in the manifest.
put() {
    local source=$1 dest=$2
    mkdir -p "$(dirname "$dest")"
    rm -rf "$dest"
    cp -R "$source" "$dest"
    if [ -d "$dest" ]; then
        while IFS= read -r path; do installed+=("$path"); done < <(find "$dest")
    else
        installed+=("$dest")
    fi
}
lib="$prefix/lib/tunebench"
put "$bin_path/tunebench" "$lib/tunebench"
for bundle in "$bin_path"/*.resources; do
    case "$bundle" in *Tests.resources) continue ;; esac   # the test targets' fixtures stay in the build folder
    [ -e "$bundle" ] && put "$bundle" "$lib/$(basename "$bundle")"
done
mkdir -p "$prefix/bin"
ln -sfn ../lib/tunebench/tunebench "$prefix/bin/tunebench"
installed+=("$prefix/bin/tunebench")
put "$root/share/man/man1/tunebench.1" "$prefix/share/man/man1/tunebench.1"
put "$root/share/bash-completion/completions/tunebench" "$prefix/share/bash-completion/completions/tunebench"
put "$root/share/zsh/site-functions/_tunebench" "$prefix/share/zsh/site-functions/_tunebench"
put "$root/share/fish/vendor_completions.d/tunebench.fish" "$prefix/share/fish/vendor_completions.d/tunebench.fish"
for theme in "$root"/themes/*.toml; do
    put "$theme" "$prefix/share/tunebench/themes/$(basename "$theme")"
done
printf '%s\n' "${installed[@]}" > "$manifest"

echo "installed tunebench $("$prefix/bin/tunebench" --version) in $prefix"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "add $prefix/bin to your PATH (man tunebench then finds the manual too): export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
echo "bash: completions load on demand with the bash-completion package; without it, add to ~/.bashrc:"
echo "    source $prefix/share/bash-completion/completions/tunebench"
echo "zsh: add $prefix/share/zsh/site-functions to fpath before compinit; fish: $prefix/share/fish/vendor_completions.d is read when fish knows the prefix (or copy the file to ~/.config/fish/completions/)."
