"""What every subcommand needs: the database, the acting operator, and a way to speak."""

from __future__ import annotations

import getpass
import json
import os
import sys
from argparse import Namespace
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TextIO

from reception.config import database_url, key_file
from reception.core.errors import AuthenticationFailed, DeskError, InvalidInput
from reception.core.security.keys import load_keys
from reception.core.security.operators import authenticate
from reception.core.security.roles import Actor
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.database import Database, open_database
from reception.i18n import Translator

OPERATOR_ENV = "RECEPTION_OPERATOR"
PASSWORD_ENV = "RECEPTION_PASSWORD"
CONTEXT = "Cli"


@dataclass
class Context:
    """One invocation: parsed arguments, the translator, where output goes."""

    args: Namespace
    tr: Translator
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _db: Database | None = None

    def translate(self, context: str, source: str) -> str:
        """Named as lupdate expects, so `ctx.translate("Cli", "…")` literals are extracted."""
        return self.tr(context, source)

    def say(self, source: str, **values: Any) -> None:
        """Print a translatable sentence (context "Cli")."""
        print(self.tr(CONTEXT, source).format(**values), file=self.out)

    def emit_json(self, data: Any) -> None:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str), file=self.out)

    @property
    def wants_json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def database(self, *, upgrade: bool = True) -> Database:
        if self._db is None:
            url = database_url(self.args.db)
            self._db = open_database(url, load_keys(key_file()), upgrade=upgrade)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()

    def operator_name(self) -> str:
        name = getattr(self.args, "operator", None) or os.environ.get(OPERATOR_ENV, "")
        if not name:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "Say who acts: --operator NAME or the RECEPTION_OPERATOR variable."
                )
            )
        return str(name)

    def password(self, prompt_source: str, **values: Any) -> str:
        """The acting operator's password: RECEPTION_PASSWORD, else a prompt on a terminal."""
        if (value := os.environ.get(PASSWORD_ENV)) is not None:
            return value
        return self.prompt_secret(prompt_source, **values)

    def prompt_secret(self, prompt_source: str, **values: Any) -> str:
        if not sys.stdin.isatty():
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "No password given: set RECEPTION_PASSWORD or run the command in a terminal.",
                )
            )
        return getpass.getpass(self.tr(CONTEXT, prompt_source).format(**values))

    def acting(self) -> Actor:
        """Sign the acting operator in, exactly as the desk's login dialog does."""
        db = self.database()
        login = self.operator_name()
        password = self.password(QT_TRANSLATE_NOOP("Cli", "Password for {login}: "), login=login)
        with db.unit() as session:
            result = authenticate(session, login, password)
        if result.error is not None:
            raise result.error
        assert result.actor is not None
        return result.actor


Handler = Callable[[Context], int]
# Help texts are written as bare `tr("…")` calls, which lupdate files under the empty context.
HelpText = Callable[[str], str]


def fail(ctx: Context, error: DeskError) -> int:
    prefix = ctx.translate(CONTEXT, QT_TRANSLATE_NOOP("Cli", "Error: "))
    print(prefix + " ".join(error.render(ctx.tr).split("\n")), file=ctx.err)  # one line
    return error.exit_code


__all__ = ["AuthenticationFailed", "Context", "Handler", "HelpText", "fail"]
