"""Engines and units of work.

One unit of work per user action: `with unit_of_work(engine) as session:` commits when the
block ends and rolls back on any exception, so a crash mid-action leaves the database as
before or after it. On SQLite a writing unit starts with BEGIN IMMEDIATE (the driver's own
transaction handling is off), so two desks never both read and then both write.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.orm import Session

BUSY_TIMEOUT_MS = 10_000
READ_ONLY = {"reception_read_only": True}


def is_sqlite(url: str | URL) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine with the desk's pragmas. Built on demand, never at import."""
    url = make_url(url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, **kwargs)
    connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000, **kwargs.pop("connect_args", {})}
    engine = create_engine(url, connect_args=connect_args, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transactions out of the driver's hands: SQLAlchemy's SQLite recipe.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            "synchronous=FULL",
            "foreign_keys=ON",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        read_only = connection.get_execution_options().get("reception_read_only", False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


@contextmanager
def unit_of_work(engine: Engine, *, info: dict[str, Any] | None = None) -> Iterator[Session]:
    """A writing unit of work: commit at the end of the block, roll back on any error."""
    session = Session(engine, info=dict(info or {}), expire_on_commit=False)
    with session, session.begin():
        yield session


@contextmanager
def reading(engine: Engine, *, info: dict[str, Any] | None = None) -> Iterator[Session]:
    """A read-only unit: a deferred transaction on SQLite, so readers never wait on writers."""
    bind = engine.execution_options(**READ_ONLY)
    session = Session(bind, info=dict(info or {}), expire_on_commit=False)
    with session, session.begin():
        yield session
