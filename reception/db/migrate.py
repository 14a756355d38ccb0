"""Bring a database to the newest schema with Alembic, and tell what version it is at.

Revisions are numbered ("0001_foundation.py" holds revision "0001") and the history is
linear (a test holds both), so start-up learns the head and the known revisions from the
file names and imports Alembic only when a migration must really run.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from reception.core.errors import DatabaseUnusable
from reception.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

SCRIPTS = Path(__file__).parent / "migrations"
VERSIONS = SCRIPTS / "versions"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = connection
    return config


def scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def known_revisions() -> list[str]:
    """The revisions this program knows, oldest first, from the migration file names."""
    return sorted(path.name.split("_", 1)[0] for path in VERSIONS.glob("[0-9][0-9][0-9][0-9]_*.py"))


def head_revision() -> str:
    return known_revisions()[-1]


def current_revision(connection: Connection) -> str | None:
    """The database's schema revision; None for a database with no tables yet."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else None


def check_known(revision: str | None) -> None:
    """A database written by a newer desk must not be touched by this one."""
    if revision is None:
        return
    if revision not in known_revisions():
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
    from alembic import command

    with engine.begin() as connection:
        check_known(current_revision(connection))
        command.upgrade(_config(connection), "head")
