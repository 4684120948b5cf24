"""bahir's built-in rule pack: YAML rules, their data files and the few Python rules.

The registry checks this marker so that an unrelated top-level package named `rules` is never taken for ours.
"""
BAHIR_RULE_PACK = "bahir"
