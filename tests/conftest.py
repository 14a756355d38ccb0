"""Shared fixtures. Databases are built through the migrations: a SQLite file per test
(copied from one migrated template), and a fresh schema per test on PostgreSQL when
RECEPTION_TEST_PG_URL is set."""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from reception.core.security.keys import Keys
from reception.core.security.operators import add_operator, create_first_administrator
from reception.core.security.roles import Actor, Role
from reception.db.database import Database, open_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PG_URL = os.environ.get("RECEPTION_TEST_PG_URL", "")
ADMIN_PASSWORD = "admin-pass-1"
PASSWORD = "desk-pass-1"


@pytest.fixture(autouse=True)
def _home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and no key in the environment."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("RECEPTION_HOME", str(home))
    monkeypatch.delenv("RECEPTION_KEY", raising=False)
    monkeypatch.delenv("RECEPTION_DB", raising=False)
    monkeypatch.delenv("RECEPTION_OPERATOR", raising=False)
    monkeypatch.delenv("RECEPTION_PASSWORD", raising=False)
    return home


@pytest.fixture(scope="session")
def keys() -> Keys:
    return Keys(b"k" * 32)


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory, keys: Keys) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(URL.create("sqlite", database=str(path)), keys)
    db.close()
    return path


def _pg_schema_url(base: str, schema: str) -> URL:
    url = make_url(base)
    # public stays on the path for btree_gist, created there once for every test schema.
    return url.update_query_dict({"options": f"-csearch_path={schema},public"})


@pytest.fixture
def pg_url() -> Iterator[URL]:
    """A fresh, empty schema on the test PostgreSQL server, dropped afterwards."""
    if not PG_URL:
        pytest.skip("PostgreSQL tests need RECEPTION_TEST_PG_URL (set by .ci/run)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public"))
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield _pg_schema_url(PG_URL, schema)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path, _sqlite_template: Path) -> URL:
    path = tmp_path / "desk.db"
    shutil.copy(_sqlite_template, path)
    return URL.create("sqlite", database=str(path))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> URL:
    """Every database test runs on SQLite, and on PostgreSQL when a server is configured."""
    name = "sqlite_url" if request.param == "sqlite" else "pg_url"
    url: URL = request.getfixturevalue(name)
    return url


def _wait_for_desk_workers() -> None:
    """A desk's pages read off the GUI thread (the overview, the alerts); a read still in
    flight holds a connection, which would deadlock the schema's DROP. Unit tests never
    load Qt, so only a UI test waits."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def db(db_url: URL, keys: Keys) -> Iterator[Database]:
    database = open_database(db_url, keys)
    yield database
    _wait_for_desk_workers()
    database.close()


@pytest.fixture
def admin(db: Database) -> Actor:
    with db.unit() as session:
        view = create_first_administrator(session, "admin", "管理员", ADMIN_PASSWORD)
    return Actor(view.id, view.login, Role.ADMINISTRATOR)


@pytest.fixture
def staff(db: Database, admin: Actor) -> dict[Role, Actor]:
    """One operator of every role (the administrator is `admin`)."""
    actors = {Role.ADMINISTRATOR: admin}
    with db.unit() as session:
        for role in Role:
            if role is Role.ADMINISTRATOR:
                continue
            view = add_operator(session, admin, role.value, role.value, role, PASSWORD)
            actors[role] = Actor(view.id, view.login, role)
    return actors
