"""bahir (בהיר): a plain-language and UX-copy linter for Hebrew and English.

The engine lives here; rules live in the separate `rules` package. `linter.api` is the Python entry point.
"""
__version__ = "0.1.0"
