"""blame-user rules: wording that makes the user the culprit."""
