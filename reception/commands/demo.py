"""`reception demo --scale N`: fill the database with realistic demonstration data."""

from __future__ import annotations

from argparse import ArgumentTypeError, _SubParsersAction

from reception.commands.context import Context, HelpText
from reception.commands.progress import ProgressBar
from reception.core.security import operators
from reception.core.text import QT_TRANSLATE_NOOP

MAX_SCALE = 10_000_000


def scale_value(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_SCALE:
        raise ArgumentTypeError(f"the scale must be between 1 and {MAX_SCALE:,}")
    return value


def register(commands: _SubParsersAction, tr: HelpText) -> None:  # type: ignore[type-arg]
    demo = commands.add_parser(
        "demo", help=tr("Fill the database with realistic demonstration data.")
    )
    demo.add_argument(
        "--scale", type=scale_value, default=1000, help=tr("how many visits' worth (default 1000)")
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=2026,
        help=tr("random seed (the same seed gives the same data)"),
    )
    demo.add_argument("--json", action="store_true", help=tr("print the result as JSON"))
    demo.set_defaults(handler=run_demo)


def run_demo(ctx: Context) -> int:
    from reception.demo.fill import DEMO_PASSWORD, fill  # the generators load on demand

    db = ctx.database()
    with db.read() as session:
        empty = operators.operator_count(session) == 0
    if empty:
        login = ctx.operator_name()
        password = ctx.password(
            QT_TRANSLATE_NOOP("Cli", "New administrator {login}'s password: "), login=login
        )
        with db.unit() as session:
            operators.create_first_administrator(session, login, login, password)
    actor = ctx.acting()
    bar = ProgressBar(ctx.translate("Cli", "Demo data"), ctx.args.scale, ctx.err)
    summary = fill(
        db, actor, ctx.args.scale, lambda done, _total: bar.update(done), seed=ctx.args.seed
    )
    bar.finish()
    if ctx.wants_json:
        ctx.emit_json(
            {
                "scale": ctx.args.scale,
                "counts": summary.counts,
                "staff": [{"login": name, "role": role} for name, role in summary.staff],
                "staff_password": DEMO_PASSWORD,
            }
        )
        return 0
    for name, count in summary.counts.items():
        print(f"{name}: {count:,}", file=ctx.out)
    if summary.staff:
        ctx.say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Demo operators {logins} sign in with the password {password}.",
            ),
            logins=", ".join(login for login, _ in summary.staff),
            password=DEMO_PASSWORD,
        )
    return 0
