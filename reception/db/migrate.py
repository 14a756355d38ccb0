"""Bring a database to the newest schema with Alembic, and tell what version it is at."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from reception.core.errors import DatabaseUnusable
from reception.core.text import QT_TRANSLATE_NOOP

SCRIPTS = Path(__file__).parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = connection
    return config


def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = scripts().get_current_head()
    assert head is not None, "the migrations have no head"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def check_known(revision: str | None) -> None:
    """A database written by a newer desk must not be touched by this one."""
    if revision is None:
        return
    known = {script.revision for script in scripts().walk_revisions()}
    if revision not in known:
        raise DatabaseUnusable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database was made by a newer version of this program (schema {revision}). "
                "Update the program; the database was left untouched.",
            ),
            revision=revision,
        )


def upgrade(engine: Engine) -> None:
    """Upgrade to head in one transaction: on failure the schema stays as it was."""
    with engine.begin() as connection:
        check_known(current_revision(connection))
        command.upgrade(_config(connection), "head")
