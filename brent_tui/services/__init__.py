"""Orchestration between the store, the pure rules and the connectors (async, no Textual)."""
