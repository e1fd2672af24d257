"""Pure rules and models from the strategy: no IO, no Textual, no SQL, no wall clock."""
