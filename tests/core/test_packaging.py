"""A non-editable install must carry every rule and data file: the wheel is built and its contents checked."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contains_every_rule_and_data_file(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = tmp_path.glob("bahir-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {p.relative_to(ROOT).as_posix() for p in (ROOT / "rules").rglob("*")
                if p.is_file() and "__pycache__" not in p.parts}
    missing = sorted(expected - names)
    assert not missing, f"not in the wheel: {missing}"
    assert "linter/cli.py" in names and any(n.endswith("entry_points.txt") for n in names)
