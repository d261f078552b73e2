#!/usr/bin/env bash
# Regenerates the files an install puts beside the binary, from the argument parser's command tree:
#   share/man/man1/tunebench.1                      tunebench generate-manual
#   share/bash-completion/completions/tunebench     tunebench --generate-completion-script bash
#   share/zsh/site-functions/_tunebench             ... zsh
#   share/fish/vendor_completions.d/tunebench.fish  ... fish
# Run it after changing a command, an option or a help text; ShellFilesTests fails until you do.
# Usage: scripts/generate-shell-files.sh [BINARY]   (default: a debug build of this checkout)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
binary=${1:-}
if [ -z "$binary" ]; then
    swift build --package-path "$root" --product tunebench -q >&2
    binary="$root/.build/debug/tunebench"
fi
share="$root/share"
mkdir -p "$share/man/man1" "$share/bash-completion/completions" "$share/zsh/site-functions" "$share/fish/vendor_completions.d"
"$binary" generate-manual > "$share/man/man1/tunebench.1"
"$binary" --generate-completion-script bash > "$share/bash-completion/completions/tunebench"
"$binary" --generate-completion-script zsh > "$share/zsh/site-functions/_tunebench"
"$binary" --generate-completion-script fish > "$share/fish/vendor_completions.d/tunebench.fish"
echo "wrote $share/{man/man1/tunebench.1,bash-completion/completions/tunebench,zsh/site-functions/_tunebench,fish/vendor_completions.d/tunebench.fish}" >&2
