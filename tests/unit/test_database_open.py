"""Opening the office's database (reception.db.database, reception.db.engine).

What must not be opened is refused with DatabaseUnusable and left exactly as it was: same
bytes, same modification time, no new files beside it. An older database is backed up before
it is migrated. The desk's key must match the database. SQLite's pragmas hold on every
connection, a writing unit takes the write lock at its BEGIN, and a failed unit leaves
nothing behind.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from reception.core.errors import Conflict, DatabaseUnusable
from reception.core.security.audit import count_entries, head_seq
from reception.core.security.keys import Keys
from reception.core.security.operators import create_first_administrator, operator_count
from reception.core.security.roles import SYSTEM
from reception.core.settings import load_settings, write_setting
from reception.db import migrate
from reception.db.database import Database, open_database
from reception.db.engine import BUSY_TIMEOUT_MS

OTHER_KEYS = Keys(b"o" * 32)


def sqlite_at(path: Path) -> URL:
    return URL.create("sqlite", database=str(path))


def file_state(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.st_mtime_ns, stat.st_size


def folder_state(folder: Path) -> dict[str, Any]:
    """Every entry of the folder with its contents' hash and modification time."""
    state: dict[str, Any] = {}
    for entry in sorted(folder.iterdir()):
        state[entry.name] = file_state(entry) if entry.is_file() else sorted(os.listdir(entry))
    return state


def database_dump(url: URL) -> dict[str, Any]:
    """The rows a desk could write on opening: schema version, settings, operators, audit."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:

            def rows(query: str) -> list[tuple[Any, ...]]:
                return [tuple(row) for row in connection.execute(text(query))]

            return {
                "version": rows("SELECT version_num FROM alembic_version"),
                "settings": rows("SELECT key, value FROM office_setting ORDER BY key"),
                "operators": rows("SELECT id, login, password_hash FROM operator ORDER BY id"),
                "head": rows("SELECT seq, hash FROM audit_head"),
                "audit": rows("SELECT seq, hash FROM audit_entry ORDER BY seq"),
            }
    finally:
        engine.dispose()


@contextmanager
def probe(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to a copy of the file, so that the probe itself (a read-only connection
    to a WAL database leaves -wal and -shm files) changes nothing beside the original."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        with closing(sqlite3.connect(copy)) as raw:
            yield raw


def quick_check(path: Path) -> str:
    try:
        with probe(path) as raw:
            return str(raw.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as error:
        return str(error)


SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def assert_untouched(folder: Path, before: dict[str, Any], *, strict: bool = False) -> None:
    """Every file that was there is byte-identical with the same modification time, and
    nothing new appeared, except (unless `strict`) SQLite's own empty -wal and -shm files."""
    after = folder_state(folder)
    assert {name: after.get(name) for name in before} == before
    new = sorted(set(after) - set(before))
    if strict:
        assert new == []
    for name in new:
        owners = [name.removesuffix(suffix) for suffix in SQLITE_COMPANIONS]
        assert any(owner in before for owner in owners if owner != name), f"{name} appeared"
        if name.endswith("-wal"):
            assert after[name][2] == 0, f"{name} holds written pages"


def refuse(url: URL, keys: Keys) -> DatabaseUnusable:
    with pytest.raises(DatabaseUnusable) as caught:
        open_database(url, keys)
    error = caught.value
    assert error.exit_code == 7
    assert error.render().strip(), "the refusal says nothing"
    return error


# -- what is refused -----------------------------------------------------------------------


def test_a_missing_folder_is_refused_and_not_created(tmp_path: Path, keys: Keys) -> None:
    before = folder_state(tmp_path)
    error = refuse(sqlite_at(tmp_path / "missing" / "desk.db"), keys)
    assert str(tmp_path / "missing") in error.render()
    assert_untouched(tmp_path, before, strict=True)


def test_a_folder_in_place_of_the_file_is_refused(tmp_path: Path, keys: Keys) -> None:
    folder = tmp_path / "desk.db"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    before = folder_state(tmp_path)
    refuse(sqlite_at(folder), keys)
    assert_untouched(tmp_path, before, strict=True)
    assert folder_state(folder) == {"notes.txt": file_state(folder / "notes.txt")}
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "keep me"


def _text_file(path: Path) -> None:
    path.write_text("访客登记\nname,phone\n张三,13812345678\n" * 200, encoding="utf-8")


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(20261125).randbytes(64 * 1024))


def _truncated_header(path: Path) -> None:
    path.write_bytes(b"SQLite format")


def _foreign_sqlite(path: Path) -> None:
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        raw.executemany("INSERT INTO notes (body) VALUES (?)", [(f"note {i}",) for i in range(50)])
        raw.commit()


def _foreign_alembic_sqlite(path: Path) -> None:
    """Another program that also uses Alembic: a revision this desk does not know."""
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        raw.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        raw.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total INTEGER)")
        raw.commit()


@pytest.mark.parametrize(
    "make",
    [_text_file, _random_bytes, _truncated_header, _foreign_sqlite, _foreign_alembic_sqlite],
    ids=["text", "random-bytes", "truncated-header", "foreign-sqlite", "foreign-alembic"],
)
def test_a_file_of_another_kind_is_refused_and_left_untouched(
    tmp_path: Path, keys: Keys, make: Any
) -> None:
    path = tmp_path / "desk.db"
    make(path)
    before = folder_state(tmp_path)
    refuse(sqlite_at(path), keys)
    assert_untouched(tmp_path, before, strict=True)


def test_the_desk_needs_a_database_file(keys: Keys) -> None:
    refuse(URL.create("sqlite", database=":memory:"), keys)
    refuse(URL.create("sqlite"), keys)


def test_an_unreachable_server_is_refused_with_a_message(keys: Keys) -> None:
    url = make_url("postgresql+psycopg://postgres@127.0.0.1:1/test?connect_timeout=2")
    error = refuse(url, keys)
    assert "127.0.0.1" in error.render()
    assert "Traceback" not in error.render()


def test_a_read_only_file_is_refused_and_left_untouched(sqlite_url: URL, keys: Keys) -> None:
    """As root, os.access() says any file is writable whatever its mode, so the check must
    also look at the mode bits: a 0444 file is read-only by intent."""
    path = Path(str(sqlite_url.database))
    path.chmod(0o444)
    try:
        before = folder_state(path.parent)
        refuse(sqlite_url, keys)
        assert_untouched(path.parent, before, strict=True)
    finally:
        path.chmod(0o644)


# -- a damaged file ------------------------------------------------------------------------


@pytest.fixture
def filled_file(sqlite_url: URL, keys: Keys) -> Path:
    """A real migrated database with a few hundred rows in several tables, closed."""
    db = open_database(sqlite_url, keys)
    with db.unit() as session:
        create_first_administrator(session, "admin", "管理员", "admin-pass-1")
    for number in range(150):
        with db.unit() as session:
            write_setting(session, SYSTEM, f"area.setting_{number:03d}", "值" * 60)
    db.close()
    path = Path(str(sqlite_url.database))
    assert quick_check(path) == "ok"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    return path


def _leaf_pages(path: Path, table: str) -> list[int]:
    with probe(path) as raw:
        try:
            rows = raw.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            ).fetchall()
        except sqlite3.OperationalError:
            pytest.skip("this SQLite is built without the dbstat table")
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
    assert page_size == 4096
    return [row[0] for row in rows]


def _damage_page(path: Path, page: int) -> None:
    """Overwrite the middle half of one page, as a failing disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    start = (page - 1) * 4096 + 1024
    data[start : start + 2048] = b"\xa5" * 2048
    path.write_bytes(bytes(data))
    assert quick_check(path) != "ok", "the damage went unnoticed by SQLite itself"


def _refuse_damaged(path: Path, keys: Keys) -> None:
    before = folder_state(path.parent)
    refuse(sqlite_at(path), keys)
    assert_untouched(path.parent, before)


def test_a_damaged_schema_page_is_refused_and_left_untouched(filled_file: Path, keys: Keys) -> None:
    # the schema's first leaf: page 1 itself while the schema is small, a child page later
    _damage_page(filled_file, _leaf_pages(filled_file, "sqlite_schema")[0])
    _refuse_damaged(filled_file, keys)


def test_a_damaged_audit_page_is_refused_and_left_untouched(filled_file: Path, keys: Keys) -> None:
    _damage_page(filled_file, _leaf_pages(filled_file, "audit_entry")[1])
    _refuse_damaged(filled_file, keys)


def test_a_damaged_settings_page_is_refused_and_left_untouched(
    filled_file: Path, keys: Keys
) -> None:
    _damage_page(filled_file, _leaf_pages(filled_file, "office_setting")[0])
    _refuse_damaged(filled_file, keys)


# -- versions and migration ----------------------------------------------------------------


def _set_revision(url: URL, revision: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


def test_a_database_of_a_newer_version_is_refused_and_left_untouched(
    db_url: URL, keys: Keys
) -> None:
    open_database(db_url, keys).close()  # an empty PostgreSQL schema gets migrated first
    _set_revision(db_url, "9999")
    before = database_dump(db_url)
    folder = Path(str(db_url.database)).parent if db_url.get_backend_name() == "sqlite" else None
    files = folder_state(folder) if folder else {}
    error = refuse(db_url, keys)
    assert "9999" in error.render()
    if folder:
        assert_untouched(folder, files)  # before anything else opens the file
    assert database_dump(db_url) == before


def test_a_refused_wal_database_gets_no_companion_files(sqlite_url: URL, keys: Keys) -> None:
    path = Path(str(sqlite_url.database))
    _set_revision(sqlite_url, "9999")
    before = folder_state(path.parent)
    refuse(sqlite_url, keys)
    assert_untouched(path.parent, before, strict=True)


def test_a_new_file_is_created_at_head_with_the_key_bound(tmp_path: Path, keys: Keys) -> None:
    path = tmp_path / "new.db"
    db = open_database(sqlite_at(path), keys)
    try:
        with db.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
        with db.read() as session:
            assert load_settings(session).key_fingerprint == keys.fingerprint
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.db"]  # no backup of nothing


def test_an_empty_file_is_taken_as_a_new_database(tmp_path: Path, keys: Keys) -> None:
    path = tmp_path / "desk.db"
    path.touch()
    open_database(sqlite_at(path), keys).close()
    assert database_dump(sqlite_at(path))["version"] == [(migrate.head_revision(),)]


def test_a_database_at_head_is_opened_without_a_backup(sqlite_url: URL, keys: Keys) -> None:
    path = Path(str(sqlite_url.database))
    before = file_state(path)
    open_database(sqlite_url, keys).close()
    open_database(sqlite_url, keys).close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    assert file_state(path)[0] == before[0]


NEWER = f"{int(migrate.head_revision()) + 1:04d}"
SECOND_MIGRATION = '''"""a later version of the schema (test only)"""

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("probe", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("INSERT INTO office_setting (key, value) VALUES ('probe', '1')")
    {fail}


def downgrade() -> None:
    op.drop_table("probe")
'''


def _newer_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, fail: bool) -> None:
    """Make this desk a newer program: its migrations gain the revision NEWER."""
    scripts = tmp_path / "newer_migrations"
    shutil.copytree(migrate.SCRIPTS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    source = SECOND_MIGRATION.format(
        revision=NEWER,
        down=migrate.head_revision(),
        fail=f'raise RuntimeError("migration {NEWER} failed")' if fail else "",
    )
    (scripts / "versions" / f"{NEWER}_probe.py").write_text(source, encoding="utf-8")
    monkeypatch.setattr(migrate, "SCRIPTS", scripts)
    monkeypatch.setattr(migrate, "VERSIONS", scripts / "versions")
    assert migrate.head_revision() == NEWER
    assert migrate.scripts().get_current_head() == NEWER


def test_an_older_file_is_backed_up_before_it_is_migrated(
    filled_file: Path, keys: Keys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = database_dump(sqlite_at(filled_file))
    old_revision = old["version"][0][0]
    _newer_program(tmp_path, monkeypatch, fail=False)
    db = open_database(sqlite_at(filled_file), keys)
    db.close()
    backups = sorted(filled_file.parent.glob(f"{filled_file.name}.before-{old_revision}-*.bak"))
    assert len(backups) == 1
    assert quick_check(backups[0]) == "ok"
    assert database_dump(sqlite_at(backups[0])) == old
    new = database_dump(sqlite_at(filled_file))
    assert new["version"] == [(NEWER,)]
    assert ("probe", "1") in new["settings"]


def test_a_failing_migration_leaves_the_database_at_its_version(
    db_url: URL, keys: Keys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_url, keys).close()
    before = database_dump(db_url)
    _newer_program(tmp_path, monkeypatch, fail=True)
    with pytest.raises(RuntimeError, match=f"migration {NEWER} failed"):
        open_database(db_url, keys)
    assert database_dump(db_url) == before
    engine = create_engine(db_url)
    with engine.connect() as connection:
        assert "probe" not in connection.dialect.get_table_names(connection)
    engine.dispose()


# -- the key -------------------------------------------------------------------------------


def test_a_database_refuses_a_desk_with_another_key(db_url: URL, keys: Keys) -> None:
    open_database(db_url, keys).close()
    before = database_dump(db_url)
    path = Path(str(db_url.database)) if db_url.get_backend_name() == "sqlite" else None
    files = folder_state(path.parent) if path else {}
    error = refuse(db_url, OTHER_KEYS)
    assert "key" in error.render(None).lower()  # the English source names the key file
    if path:
        assert_untouched(path.parent, files)
    assert database_dump(db_url) == before
    # The right key still opens it.
    db = open_database(db_url, keys)
    with db.read() as session:
        assert load_settings(session).key_fingerprint == keys.fingerprint
    db.close()


def test_a_refused_key_leaves_the_file_closed(sqlite_url: URL, keys: Keys) -> None:
    path = Path(str(sqlite_url.database))
    before = folder_state(path.parent)
    with pytest.raises(DatabaseUnusable):
        open_database(sqlite_url, OTHER_KEYS)
    assert_untouched(path.parent, before, strict=True)


# -- connections and units of work ---------------------------------------------------------


@pytest.fixture
def sqlite_db(sqlite_url: URL, keys: Keys) -> Iterator[Database]:
    database = open_database(sqlite_url, keys)
    yield database
    database.close()


def _pragmas(dbapi_connection: Any) -> dict[str, Any]:
    cursor = dbapi_connection.cursor()
    values = {
        name: cursor.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    }
    cursor.close()
    return values


EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
}


def test_sqlite_pragmas_hold_on_every_connection(sqlite_db: Database) -> None:
    engine = sqlite_db.engine
    # Several connections open at once: each is a new DBAPI connection.
    with engine.connect() as a, engine.connect() as b, engine.connect() as c:
        raws = [conn.connection.dbapi_connection for conn in (a, b, c)]
        assert len({id(raw) for raw in raws}) == 3
        for raw in raws:
            assert _pragmas(raw) == EXPECTED_PRAGMAS
    with sqlite_db.unit() as session:
        assert _pragmas(session.connection().connection.dbapi_connection) == EXPECTED_PRAGMAS
    with sqlite_db.read() as session:
        assert _pragmas(session.connection().connection.dbapi_connection) == EXPECTED_PRAGMAS
    # After the pool is emptied the new connections get them too.
    engine.dispose()
    with engine.connect() as connection:
        assert _pragmas(connection.connection.dbapi_connection) == EXPECTED_PRAGMAS


def _other_desk(path: Path) -> sqlite3.Connection:
    """A second desk on the same file that gives up after 50 ms instead of waiting."""
    return sqlite3.connect(path, timeout=0.05, isolation_level=None)


def test_a_writing_unit_holds_the_write_lock_from_its_begin(sqlite_db: Database) -> None:
    assert sqlite_db.path is not None
    with closing(_other_desk(sqlite_db.path)) as other:
        with sqlite_db.unit() as session:
            load_settings(session)  # only a read so far: the lock is taken all the same
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            assert not other.in_transaction
        other.execute("BEGIN IMMEDIATE")  # free again once the unit has ended
        other.execute("ROLLBACK")


def test_a_reading_unit_does_not_take_the_write_lock(sqlite_db: Database) -> None:
    assert sqlite_db.path is not None
    with closing(_other_desk(sqlite_db.path)) as other, sqlite_db.read() as session:
        load_settings(session)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")


def test_a_unit_that_raises_leaves_nothing_behind(db: Database) -> None:
    with db.read() as session:
        seq, entries = head_seq(session), count_entries(session)
    with pytest.raises(RuntimeError, match="power cut"), db.unit() as session:
        create_first_administrator(session, "admin", "管理员", "admin-pass-1")
        write_setting(session, SYSTEM, "office_name", "示范办公室")
        assert head_seq(session) == seq + 2
        raise RuntimeError("power cut")
    with db.read() as session:
        assert operator_count(session) == 0
        assert load_settings(session).office_name == ""
        assert head_seq(session) == seq
        assert count_entries(session) == entries


def test_a_unit_refused_half_way_keeps_none_of_its_changes(db: Database) -> None:
    with db.read() as session:
        seq = head_seq(session)
    with pytest.raises(Conflict), db.unit() as session:
        write_setting(session, SYSTEM, "office_name", "示范办公室")
        create_first_administrator(session, "admin", "管理员", "admin-pass-1")
        create_first_administrator(session, "admin2", "管理员", "admin-pass-1")
    with db.read() as session:
        assert operator_count(session) == 0
        assert load_settings(session).office_name == ""
        assert head_seq(session) == seq
