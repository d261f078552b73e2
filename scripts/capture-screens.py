#!/usr/bin/env python3
"""Captures the README walkthrough's screens from the real binary, so the README never drifts from the app.

Builds the example project (`tunebench demo --build-only`), runs the TUI in tmux at 120x36 on a private socket,
presses the walkthrough's keys, and replaces each block between `<!-- screen:NAME -->` and `<!-- /screen -->` in
README.md with what the screen shows. Run it after changing a pane: `python3 scripts/capture-screens.py`, or
`python3 scripts/capture-screens.py evals evals-compare` for only the screens named.
"""
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOCKET_PREFIX = "tunebench-readme"
# Each screen: the keys pressed from the home screen to reach it, and a text that shows it is drawn.
SCREENS = [
    ("home", [], "4 Cost"),
    ("decision", ["1", "z"], "What is wrong"),
    # The first unreviewed example: its user and assistant turns under the folded system prompt.
    ("dataset", ["2", "z", "]"], "s unfolds"),
    ("evals", ["3", "z"], "› Evals"),
    # gpt-4.1 (the model rung) marked A, lora-r16 (the fine-tune) B; then the second flip (a B-only pass).
    ("evals-compare", ["3", "z", "j", "j", "j", "c", "j", "c", "j"], "case-008  A ✘ fail"),
    ("cost", ["4", "z"], "› Cost"),
    ("report", ["5"], "› Report"),
]


def tmux(socket, *args):
    return subprocess.run(["tmux", "-L", socket, *args], capture_output=True, text=True).stdout


def wait_for(socket, text, timeout=20):
    """The screen once it shows `text` and has stopped changing (background reads have landed)."""
    deadline = time.time() + timeout
    previous = None
    while time.time() < deadline:
        screen = tmux(socket, "capture-pane", "-p", "-t", "readme")
        if text in screen and screen == previous:
            return screen
        previous = screen
        time.sleep(0.25)
    sys.exit(f"capture-screens: timed out waiting for {text!r}; the screen shows:\n{previous}")


def main():
    binary = os.path.join(ROOT, ".build", "debug", "tunebench")
    subprocess.run(["swift", "build", "--product", "tunebench", "-q"], cwd=ROOT, check=True)
    project = subprocess.run([binary, "demo", "--build-only"], cwd=ROOT, check=True, capture_output=True,
                             text=True).stdout.strip().splitlines()[-1]
    screens = {}
    wanted = set(sys.argv[1:])
    for name, keys, marker in SCREENS:
        if wanted and name not in wanted:
            continue
        # One server per screen: reusing a socket right after kill-server races with the dying server.
        socket = f"{SOCKET_PREFIX}-{os.getpid()}-{name}"
        tmux(socket, "new-session", "-d", "-x", "120", "-y", "36", "-s", "readme",
             f"env TERM=tmux-256color LANG=C.UTF-8 {binary} {project}")
        try:
            wait_for(socket, "1 Decision")
            for key in keys:
                tmux(socket, "send-keys", "-t", "readme", key)
                time.sleep(0.2)
            screen = wait_for(socket, marker).rstrip("\n")
        finally:
            tmux(socket, "kill-server")
        # The checkout's own path is an accident of where the script ran: show a neutral one of the same width.
        neutral = "/home/dev/tb"[: len(ROOT)].ljust(len(ROOT), "/")
        screens[name] = "\n".join(line.rstrip() for line in screen.replace(ROOT, neutral).splitlines())
    readme_path = os.path.join(ROOT, "README.md")
    readme = open(readme_path, encoding="utf-8").read()
    for name, text in screens.items():
        pattern = re.compile(rf"(<!-- screen:{name} -->\n```\n).*?(\n```\n<!-- /screen -->)", re.S)
        readme, count = pattern.subn(lambda m: m.group(1) + text + m.group(2), readme)
        if count != 1:
            sys.exit(f"capture-screens: README.md has no block for screen {name!r}")
    open(readme_path, "w", encoding="utf-8").write(readme)
    print(f"captured {len(screens)} screens into README.md")


if __name__ == "__main__":
    main()
