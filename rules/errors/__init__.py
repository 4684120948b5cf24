"""unclear-error rules: error messages that do not say what happened or what to do next."""
