"""Data shipped with the app: the starter triage model (`starter_model.json`, see benchmarks/build_starter_model.py)."""
