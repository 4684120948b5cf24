"""One place that loads YAML safely and fast (libyaml when present), for rule files, data and config."""
from __future__ import annotations

from typing import Any

import yaml

try:
    SafeLoader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-python PyYAML
    SafeLoader = yaml.SafeLoader


def load(text: str) -> Any:
    return yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a safe loader
