"""Alembic migrations, run by reception.db.migrate at start-up."""
