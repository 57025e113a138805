"""Build `corpus/` from the raw sources: select, tokenize, split, write, and hash (deterministic)."""
