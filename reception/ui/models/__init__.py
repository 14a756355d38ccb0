"""Qt item models over service results; each docstring lists its columns and roles."""
