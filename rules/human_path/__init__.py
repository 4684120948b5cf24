"""Rules of the "humane copy" family: human_path."""
