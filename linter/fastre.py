"""A persistent cache of compiled regular expressions, for start-up time.

CPython compiles a pattern in pure Python (parse, then code generation) before handing the code to the C engine;
the rule pack's big Hebrew/English alternations cost tens of milliseconds to compile on every cold start, which
alone would break the pre-commit budget. The generated code is a list of ints: we keep it on disk (keyed by the
Python version and the engine's MAGIC number) and rebuild the pattern object with `_sre.compile`, skipping the
Python part. Any surprise (another Python, a changed internal API) falls back to the normal `re.compile`.

Use `patched()` around imports that compile patterns at module level (rule modules, hebrew-tokenizer).
"""
from __future__ import annotations

import atexit
import contextlib
import pickle
import re
import sys

try:  # CPython 3.11+ internals
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters: plain re.compile
    _sre = None

_real_compile = re.compile
_cache: dict | None = None
_dirty = False


def _path():
    from .cache import _code_stamp, cache_dir  # noqa: PLC0415
    folder = cache_dir()
    if folder is None or _sre is None:
        return None
    # keyed by the code too, so patterns of edited or removed rules do not pile up in a checkout
    tag = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}{sys.version_info[2]}-{_sre.MAGIC}"
    return folder / f"regex-{tag}-{_code_stamp()[:16]}.pickle"


def _load() -> dict:
    global _cache
    if _cache is None:
        _cache = {}
        path = _path()
        if path is not None:
            try:
                with path.open("rb") as fh:
                    _cache = pickle.load(fh)
            except Exception:  # noqa: BLE001 - no cache yet, or unreadable: start empty
                _cache = {}
    return _cache


def _save() -> None:
    path = _path()
    if _dirty and path is not None:
        from .cache import write_pickle  # noqa: PLC0415
        if write_pickle(path, _cache):
            for old in path.parent.glob("regex-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)


def compile(pattern, flags=0):  # noqa: A001 - mirrors re.compile
    global _dirty
    if _sre is None or not isinstance(pattern, str):
        return _real_compile(pattern, flags)
    flags = int(flags)
    cache = _load()
    key = (pattern, flags)
    entry = cache.get(key)
    if entry is not None:
        try:
            return _sre.compile(*entry)
        except Exception:  # noqa: BLE001 - stale entry: compile afresh
            pass
    try:
        p = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(p, flags)]  # opcodes are int subclasses: store plain ints
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (pattern, flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))
        compiled = _sre.compile(*entry)
    except Exception:  # noqa: BLE001 - let re raise its own error, or handle what we do not know
        return _real_compile(pattern, flags)
    cache[key] = entry
    if not _dirty:
        _dirty = True
        atexit.register(_save)
    return compiled


@contextlib.contextmanager
def patched():
    """Route module-level re.compile calls through the cache while importing."""
    if _sre is None or re.compile is compile:
        yield
        return
    re.compile = compile
    try:
        yield
    finally:
        re.compile = _real_compile
