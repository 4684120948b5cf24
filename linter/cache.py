"""A small on-disk cache of pickled, derived data (rule metadata, parsed term lists).

The key includes bahir's version and the size and mtime of every source file the data came from, so editing a
rule or a data file (or upgrading) invalidates it. A cache that cannot be read or written is simply not used.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any, Callable

from . import __version__


def cache_dir() -> Path | None:
    if os.environ.get("BAHIR_NO_CACHE"):
        return None
    base = os.environ.get("BAHIR_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base else Path.home() / ".cache"
    return root / "bahir" if not os.environ.get("BAHIR_CACHE_DIR") else root


def _code_stamp() -> str:
    """Size and mtime of every module of the engine and the rule pack: a pickled object must be rebuilt when the
    code of its class changes, not only when its data does (matters in a checkout; an install never changes)."""
    global _STAMP
    if _STAMP is None and installed():
        # files of an install only change when it is reinstalled, which rewrites them all: two stats tell
        init_files = (os.path.abspath(__file__), os.path.join(_rules_dir(), "__init__.py"))
        _STAMP = "installed-" + "-".join(str(os.stat(f).st_mtime_ns) for f in init_files)
    if _STAMP is None:
        h = hashlib.sha1()
        for pkg in ("linter", "rules"):
            base = Path(__file__).resolve().parent if pkg == "linter" else Path(_rules_dir())
            for dirpath, dirnames, filenames in os.walk(base):
                dirnames[:] = [d for d in dirnames if d not in ("__pycache__", "data")]
                for f in sorted(filenames):
                    if f.endswith(".py"):
                        st = os.stat(os.path.join(dirpath, f))
                        h.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
        _STAMP = h.hexdigest()
    return _STAMP


_STAMP: str | None = None


def installed() -> bool:
    """True for a regular (wheel) install, where the engine and rules live in site-packages."""
    here = os.path.dirname(os.path.abspath(__file__))
    return os.sep + "site-packages" + os.sep in here or os.sep + "dist-packages" + os.sep in here


def _rules_dir() -> str:
    import importlib  # noqa: PLC0415
    return os.path.dirname(importlib.import_module("rules").__file__)


def fingerprint(paths: list[str]) -> str:
    h = hashlib.sha1(__version__.encode())
    h.update(_code_stamp().encode())
    for p in sorted(paths):
        try:
            st = os.stat(p)
        except OSError:
            continue
        h.update(f"{p}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()[:20]


def cached(name: str, key: str, build: Callable[[], Any]) -> Any:
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - missing, stale or corrupt: rebuild
        pass
    value = build()
    if write_pickle(path, value):
        for old in folder.glob(f"{name}-*.pickle"):  # earlier versions of the same data
            if old != path:
                old.unlink(missing_ok=True)
    return value


def write_pickle(path: Path, value: Any) -> bool:
    """Atomically write a pickle (temp file + rename); False when it cannot be written, which is fine."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return True
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return False


def cached_data(name: str, files: list[str], build: Callable[[], Any]) -> Any:
    """Data derived from files of the rule pack (paths relative to `rules/`), rebuilt when any of them changes."""
    from importlib import resources  # noqa: PLC0415
    root = resources.files("rules")
    paths = [str(root.joinpath(f)) for f in files]
    return cached(name, fingerprint(paths), build)
