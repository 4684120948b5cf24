"""readability rules."""
