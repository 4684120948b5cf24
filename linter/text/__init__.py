"""The text layer: masking, normalisation with an offset map, language, Hebrew tokens and morphology."""
