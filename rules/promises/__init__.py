"""Rules of the "humane copy" family: promises."""
