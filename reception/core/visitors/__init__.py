"""The visitor queue: registration, tickets, counters, check-in by slip (DOMAIN.md 2, 6, 7)."""
