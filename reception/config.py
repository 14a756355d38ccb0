"""Where the desk keeps its files, which database it opens, and this desk's own settings.

The data folder comes from platformdirs (RECEPTION_HOME overrides it, for tests and for
portable installs). The database is `--db`, else RECEPTION_DB, else reception.db there.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path

from reception.core.errors import InvalidInput
from reception.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

HOME_ENV = "RECEPTION_HOME"
DB_ENV = "RECEPTION_DB"
LANGUAGES = ("zh_CN", "en")


def data_dir() -> Path:
    if home := os.environ.get(HOME_ENV):
        return Path(home).expanduser()
    return user_data_path("reception", appauthor=False)


def key_file() -> Path:
    return data_dir() / "keys" / "reception.key"


def default_db_path() -> Path:
    return data_dir() / "reception.db"


def database_url(given: str | None = None) -> URL:
    """The database to open: a URL (postgresql+psycopg://…, sqlite:///…) or a file path."""
    # Imported here: the desk reads this module before showing its sign-in, which needs no
    # SQLAlchemy (it loads off the GUI thread meanwhile).
    from sqlalchemy.engine import URL, make_url
    from sqlalchemy.exc import ArgumentError

    text = given or os.environ.get(DB_ENV) or ""
    if not text:
        return URL.create("sqlite", database=str(default_db_path()))
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "{url} is not a database address."), url=text
            ) from None
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Only SQLite files and PostgreSQL servers are supported, not {url}."
                ),
                url=text,
            )
        return url
    return URL.create("sqlite", database=str(Path(text).expanduser().absolute()))


def describe(url: URL) -> str:
    """The database as shown in the status bar: a file path, or server and name (no password)."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


@dataclass
class DeskConfig:
    """This desk's own settings, kept in desk.json in the data folder (not shared)."""

    desk_name: str = ""
    language: str = "zh_CN"
    counter: int = 0
    last_operator: str = ""  # offered first at the next sign-in on this desk
    slip_format: str = "80mm"  # "80mm" thermal roll or "a6", the printer at this desk
    printer: str = ""  # the installed printer slips go to; "" = the system's default
    auto_print_slip: bool = False  # print the slip as soon as a visitor is registered

    @classmethod
    def path(cls) -> Path:
        return data_dir() / "desk.json"

    @classmethod
    def load(cls) -> DeskConfig:
        try:
            stored = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        names = {f.name for f in fields(cls)}
        config = cls(**{k: v for k, v in stored.items() if k in names})
        if config.language not in LANGUAGES:
            config.language = "zh_CN"
        return config

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), "utf-8")
        temporary.replace(path)  # atomic: a crash leaves the old file or the new one
