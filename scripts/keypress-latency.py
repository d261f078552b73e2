#!/usr/bin/env python3
"""Keypress-to-screen latency of the tunebench TUI under tmux.

Starts `tunebench PROJECT` in a private tmux server (120x36, TERM=tmux-256color, LANG=C.UTF-8), then N times:
notes the time, sends Tab with `tmux send-keys`, and polls `capture-pane -p` until the header shows the next
pane focused. Prints median and p95 in ms, and the cost of one capture-pane poll (the resolution floor:
each sample includes up to one poll too many). Usage:

    scripts/keypress-latency.py .build/release/tunebench /tmp/p.tunebench [N]
"""
import statistics
import subprocess
import sys
import time
import uuid

binary, project = sys.argv[1], sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 50
socket = "latency-" + uuid.uuid4().hex[:8]


def tmux(*args):
    return subprocess.run(["tmux", "-L", socket, *args], check=True, capture_output=True, text=True).stdout


def screen():
    return tmux("capture-pane", "-p", "-t", "lat")


def wait_until(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate(screen()):
            return time.monotonic()
    raise SystemExit("timed out; screen was:\n" + screen())


tmux("-f", "/dev/null", "new-session", "-d", "-s", "lat", "-x", "120", "-y", "36",
     f"env TERM=tmux-256color LANG=C.UTF-8 {binary} {project}")
try:
    wait_until(lambda s: "[1 Decision]" in s and "q quit" in s)
    panes = ["1 Decision", "2 Dataset", "3 Evals", "4 Cost"]
    samples = []
    for i in range(rounds):
        expected = "[" + panes[(i + 1) % 4] + "]"
        start = time.monotonic()
        tmux("send-keys", "-t", "lat", "Tab")
        end = wait_until(lambda s: expected in s.splitlines()[0])
        samples.append((end - start) * 1000)
    polls = []
    for _ in range(20):
        start = time.monotonic()
        screen()
        polls.append((time.monotonic() - start) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]
    print(f"keypress (Tab) to updated screen under tmux: median {statistics.median(samples):.1f} ms, "
          f"p95 {p95:.1f} ms (n={rounds}); one capture-pane poll: median {statistics.median(polls):.1f} ms")
finally:
    subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)
