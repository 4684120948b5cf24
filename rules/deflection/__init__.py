"""Rules of the "humane copy" family: deflection."""
