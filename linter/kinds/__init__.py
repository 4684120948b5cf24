"""Declarative rule types. A YAML rule names one of these with `kind:` and gives its options.

Each kind is a Rule subclass built from the YAML spec; its options are validated strictly so a typo in a rule
file is an error naming the file and the key.
"""
from __future__ import annotations

from .base import YamlRule
from .existence import Existence
from .substitution import Substitution

KINDS: dict[str, type[YamlRule]] = {
    "existence": Existence,
    "substitution": Substitution,
}
