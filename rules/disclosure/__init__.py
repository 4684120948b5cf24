"""Rules of the "humane copy" family: disclosure."""
