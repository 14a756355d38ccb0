"""Alembic environment: always run with a connection handed over by reception.db.migrate."""

from alembic import context

from reception.db.models import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise SystemExit("run migrations through reception.db.migrate, not the alembic command")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
