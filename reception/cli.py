"""The one entry point. No subcommand opens the desk; subcommands do the administrator's
work with the same services the desk uses. Errors are one line, never a traceback:
exit 2 for bad arguments, another non-zero code for every other failure."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from reception import __version__
from reception.config import LANGUAGES
from reception.i18n import Translator

if TYPE_CHECKING:
    from reception.commands.context import Handler

log = logging.getLogger("reception")


class Parser(argparse.ArgumentParser):
    """argparse with the error line in the chosen language and exit code 2."""

    translator: Translator = Translator()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        prefix = self.translator.translate("Cli", "Error: ")
        self.exit(2, f"{prefix}{message}\n")


def _language(argv: Sequence[str]) -> str | None:
    """--lang is read before the parser is built, so help texts are in that language."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _add_options(parser: argparse.ArgumentParser, tr: Callable[[str], str]) -> None:
    parser.add_argument(
        "--db", metavar="URL", help=tr("a SQLite file or a postgresql+psycopg:// URL")
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=tr("language: zh_CN (default) or en"))
    parser.add_argument(
        "--operator", metavar="NAME", help=tr("the operator who acts (or RECEPTION_OPERATOR)")
    )


def desk_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when `argv` only opens the desk, else None (a command, help, version or
    a mistake, all for the full parser). Told apart without building that parser: its
    commands import the data layer, which the desk loads while its sign-in is up."""
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    _add_options(parser, str)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def build_parser(translator: Translator) -> Parser:
    from reception.commands import (
        dashboard,
        demo,
        lodging,
        maintenance,
        petitions,
        protocol,
        report,
        users,
        visitors,
    )

    Parser.translator = translator

    def tr(source: str) -> str:
        return translator("", source)

    parser = Parser(
        prog="reception",
        description=tr("The office's front desk. Without a command it opens the desk."),
    )
    parser.add_argument("--version", action="version", version=f"reception {__version__}")
    _add_options(parser, tr)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    users.register(commands, tr)
    visitors.register(commands, tr)
    lodging.register(commands, tr)
    petitions.register(commands, tr)
    protocol.register(commands, tr)
    dashboard.register(commands, tr)
    report.register(commands, tr)
    demo.register(commands, tr)
    maintenance.register(commands, tr)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if (desk := desk_arguments(argv)) is not None:
        from reception.ui.app import run_desk  # Qt is loaded only for the desk

        # The address is read with the data layer, off the GUI thread; a bad one is told
        # in a message box like any other reason the desk cannot start.
        return run_desk(desk.db, desk.lang)
    from reception.commands.context import Context, fail
    from reception.core.errors import DeskError

    translator = Translator(_language(argv))
    args = build_parser(translator).parse_args(argv)
    ctx = Context(args, translator)
    try:
        handler: Handler = args.handler
        return handler(ctx)
    except DeskError as error:
        return fail(ctx, error)
    except KeyboardInterrupt:
        print(file=ctx.err)
        return 130
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
