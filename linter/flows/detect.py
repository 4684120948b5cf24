"""Recognise flow exports and transcripts from names and the first few kilobytes.

Called for every path the user passes, so it never parses a whole file: folder layouts (agent.json + flows/,
domain.yml, bot.config.json, *.dialog) and a peek at the head of single files are enough.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

HEAD_BYTES = 4096


def _head(path: Path, size: int = HEAD_BYTES) -> str:
    try:
        with path.open("rb") as fh:
            data = fh.read(size)
    except OSError:
        return ""
    return data.decode("utf-8", errors="ignore").lstrip("\ufeff")


def detect(path: Path) -> str | None:
    path = Path(path)
    try:
        if path.is_dir():
            return _detect_dir(path)
        if path.is_file():
            return _detect_file(path)
    except OSError:
        return None
    return None


def _detect_dir(path: Path) -> str | None:
    names = {p.name for p in path.iterdir()}
    if "agent.json" in names and ("flows" in names or "playbooks" in names):
        return "dialogflow-cx"
    if names & {"domain.yml", "domain.yaml"} or ("domain" in names and (path / "domain").is_dir()) or \
            ("config.yml" in names and "data" in names and (path / "data").is_dir()):
        return "rasa"
    if "data" in names and (path / "data" / "flows").is_dir():
        return "rasa"
    if "bot.config.json" in names or ("flows" in names and any((path / "flows").glob("*.flow.json"))):
        return "botpress"
    if any(n.endswith(".dialog") for n in names) or ("dialogs" in names and any((path / "dialogs").glob("*/*.dialog"))):
        return "composer"
    return _detect_single_format_dir(path, names)


SINGLE_FILE_FORMATS = ("twilio-studio", "transcript", "native")
_IGNORED = {"readme", "readme.md", "expected.yaml", "license", "license.md"}


def _detect_single_format_dir(path: Path, names: set[str]) -> str | None:
    """A folder whose every file is a flow or transcript of one format (e.g. an 'input' folder with one Studio flow
    or a day of transcripts) is that format; a folder mixing in anything else is left to per-file discovery."""
    files = [path / n for n in sorted(names) if n.lower() not in _IGNORED and not n.startswith(".")]
    if not files or len(files) > 500 or any(f.is_dir() for f in files):
        return None
    formats = {_detect_file(f) for f in files[:50]}
    if len(formats) == 1:
        fmt = formats.pop()
        return fmt if fmt in SINGLE_FILE_FORMATS else None
    return None


def files_of(path: Path, fmt: str) -> list[Path]:
    """The files of format `fmt` directly inside folder `path`."""
    return [p for p in sorted(path.iterdir()) if p.is_file() and _detect_file(p) == fmt]


def _detect_file(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".zip"):
        try:
            with zipfile.ZipFile(path) as zf:
                members = zf.namelist()
        except (zipfile.BadZipFile, OSError):
            return None
        if any(m.rsplit("/", 1)[-1] == "agent.json" for m in members) and any("flows/" in m for m in members):
            return "dialogflow-cx"
        return None
    if name.endswith(".dialog"):
        return "composer"
    if name.endswith(".transcript") or name.endswith(".jsonl"):
        return "transcript" if looks_like_transcript(_head(path), name) else None
    if name.endswith(".flow.json"):
        return "botpress"
    if name.endswith(".json"):
        head = _head(path)
        if looks_like_twilio(head):
            return "twilio-studio"
        if looks_like_transcript(head, name):
            return "transcript"
        return None
    if name.endswith((".yml", ".yaml")):
        if looks_like_native(_head(path)):
            return "native"
    return None


# Sniffers: kept here, not in the adapters, so that detecting a flow never imports an adapter.
def looks_like_transcript(head: str, name: str = "") -> bool:
    h = head.lstrip()
    if name.endswith(".jsonl"):
        first = h.split("\n", 1)[0]
        return '"text"' in first and ('"role"' in first or '"speaker"' in first)
    if name.endswith(".transcript"):
        return h.startswith("[")
    if '"transcript"' in h and ('"speaker"' in h or '"role"' in h):
        return True
    if '"events"' in h and '"event"' in h and ('"user"' in h or '"bot"' in h or '"action"' in h):
        return True
    if h.startswith("[") and '"event"' in h and ('"user"' in h or '"bot"' in h):
        return True
    return h.startswith("[") and '"from"' in h and '"role"' in h and '"type"' in h


def looks_like_twilio(head: str) -> bool:
    return '"states"' in head and ('"transitions"' in head or '"initial_state"' in head)


def looks_like_native(head: str) -> bool:
    return "bahir-flow:" in head
