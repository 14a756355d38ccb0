"""Opening the office's database: checks first, so that a missing folder, a read-only,
damaged or foreign file, or one from a newer version is reported and left untouched; then a
backup of an existing SQLite file before any migration; then the upgrade to head."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from reception.core.errors import DatabaseUnusable
from reception.core.security.fields import FieldCipher
from reception.core.security.keys import Keys
from reception.core.security.roles import SYSTEM
from reception.core.settings import load_settings, write_setting
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db import migrate
from reception.db.engine import make_engine, reading, unit_of_work

SQLITE_HEADER = b"SQLite format 3\x00"
# Files up to this size get SQLite's quick_check at every start (well under a second);
# larger ones are checked page by page with `reception check`, off the start-up path.
QUICK_CHECK_LIMIT = 64 * 1024 * 1024


@dataclass
class Database:
    """An open, migrated database and the keys that go with it. Services reach the keys
    through `session.info["cipher"]`; nothing here is global."""

    url: URL
    engine: Engine
    keys: Keys
    cipher: FieldCipher = field(init=False)

    def __post_init__(self) -> None:
        self.cipher = FieldCipher(self.keys)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def _info(self) -> dict[str, object]:
        return {"cipher": self.cipher, "keys": self.keys}

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One writing unit of work per user action."""
        with unit_of_work(self.engine, info=self._info()) as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with reading(self.engine, info=self._info()) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _unusable(text: str, **values: object) -> DatabaseUnusable:
    return DatabaseUnusable(text, **values)


def _check_sqlite_file(path: Path) -> str | None:
    """Refuse what must not be opened; return the file's schema revision (None if new)."""
    folder = path.parent
    if not folder.is_dir():
        raise _unusable(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=str(folder)
        )
    if path.is_dir():
        raise _unusable(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file."), path=str(path)
        )
    if not path.exists():
        if not os.access(folder, os.W_OK):
            raise _unusable(
                QT_TRANSLATE_NOOP("Errors", "The folder {folder} is read-only."),
                folder=str(folder),
            )
        return None
    # Root passes os.access whatever the mode, so a file without write bits counts as read-only.
    writable = os.access(path, os.R_OK | os.W_OK) and path.stat().st_mode & 0o222
    if not writable or not os.access(folder, os.W_OK):
        raise _unusable(
            QT_TRANSLATE_NOOP("Errors", "The database file {path} (or its folder) is read-only."),
            path=str(path),
        )
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if header == b"":
        return None
    if header != SQLITE_HEADER:
        raise _unusable(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a database file of this program."),
            path=str(path),
        )
    companions = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    existed = [c.exists() for c in companions]
    try:
        return _probe_sqlite(path)
    except DatabaseUnusable:
        # A read-only probe of a WAL file may create empty companions: a refused file is
        # left as it was found. (On success the desk opens the file and needs them.)
        wal = companions[0]
        if not (wal.exists() and wal.stat().st_size):
            for companion, was_there in zip(companions, existed, strict=True):
                if not was_there:
                    companion.unlink(missing_ok=True)
        raise


def _probe_sqlite(path: Path) -> str | None:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
            if path.stat().st_size <= QUICK_CHECK_LIMIT:
                verdict = raw.execute("PRAGMA quick_check").fetchone()[0]
                if verdict != "ok":
                    raise sqlite3.DatabaseError(str(verdict).splitlines()[0])
            tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
            if tables and "alembic_version" not in tables:
                raise _unusable(
                    QT_TRANSLATE_NOOP("Errors", "{path} is not a database file of this program."),
                    path=str(path),
                )
            if not tables:
                return None
            row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise _unusable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database file {path} is damaged ({reason}). Restore it from a backup.",
            ),
            path=str(path),
            reason=str(error),
        ) from None
    revision = row[0] if row else None
    migrate.check_known(revision)
    return revision


def backup_sqlite(source: Path, target: Path) -> None:
    """SQLite's online backup: a consistent copy even while desks are writing."""
    with (
        closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def _backup_before_migration(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.before-{revision}-{stamp}.bak")
    backup_sqlite(path, target)
    return target


def _bind_keys(db: Database) -> None:
    """Store the key's fingerprint on first use; refuse a desk whose key differs."""
    with db.read() as session:
        stored = load_settings(session).key_fingerprint
    if stored == db.keys.fingerprint:
        return
    if stored:
        raise _unusable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This desk's key does not match the database: copy the office's key file "
                "(or RECEPTION_KEY) from a desk that uses this database.",
            )
        )
    with db.unit() as session:
        write_setting(session, SYSTEM, "key_fingerprint", db.keys.fingerprint)


def open_database(url: URL, keys: Keys, *, upgrade: bool = True) -> Database:
    """Open and, when `upgrade` is set, migrate to head. Raises DatabaseUnusable with a
    message for a person; nothing is written before every check has passed."""
    revision: str | None = None
    sqlite_path: Path | None = None
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise _unusable(QT_TRANSLATE_NOOP("Errors", "The desk needs a database file."))
        sqlite_path = Path(url.database)
        revision = _check_sqlite_file(sqlite_path)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            if sqlite_path is None:
                revision = migrate.current_revision(connection)
                migrate.check_known(revision)
        db = Database(url, engine, keys)
        if upgrade and revision != migrate.head_revision():
            if sqlite_path is not None and revision is not None:
                _backup_before_migration(sqlite_path, revision)
            migrate.upgrade(engine)
        if upgrade:
            _bind_keys(db)
    except DBAPIError as error:
        engine.dispose()
        raise _unusable(
            QT_TRANSLATE_NOOP("Errors", "Cannot open the database {url}: {reason}"),
            url=url.render_as_string(hide_password=True),
            reason=str(error.orig).strip().splitlines()[0] if error.orig else str(error),
        ) from None
    except BaseException:
        engine.dispose()  # a refused file is left closed, as it was found
        raise
    return db
