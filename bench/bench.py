#!/usr/bin/env python3
"""bahir's benchmark (not a test): cold start, throughput, memory and linearity, optionally against peers.

    python bench/bench.py                 # bahir only
    python bench/bench.py --peers         # also proselint / write-good / alex / textlint when installed
    PATH=/tmp/peers-venv/bin:/tmp/peers-npm/node_modules/.bin:$PATH python bench/bench.py --peers

Peers are not project dependencies: install them beside the project, e.g.
    python3 -m venv /tmp/peers-venv && /tmp/peers-venv/bin/pip install proselint
    cd /tmp/peers-npm && npm install write-good alex textlint textlint-rule-write-good

Reads the real corpora from ../shared/corpora in place (never copied). Figures go to the closing notes.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()
CORPORA = SHARED / "corpora"
BAHIR = shutil.which("bahir", path=str(Path(sys.executable).parent)) or "bahir"


def timed(argv: list[str], stdin: str | None = None) -> tuple[float, int, subprocess.CompletedProcess]:
    """Wall seconds and peak RSS (KB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, input=stdin)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before), proc


def precompile() -> None:
    """Write .pyc files as a normal (non-editable) install does: this machine sets PYTHONDONTWRITEBYTECODE, so an
    editable checkout would otherwise recompile every module on every cold start, which no user install does."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "linter"), str(ROOT / "rules")],
                   check=False, capture_output=True)


def cold_start(tmp: Path, runs: int) -> dict:
    precompile()
    subprocess.run([BAHIR, "check", str(tmp)], capture_output=True)  # fill the rule/regex caches once
    small = tmp / "he.json"
    small.write_text(json.dumps({"errors": {"pay": "הטרנזקציה לא בוצעה", "retry": "נסה שוב מאוחר יותר"},
                                 "ok": "התשלום התקבל"}, ensure_ascii=False), encoding="utf-8")
    times = [timed([BAHIR, "check", str(small)])[0] for _ in range(runs)]
    return {"median_s": round(statistics.median(times), 3), "min_s": round(min(times), 3), "runs": runs}


def corpus_files() -> list[Path]:
    return sorted(CORPORA.glob("apps/*/*.json")) + sorted(CORPORA.glob("debian/*.po"))


def strings_in(files: list[Path]) -> int:
    n = 0
    for f in files:
        if f.suffix == ".json":
            n += len(json.loads(f.read_text(encoding="utf-8")))
        elif f.suffix == ".txt":
            n += sum(1 for p in f.read_text(encoding="utf-8").split("\n\n") if p.strip())
        else:
            n += f.read_text(encoding="utf-8").count("\nmsgstr")
    return n


def throughput(files: list[Path], label: str) -> dict:
    size = sum(f.stat().st_size for f in files)
    wall, peak, proc = timed([BAHIR, "check", "--format", "json", *map(str, files)])
    report = json.loads(proc.stdout)
    n = strings_in(files)
    return {"set": label, "files": len(files), "kb": round(size / 1024), "strings": n, "wall_s": round(wall, 2),
            "kb_per_s": round(size / 1024 / wall), "strings_per_s": round(n / wall), "peak_rss_mb": round(peak / 1024),
            "findings": len(report["findings"])}


def big_catalog(tmp: Path, target_mb: float) -> Path:
    """A JSON catalog of about target_mb built by repeating real strings (Hebrew and English)."""
    strings: list[str] = []
    for f in sorted(CORPORA.glob("apps/*/*.json")):
        strings.extend(v for v in json.loads(f.read_text(encoding="utf-8")).values() if isinstance(v, str))
    out, size, i = {}, 0, 0
    while size < target_mb * 1024 * 1024:
        s = strings[i % len(strings)]
        out[f"k{i}"] = s
        size += len(s.encode("utf-8")) + 12
        i += 1
    path = tmp / f"big-{target_mb:g}mb.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=0), encoding="utf-8")
    return path


def english_text(tmp: Path) -> Path:
    lines = []
    for f in sorted(CORPORA.glob("apps/*/en.json")):
        lines.extend(v for v in json.loads(f.read_text(encoding="utf-8")).values() if isinstance(v, str))
    path = tmp / "english.txt"
    path.write_text("\n\n".join(lines * 40), encoding="utf-8")  # ~1 MB: start-up costs no longer dominate
    return path


def hebrew_text(tmp: Path) -> Path:
    lines = []
    for f in sorted(CORPORA.glob("apps/*/he.json")):
        lines.extend(v for v in json.loads(f.read_text(encoding="utf-8")).values() if isinstance(v, str))
    path = tmp / "hebrew.txt"
    path.write_text("\n\n".join(lines * 40), encoding="utf-8")
    return path


PEERS = {
    "proselint": lambda p: ["proselint", "check", str(p)] if shutil.which("proselint") else None,
    "write-good": lambda p: ["write-good", str(p)] if shutil.which("write-good") else None,
    "alex": lambda p: ["alex", str(p)] if shutil.which("alex") else None,
    "textlint": lambda p: ["textlint", "--rule", "write-good", str(p)] if shutil.which("textlint") else None,
}


def peers(text: Path) -> dict:
    kb = text.stat().st_size / 1024
    out = {}
    for name, argv_of in PEERS.items():
        argv = argv_of(text)
        if argv is None:
            out[name] = "not installed"
            continue
        wall, _, _ = timed(argv)
        out[name] = {"wall_s": round(wall, 2), "kb_per_s": round(kb / wall)}
    wall, _, _ = timed([BAHIR, "check", "--format", "json", str(text)])
    out["bahir"] = {"wall_s": round(wall, 2), "kb_per_s": round(kb / wall)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--peers", action="store_true", help="time installed peer linters on the same English text")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not CORPORA.is_dir():
        sys.exit(f"bench: {CORPORA} not found (../shared must sit beside the repository)")
    results: dict = {}
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        results["cold_start_one_small_file"] = cold_start(tmp, args.runs)
        files = corpus_files()
        results["throughput_corpora"] = throughput(files, "shared/corpora (apps json + debian po)")
        en, he = english_text(tmp), hebrew_text(tmp)
        results["english_text"] = throughput([en], "english prose (apps en strings)")
        results["hebrew_text"] = throughput([he], "hebrew prose (apps he strings)")
        one, ten = big_catalog(tmp, 1), big_catalog(tmp, 10)
        r1, r10 = throughput([one], "1 MB catalog"), throughput([ten], "10 MB catalog")
        results["catalog_1mb"], results["catalog_10mb"] = r1, r10
        results["linearity_10mb_over_1mb"] = round(r10["wall_s"] / r1["wall_s"], 2)
        results["hebrew_vs_english_strings_per_s"] = round(
            results["hebrew_text"]["wall_s"] and results["english_text"]["wall_s"] / results["hebrew_text"]["wall_s"], 2)
        flows = subprocess.run([sys.executable, str(ROOT / "bench" / "flows_bench.py")], capture_output=True, text=True)
        results["flow_2000_states"] = flows.stdout.strip().splitlines()[-1] if flows.stdout.strip() else flows.stderr[-200:]
        if args.peers:
            results["peers_english_text"] = peers(en)
    if args.json:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        return
    for name, value in results.items():
        print(f"{name}: {value}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "0")
    main()
