"""raw-error-code rules: internal codes and developer artefacts shown to users."""
