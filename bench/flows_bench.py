"""Time load + audit of a generated 2,000-state native flow (the budget is 2 s).

A phone menu tree: every menu has three options and a no-match ladder, leaves collect an answer and loop back to
the main menu, and only a few branches reach a person, so every check has work to do. Run:
    python bench/flows_bench.py [STATES]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from linter.flows.native import load_text  # noqa: E402


def generate(n: int) -> str:
    lines = ["bahir-flow: 1", "name: generated IVR", "start: s0", "anywhere:", "  menu: s0", "states:"]
    for i in range(n):
        kids = [3 * i + k for k in (1, 2, 3) if 3 * i + k < n]
        lines.append(f"  s{i}:")
        if i % 97 == 0 and i:
            lines += ["    say: \"Connecting you to a representative.\"", "    handoff:", "      to: queue",
                      "      context: [reason]", "      transcript: true"]
            continue
        if kids:
            lines.append(f"    ask: \"Menu {i}: press 1, 2 or 3.\"")
            lines.append("    options:")
            lines += [f"      \"{k + 1}\": s{kid}" for k, kid in enumerate(kids)]
            lines += ["    on:", "      no-match:", "        - say: \"Sorry, please press 1, 2 or 3.\"",
                      f"        - next: s{(i * 7) % n}"]
        else:
            lines += [f"    ask: \"Please say your account number for item {i}.\"", "    next: s0",
                      "    on:", "      no-match: {say: \"Please say the number again.\"}"]
    return "\n".join(lines) + "\n"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    text = generate(n)
    from linter.registry import load_registry  # noqa: PLC0415
    rules = [r for r in load_registry().rules if r.scope == "flow"]
    t0 = time.perf_counter()
    graph = load_text(text, "bench.yaml")
    t1 = time.perf_counter()
    findings = [f for r in rules for f in r.check_flow(graph)]
    units = graph.units()
    t2 = time.perf_counter()
    print(f"{n} states, {len(graph.edges)} edges, {len(units)} messages, {len(findings)} findings: "
          f"load {t1 - t0:.2f}s + audit {t2 - t1:.2f}s = {t2 - t0:.2f}s")


if __name__ == "__main__":
    main()
