"""File formats bahir reads: one module per format, chosen by glob (or by the config's `kinds`).

Adapter modules are imported only when a file of their format is linted, so a run over JSON never imports the
PO or Markdown code.
"""
from __future__ import annotations

import fnmatch
import importlib
from types import ModuleType

# format name -> (module, default include globs). Globs are kept here so discovery needs no adapter import.
FORMATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "json": ("json_catalog", ("*.json", "*.arb")),
    "yaml": ("yaml_catalog", ("*.yml", "*.yaml")),
    "po": ("po", ("*.po", "*.pot")),
    "markdown": ("markdown", ("*.md", "*.markdown")),
    "text": ("plaintext", ("*.txt",)),
}


def format_for(name: str) -> str | None:
    """The format of a file name by the default globs, or None when bahir does not read it."""
    lower = name.lower()
    for fmt, (_, globs) in FORMATS.items():
        if any(fnmatch.fnmatchcase(lower, g) for g in globs):
            return fmt
    return None


def get(fmt: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{FORMATS[fmt][0]}")
