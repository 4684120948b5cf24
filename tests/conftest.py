"""Shared test helpers: the repository root, the ../shared folder beside it, and a fresh-linter helper."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = (ROOT / ".." / "shared").resolve()


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared holds other people's measurement data; CI always has it beside the clone."""
    assert SHARED.is_dir(), f"../shared is missing next to the repository ({SHARED}); CI provides it"
    return SHARED
