"""Operators, roles, the audit chain, protected fields and slip tokens."""
