"""Bot flows and transcripts: detect an export, load it into one FlowGraph, let the flow rules audit it.

Adapter modules are imported only when their format is loaded, so linting an i18n catalog never pays for them.
"""
from __future__ import annotations

import importlib
import pathlib

from ..model import InputError
from .detect import SINGLE_FILE_FORMATS, detect, files_of

# format name -> adapter module
FORMATS: dict[str, str] = {
    "dialogflow-cx": "dialogflow_cx",
    "rasa": "rasa",
    "twilio-studio": "twilio_studio",
    "botpress": "botpress",
    "composer": "composer",
    "native": "native",
    "transcript": "transcripts",
}


def load(path: pathlib.Path, fmt: str):
    """Read an export of format `fmt` (as returned by detect) into a FlowGraph; broken input is an InputError."""
    if fmt not in FORMATS:
        raise InputError(f"unknown flow format {fmt!r}")
    module = importlib.import_module(f"{__name__}.{FORMATS[fmt]}")
    path = pathlib.Path(path)
    try:
        if path.is_dir() and fmt in SINGLE_FILE_FORMATS:
            return _load_folder(module, path, fmt)
        return module.load(path)
    except InputError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        # An export that parses but has an unexpected shape: one line, no traceback.
        raise InputError(f"unexpected {fmt} structure: {type(exc).__name__}: {exc}") from None


def _load_folder(module, path: pathlib.Path, fmt: str):
    """Several single-file flows or transcripts in one folder, audited as one graph."""
    from .graph import FlowGraph  # noqa: PLC0415 - only when a flow is really loaded
    files = files_of(path, fmt)
    if not files:
        raise InputError(f"no {fmt} files in this folder")
    graph = FlowGraph(str(path), fmt)
    for f in files:
        part = module.load(f)
        graph.absorb(part, prefix=f"{f.name}#" if len(files) > 1 else "")
    return graph


__all__ = ["FORMATS", "detect", "load"]
