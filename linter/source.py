"""Reading a file's bytes into a SourceFile, refusing what is not text, and writing it back atomically."""
from __future__ import annotations

import codecs
import os
import tempfile
from pathlib import Path

from .model import InputError, SourceFile

MAX_BYTES = 64 * 1024 * 1024


def decode(data: bytes, path: str) -> SourceFile:
    if data.startswith(codecs.BOM_UTF8):
        encoding, bom, body = "utf-8", True, data[3:]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, bom, body = "utf-16", True, data
    else:
        encoding, bom, body = "utf-8", False, data
        if b"\x00" in data[:8192]:
            raise InputError("binary file (contains NUL bytes)")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid {encoding.upper()} at byte {exc.start + (3 if bom else 0)}") from None
    if encoding == "utf-16":
        text = text.lstrip("\ufeff")
    return SourceFile(path=path, text=text, encoding=encoding, bom=bom)


def read_source(path: Path, display: str | None = None, max_bytes: int = MAX_BYTES) -> SourceFile:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file too large ({size // (1024 * 1024)} MB > {max_bytes // (1024 * 1024)} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})") from None
    return decode(data, display or str(path))


def encode(source: SourceFile, text: str) -> bytes:
    if source.encoding == "utf-16":
        return text.encode("utf-16")  # writes its own BOM
    body = text.encode(source.encoding)
    return codecs.BOM_UTF8 + body if source.bom else body


def write_atomic(path: Path, data: bytes) -> None:
    """Temp file in the same folder + rename: a crash leaves the old file or the new one, never half of each."""
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".bahir-tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        except OSError:
            pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
