"""typography rules."""
