"""`reception backup|restore|check` and `reception audit verify`."""

from __future__ import annotations

import sqlite3
from argparse import _SubParsersAction
from contextlib import closing
from datetime import datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from reception.commands.context import Context, HelpText
from reception.config import database_url, key_file
from reception.core.errors import DatabaseUnusable, InvalidInput, NotFound
from reception.core.security import audit
from reception.core.security.keys import load_keys
from reception.core.security.operators import actor_for
from reception.core.security.roles import SYSTEM, Actor, Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db import migrate
from reception.db.database import Database, backup_sqlite, open_database
from reception.db.engine import is_sqlite


def register(commands: _SubParsersAction, tr: HelpText) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser(
        "backup", help=tr("Copy the database to FILE (safe while desks are open).")
    )
    backup.add_argument("file", type=Path, help=tr("the backup file to write"))
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser(
        "restore", help=tr("Replace the database with a backup, after checking the backup.")
    )
    restore.add_argument("file", type=Path, help=tr("the backup file to restore"))
    restore.set_defaults(handler=run_restore)

    check = commands.add_parser(
        "check", help=tr("Check the database: integrity, schema version, audit chain.")
    )
    check.add_argument("--json", action="store_true", help=tr("print the result as JSON"))
    check.set_defaults(handler=run_check)

    audit_parser = commands.add_parser("audit", help=tr("The audit trail."))
    audit_actions = audit_parser.add_subparsers(dest="audit_action", required=True)
    verify = audit_actions.add_parser(
        "verify", help=tr("Verify the audit chain; names the first broken row.")
    )
    verify.add_argument("--json", action="store_true", help=tr("print the result as JSON"))
    verify.set_defaults(handler=run_audit_verify)


APPEND_ONLY_TRIGGERS = {"audit_entry_no_update", "audit_entry_no_delete"}


def _sqlite_only(ctx: Context) -> Path:
    url = database_url(ctx.args.db)
    if not is_sqlite(url) or not url.database:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Backup and restore here are for SQLite files; back up a PostgreSQL server "
                "with pg_dump.",
            )
        )
    return Path(url.database)


def run_backup(ctx: Context) -> int:
    source = _sqlite_only(ctx)
    target: Path = ctx.args.file.expanduser().absolute()
    if target.exists():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{path} exists already; choose a new file name."),
            path=str(target),
        )
    if not target.parent.is_dir():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
            folder=str(target.parent),
        )
    actor = ctx.acting()
    actor.require(Permission.BACKUP)
    with ctx.database().unit() as session:
        audit.record(
            session, actor, "database.backup", "database", None, None, {"file": str(target)}
        )
    partial = target.with_name(target.name + ".partial")
    try:
        backup_sqlite(source, partial)
        partial.replace(target)  # a crash leaves no half-written file under the real name
    finally:
        partial.unlink(missing_ok=True)
    ctx.say(QT_TRANSLATE_NOOP("Cli", "Backup written to {path}."), path=str(target))
    return 0


def _refuse_backup(path: Path, reason: str) -> DatabaseUnusable:
    return DatabaseUnusable(
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a valid backup ({reason}); nothing was changed."
        ),
        path=str(path),
        reason=reason,
    )


def _check_backup(path: Path) -> None:
    """A backup is restored only when SQLite, the schema and the audit chain all accept it."""
    if not path.is_file():
        raise _refuse_backup(path, "no such file")
    with path.open("rb") as file:
        if file.read(16) != b"SQLite format 3\x00":
            raise _refuse_backup(path, "not a SQLite file")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as raw:
            result = raw.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise _refuse_backup(path, str(result))
            tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables or "audit_entry" not in tables:
                raise _refuse_backup(path, "not a database of this program")
            if not tables >= APPEND_ONLY_TRIGGERS:
                raise _refuse_backup(path, "the audit table's append-only triggers are missing")
            revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise _refuse_backup(path, str(error)) from None
    migrate.check_known(revision)


def run_restore(ctx: Context) -> int:
    live = _sqlite_only(ctx)
    backup: Path = ctx.args.file.expanduser().absolute()
    _check_backup(backup)
    # Open the backup as the desk would (its key, its chain) before touching the live file.
    staged = live.with_name(f"{live.name}.restore-check")
    staged.unlink(missing_ok=True)
    try:
        backup_sqlite(backup, staged)
        probe = open_database(database_url(str(staged)), load_keys(key_file()))
        with probe.read() as session:
            report = audit.verify(session)
        probe.close()
        if not report.intact:
            raise _refuse_backup(backup, "audit chain broken")
    except DatabaseUnusable as error:
        if error.text.startswith("{path} is not a valid backup"):
            raise
        raise _refuse_backup(backup, error.render(ctx.tr)) from None
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(staged) + suffix).unlink(missing_ok=True)
    # Only now sign in: a refused backup leaves the live database without even a sign-in row.
    actor = ctx.acting()
    actor.require(Permission.BACKUP)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    safety = live.with_name(f"{live.name}.before-restore-{stamp}.bak")
    backup_sqlite(live, safety)
    ctx.close()
    # SQLite's backup API writes the pages into the live file under its own lock, so desks
    # that have it open see the restored data, never a half-written file.
    with (
        closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(live, timeout=30)) as dst,
    ):
        src.backup(dst)
    db = open_database(database_url(str(live)), load_keys(key_file()))
    with db.unit() as session:
        actor_there = _actor_in(session, actor.login)
        audit.record(
            session,
            actor_there,
            "database.restore",
            "database",
            None,
            None,
            {"file": str(backup), "previous_copy": str(safety)},
        )
    db.close()
    ctx.say(
        QT_TRANSLATE_NOOP(
            "Cli",
            "Restored from {path}; the previous database was kept as {safety}.",
        ),
        path=str(backup),
        safety=str(safety),
    )
    return 0


def _actor_in(session: Session, login: str) -> Actor:
    """The restoring operator as the restored database knows them, else the system."""
    try:
        return actor_for(session, login)
    except NotFound:
        return SYSTEM


LODGING_REVISION = "0003"
DOUBLE_BOOKING_TRIGGERS = {"stay_no_double_booking_insert", "stay_no_double_booking_update"}
DOUBLE_BOOKING_CONSTRAINTS = {"ex_stay_bed", "ex_stay_guest"}


def run_check(ctx: Context) -> int:
    db = ctx.database(upgrade=False)
    results: dict[str, bool] = {}
    notes: list[str] = []
    with db.engine.connect() as connection:
        if db.is_sqlite:
            verdict = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
            results["integrity"] = verdict == "ok"
            if verdict != "ok":
                notes.append(str(verdict))
            names = set(
                connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                ).scalars()
            )
            results["audit_protected"] = names >= APPEND_ONLY_TRIGGERS
            guards = names
        else:
            results["integrity"] = connection.execute(text("SELECT 1")).scalar() == 1
            names = set(
                connection.execute(
                    text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass")
                ).scalars()
            )
            results["audit_protected"] = {
                "audit_entry_append_only",
                "audit_entry_no_truncate",
            } <= names
            guards = set(
                connection.execute(
                    text("SELECT conname FROM pg_constraint WHERE contype = 'x'")
                ).scalars()
            )
        revision = migrate.current_revision(connection)
        if revision is not None and revision >= LODGING_REVISION:
            wanted = DOUBLE_BOOKING_TRIGGERS if db.is_sqlite else DOUBLE_BOOKING_CONSTRAINTS
            results["double_booking_guarded"] = guards >= wanted
    results["schema_at_head"] = revision == migrate.head_revision()
    if not results["schema_at_head"]:
        notes.append(
            ctx.translate("Cli", "schema {found}, expected {head}").format(
                found=revision, head=migrate.head_revision()
            )
        )
    report = None
    if revision is not None:
        with db.read() as session:
            report = audit.verify(session)
        results["audit_chain"] = report.intact
        if report.fault:
            notes.append(ctx.translate("Audit", report.fault.problem).format(seq=report.fault.seq))
    else:
        results["audit_chain"] = False
    missing = _calendar_missing(db) if revision is not None and revision >= "0004" else []
    # A warning, not a failure: the clocks then count weekends only.
    warnings = (
        [
            ctx.translate(
                "Cli", "the working-day calendar has no holidays for {years}: enter them"
            ).format(years=", ".join(map(str, missing)))
        ]
        if missing
        else []
    )
    ok = all(results.values())
    if ctx.wants_json:
        ctx.emit_json(
            {
                "ok": ok,
                **results,
                "notes": notes,
                "calendar_missing_years": missing,
                "warnings": warnings,
            }
        )
    else:
        labels = {
            "integrity": ctx.translate("Cli", "database integrity"),
            "schema_at_head": ctx.translate("Cli", "schema at the newest version"),
            "audit_chain": ctx.translate("Cli", "audit chain unbroken"),
            "audit_protected": ctx.translate("Cli", "audit table append-only"),
            "double_booking_guarded": ctx.translate(
                "Cli", "double bookings refused by the database"
            ),
        }
        for key, passed in results.items():
            mark = ctx.translate("Cli", "ok") if passed else ctx.translate("Cli", "FAILED")
            print(f"{labels[key]}: {mark}", file=ctx.out)
        for note in notes:
            print(f"  {note}", file=ctx.out)
        for warning in warnings:
            print(ctx.translate("Cli", "warning: ") + warning, file=ctx.out)
    return 0 if ok else 1


def _calendar_missing(db: Database) -> list[int]:
    from reception.core.petitions.calendar import load_calendar, missing_years
    from reception.core.petitions.cases import office_today

    with db.read() as session:
        return missing_years(load_calendar(session), office_today(session))


def run_audit_verify(ctx: Context) -> int:
    with ctx.database().read() as session:
        report = audit.verify(session)
    if report.fault is None:
        if ctx.wants_json:
            ctx.emit_json({"intact": True, "rows": report.rows})
        else:
            ctx.say(QT_TRANSLATE_NOOP("Cli", "Audit chain intact: {rows} rows."), rows=report.rows)
        return 0
    problem = ctx.translate("Audit", report.fault.problem).format(seq=report.fault.seq)
    if ctx.wants_json:
        ctx.emit_json({"intact": False, "first_broken_row": report.fault.seq, "problem": problem})
    else:
        ctx.say(QT_TRANSLATE_NOOP("Cli", "Audit chain broken: {problem}."), problem=problem)
    return 1
