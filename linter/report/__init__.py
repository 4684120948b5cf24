"""`bahir report`: one self-contained HTML page with a picture of every bot flow beside its findings.

collect (engine → graphs and findings) → model (findings onto states, distances to a person) → layout (positions)
→ html (the page). Nothing here prints; the CLI writes the file and the progress lines.
"""
from __future__ import annotations

from .collect import Audit, audit_flow, collect
from .html import render

__all__ = ["Audit", "audit_flow", "collect", "render"]
