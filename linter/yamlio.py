"""One place that loads YAML safely and fast (libyaml when present), for rule files, data and config."""
from __future__ import annotations

from typing import Any

import yaml

try:
    SafeLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-python PyYAML
    SafeLoader = yaml.SafeLoader


def load(text: str) -> Any:
    """Our own rule files and data: trusted, so the fast libyaml loader."""
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a safe loader


def load_untrusted(text: str) -> Any:
    """Users' files (config): the pure-Python safe loader, because libyaml crashes the process (a segfault, no
    exception) on pathologically deep nesting such as 100,000 '['; here that is a RecursionError we can report."""
    try:
        return yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506 - a safe loader
    except RecursionError:
        raise yaml.YAMLError("nested too deeply") from None
