"""`reception user add|list|disable|enable|passwd`: the administrator's work on operators."""

from __future__ import annotations

import os
from argparse import _SubParsersAction

from reception.commands.context import Context, HelpText
from reception.core.errors import InvalidInput
from reception.core.security import operators
from reception.core.security.roles import Role
from reception.core.text import QT_TRANSLATE_NOOP

NEW_PASSWORD_ENV = "RECEPTION_NEW_PASSWORD"


def register(commands: _SubParsersAction, tr: HelpText) -> None:  # type: ignore[type-arg]
    user = commands.add_parser("user", help=tr("Manage operators (administrator)."))
    actions = user.add_subparsers(dest="user_action", required=True, metavar="ACTION")

    add = actions.add_parser("add", help=tr("Add an operator."))
    add.add_argument("login", help=tr("sign-in name"))
    add.add_argument("--name", default="", help=tr("display name (default: the sign-in name)"))
    add.add_argument(
        "--role",
        choices=[r.value for r in Role],
        default=None,
        help=tr("role (the first operator is always the administrator)"),
    )
    add.add_argument("--json", action="store_true", help=tr("print the result as JSON"))
    add.set_defaults(handler=add_user)

    listing = actions.add_parser("list", help=tr("List operators."))
    listing.add_argument("--json", action="store_true", help=tr("print the result as JSON"))
    listing.set_defaults(handler=list_users)

    for name, handler, text in (
        ("disable", disable_user, tr("Disable an operator (kept for the audit trail).")),
        ("enable", enable_user, tr("Enable a disabled operator.")),
        ("passwd", reset_user_password, tr("Set a new password for an operator.")),
    ):
        sub = actions.add_parser(name, help=text)
        sub.add_argument("login", help=tr("sign-in name"))
        sub.set_defaults(handler=handler)


def _new_password(ctx: Context, login: str, *, first: bool) -> str:
    """The new account's password: RECEPTION_NEW_PASSWORD, the acting password for the
    first administrator, or asked twice on the terminal."""
    if (value := os.environ.get(NEW_PASSWORD_ENV)) is not None:
        return value
    if first and (value := os.environ.get("RECEPTION_PASSWORD")) is not None:
        return value
    once = ctx.prompt_secret(QT_TRANSLATE_NOOP("Cli", "New password for {login}: "), login=login)
    twice = ctx.prompt_secret(QT_TRANSLATE_NOOP("Cli", "The same password again: "))
    if once != twice:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The two passwords differ."))
    return once


def add_user(ctx: Context) -> int:
    args, db = ctx.args, ctx.database()
    with db.read() as session:
        first = operators.operator_count(session) == 0
    if first:
        if args.role not in (None, Role.ADMINISTRATOR.value):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The database has no operator yet: the first must be administrator."
                )
            )
        password = _new_password(ctx, args.login, first=True)
        with db.unit() as session:
            view = operators.create_first_administrator(session, args.login, args.name, password)
    else:
        actor = ctx.acting()
        password = _new_password(ctx, args.login, first=False)
        with db.unit() as session:
            view = operators.add_operator(
                session, actor, args.login, args.name, args.role or Role.RECEPTIONIST, password
            )
    if ctx.wants_json:
        ctx.emit_json({"id": view.id, "login": view.login, "role": view.role.value})
    else:
        ctx.say(
            QT_TRANSLATE_NOOP("Cli", "Operator {login} ({role}) added."),
            login=view.login,
            role=ctx.translate("Roles", view.role.label),
        )
    return 0


def list_users(ctx: Context) -> int:
    actor = ctx.acting()
    with ctx.database().read() as session:
        views = operators.list_operators(session, actor)
    if ctx.wants_json:
        ctx.emit_json(
            [
                {
                    "login": v.login,
                    "name": v.display_name,
                    "role": v.role.value,
                    "active": v.active,
                }
                for v in views
            ]
        )
        return 0
    yes, no = ctx.translate("Cli", "active"), ctx.translate("Cli", "disabled")
    for v in views:
        role = ctx.translate("Roles", v.role.label)
        print(
            f"{v.login:<16} {v.display_name:<12} {role:<10} {yes if v.active else no}", file=ctx.out
        )
    return 0


def _set_active(ctx: Context, active: bool) -> int:
    actor = ctx.acting()
    with ctx.database().unit() as session:
        view = operators.set_active(session, actor, ctx.args.login, active)
    if active:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "Operator {login} enabled."), login=view.login)
    else:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "Operator {login} disabled."), login=view.login)
    return 0


def disable_user(ctx: Context) -> int:
    return _set_active(ctx, False)


def enable_user(ctx: Context) -> int:
    return _set_active(ctx, True)


def reset_user_password(ctx: Context) -> int:
    actor = ctx.acting()
    password = _new_password(ctx, ctx.args.login, first=False)
    with ctx.database().unit() as session:
        view = operators.reset_password(session, actor, ctx.args.login, password)
    ctx.say(
        QT_TRANSLATE_NOOP("Cli", "New password set for {login}; they must change it at sign-in."),
        login=view.login,
    )
    return 0
