"""Database plumbing: the declarative base, the engine factory, migrations."""
