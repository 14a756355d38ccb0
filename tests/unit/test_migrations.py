"""Alembic migrations (DESIGN.md rule 11): a linear history, a schema at head that matches
the models on both databases, an idempotent upgrade, and no touching a newer database."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text

from reception.core.errors import DatabaseUnusable
from reception.db import migrate
from reception.db.database import Database
from reception.db.models import metadata

TABLES = {"operator", "office_setting", "audit_entry", "audit_head"}


def _triggers(connection: Connection) -> list[str]:
    if connection.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    else:
        query = (  # information_schema.triggers leaves out TRUNCATE triggers
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND NOT t.tgisinternal ORDER BY t.tgname"
        )
    return list(connection.execute(text(query)).scalars())


def _schema(connection: Connection) -> dict[str, Any]:
    """Everything a migration could change, in comparable form."""
    inspector = inspect(connection)
    tables: dict[str, Any] = {}
    for table in sorted(inspector.get_table_names()):
        tables[table] = {
            "columns": [
                (c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)
            ],
            "pk": inspector.get_pk_constraint(table),
            "fks": inspector.get_foreign_keys(table),
            "indexes": sorted(
                # a partial index's WHERE comes back as a clause object: compare its text
                (
                    {**i, "dialect_options": {k: str(v) for k, v in i["dialect_options"].items()}}
                    for i in inspector.get_indexes(table)
                ),
                key=lambda i: str(i["name"]),
            ),
            "unique": sorted(inspector.get_unique_constraints(table), key=lambda u: str(u["name"])),
            "checks": sorted(inspector.get_check_constraints(table), key=lambda c: str(c["name"])),
        }
    return {
        "tables": tables,
        "triggers": _triggers(connection),
        "version": list(connection.execute(text("SELECT version_num FROM alembic_version"))),
        "head": list(connection.execute(text("SELECT id, seq, hash FROM audit_head"))),
        "audit_rows": connection.execute(text("SELECT count(*) FROM audit_entry")).scalar(),
    }


def _differences(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, metadata))


# -- the history ---------------------------------------------------------------------------


def test_history_is_linear() -> None:
    scripts = migrate.scripts()
    revisions = list(scripts.walk_revisions())  # head first
    assert revisions, "there are no migrations"
    assert scripts.get_heads() == [migrate.head_revision()]
    assert len(scripts.get_bases()) == 1
    for script in revisions:
        assert script.down_revision is None or isinstance(script.down_revision, str), (
            f"{script.revision} merges several revisions: {script.down_revision}"
        )
        assert not script.is_branch_point, f"{script.revision} has several successors"
        assert not script.is_merge_point
        assert not script.branch_labels
    # Walking down from the head along down_revision visits every revision exactly once.
    chain: list[str] = []
    current: Any = migrate.head_revision()
    while current is not None:
        assert isinstance(current, str)
        chain.append(current)
        script = scripts.get_revision(current)
        assert script is not None
        current = script.down_revision
    assert chain == [script.revision for script in revisions]
    assert len(set(chain)) == len(chain)


def test_revision_files_are_named_by_their_revision() -> None:
    """Start-up reads the known revisions and the head from the file names, without Alembic:
    the names must agree with the revisions the files declare."""
    scripts = migrate.scripts()
    oldest_first = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    for script in scripts.walk_revisions():
        assert re.fullmatch(r"\d{4}", script.revision), script.revision
        assert Path(script.path).name.startswith(f"{script.revision}_"), script.path
    assert migrate.known_revisions() == oldest_first
    assert migrate.head_revision() == scripts.get_current_head() == oldest_first[-1]
    strays = [
        path.name
        for path in migrate.VERSIONS.glob("*.py")
        if path.name != "__init__.py" and not re.match(r"\d{4}_", path.name)
    ]
    assert strays == []


def test_every_migration_can_be_downgraded() -> None:
    for script in migrate.scripts().walk_revisions():
        assert callable(getattr(script.module, "downgrade", None)), script.revision


# -- the schema at head --------------------------------------------------------------------


def test_a_fresh_database_at_head_matches_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        assert set(inspect(connection).get_table_names()) >= TABLES
        assert _differences(connection) == []


def test_the_audit_table_is_append_only_from_the_first_migration(db: Database) -> None:
    with db.engine.connect() as connection:
        triggers = [name for name in _triggers(connection) if name.startswith("audit_")]
    if db.is_sqlite:
        assert triggers == ["audit_entry_no_delete", "audit_entry_no_update"]
    else:
        assert triggers == ["audit_entry_append_only", "audit_entry_no_truncate"]


def test_upgrading_a_database_at_head_again_changes_nothing(db: Database) -> None:
    with db.engine.connect() as connection:
        before = _schema(connection)
    migrate.upgrade(db.engine)
    migrate.upgrade(db.engine)
    with db.engine.connect() as connection:
        after = _schema(connection)
    assert after == before
    assert after["version"] == [(migrate.head_revision(),)]


def test_downgrade_to_base_then_upgrade_gives_the_same_schema(db: Database) -> None:
    with db.engine.connect() as connection:
        at_head = _schema(connection)
    with db.engine.begin() as connection:
        command.downgrade(migrate._config(connection), "base")
    with db.engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
        assert _triggers(connection) == []
        assert migrate.current_revision(connection) is None
    migrate.upgrade(db.engine)
    with db.engine.connect() as connection:
        again = _schema(connection)
        assert _differences(connection) == []
    # The audit chain starts afresh: the head is the genesis row, no entries.
    assert again["tables"] == at_head["tables"]
    assert again["triggers"] == at_head["triggers"]
    assert again["version"] == at_head["version"]
    assert again["head"] == [(1, 0, "0" * 64)]
    assert again["audit_rows"] == 0


# -- unknown revisions ---------------------------------------------------------------------


@pytest.mark.parametrize("revision", [None, "0001"])
def test_check_known_accepts_a_new_database_and_known_revisions(revision: str | None) -> None:
    migrate.check_known(revision)


def test_check_known_accepts_every_revision_of_the_history() -> None:
    for script in migrate.scripts().walk_revisions():
        migrate.check_known(script.revision)


@pytest.mark.parametrize("revision", ["9999", "0999", "", "head", "00001"])
def test_check_known_refuses_an_unknown_revision(revision: str) -> None:
    with pytest.raises(DatabaseUnusable) as caught:
        migrate.check_known(revision)
    assert caught.value.values == {"revision": revision}
    assert caught.value.exit_code == 7
    assert revision in caught.value.render()


def test_upgrade_refuses_a_database_of_a_newer_version(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        before = _schema(connection)
    with pytest.raises(DatabaseUnusable):
        migrate.upgrade(db.engine)
    with db.engine.connect() as connection:
        assert _schema(connection) == before
