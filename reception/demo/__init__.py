"""Demo data for trying the desk out: made-up people, never real ones."""
