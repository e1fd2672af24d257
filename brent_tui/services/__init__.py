"""Orchestration between the store and the connectors (no Textual, no SQL)."""
