"""bidi rules."""
