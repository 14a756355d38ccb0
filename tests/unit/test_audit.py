"""The audit chain (reception.core.security.audit), DESIGN.md rule 5.

Every change writes one audit row in the same transaction; the rows form a hash chain that
`verify` walks, naming the first row that was edited, deleted or reordered; the database
refuses UPDATE and DELETE on the table; `page` lists newest first for those who may read it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Connection, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from reception.core.errors import NotPermitted
from reception.core.security import audit
from reception.core.security.models import AuditEntry
from reception.core.security.operators import (
    add_operator,
    authenticate,
    change_role,
    reset_password,
    set_active,
)
from reception.core.security.roles import SYSTEM, Actor, Role
from reception.core.settings import update_settings, write_setting
from reception.db.database import Database

PASSWORD = "desk-pass-1"


def entries(db: Database) -> list[AuditEntry]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def head(db: Database) -> tuple[int, str]:
    with db.read() as session:
        row = session.execute(text("SELECT seq, hash FROM audit_head WHERE id = 1")).one()
        return int(row[0]), str(row[1])


def verify(db: Database) -> audit.ChainReport:
    with db.read() as session:
        return audit.verify(session)


# -- one row per change, in the same transaction -------------------------------------------


def _add(session: Session, admin: Actor) -> Any:
    return add_operator(session, admin, "wang.fang", "王芳", Role.RECEPTIONIST, PASSWORD)


SERVICE_CHANGES: list[tuple[str, Callable[[Session, Actor], Any], str, str]] = [
    ("add operator", _add, "operator.add", "operator"),
    (
        "disable",
        lambda s, a: set_active(s, a, "receptionist", False),
        "operator.disable",
        "operator",
    ),
    (
        "enable",
        lambda s, a: set_active(s, a, "director", True),
        "operator.enable",
        "operator",
    ),
    (
        "role change",
        lambda s, a: change_role(s, a, "receptionist", Role.LODGING_CLERK),
        "operator.role",
        "operator",
    ),
    (
        "password reset",
        lambda s, a: reset_password(s, a, "receptionist", "new-pass-123"),
        "operator.password_reset",
        "operator",
    ),
    (
        "setting change",
        lambda s, a: update_settings(s, a, office_name="示范市信访局"),
        "setting.change",
        "setting",
    ),
]


@pytest.mark.parametrize(
    ("change", "action", "entity"),
    [(c, a, e) for _, c, a, e in SERVICE_CHANGES],
    ids=[name for name, *_ in SERVICE_CHANGES],
)
def test_every_service_change_writes_exactly_one_audit_row_in_its_transaction(
    db: Database,
    staff: dict[Role, Actor],
    change: Callable[[Session, Actor], Any],
    action: str,
    entity: str,
) -> None:
    admin = staff[Role.ADMINISTRATOR]
    with db.unit() as session:
        set_active(session, admin, "director", False)  # so that "enable" has work to do
    seq_before, hash_before = head(db)
    with db.unit() as session:
        change(session, admin)
        # In the transaction, before the commit: the row is there, and other desks do not
        # see it yet.
        inside = session.scalars(select(AuditEntry).where(AuditEntry.seq > seq_before)).all()
        assert [row.action for row in inside] == [action]
        assert head(db) == (seq_before, hash_before)
    rows = [row for row in entries(db) if row.seq > seq_before]
    assert len(rows) == 1
    row = rows[0]
    assert (row.seq, row.action, row.entity) == (seq_before + 1, action, entity)
    assert (row.operator_id, row.operator_login) == (admin.operator_id, admin.login)
    assert row.prev_hash == hash_before
    assert head(db) == (row.seq, row.hash)
    assert verify(db).intact


def test_an_audit_row_records_before_and_after(db: Database, admin: Actor) -> None:
    with db.unit() as session:
        view = _add(session, admin)
    with db.unit() as session:
        change_role(session, admin, "wang.fang", Role.DIRECTOR)
    last = entries(db)[-1]
    assert last.entity_id == str(view.id)
    assert json.loads(last.before or "") == {
        "login": "wang.fang",
        "display_name": "王芳",
        "role": "receptionist",
        "active": True,
    }
    assert json.loads(last.after or "")["role"] == "director"
    assert "王芳" in (last.before or "")  # stored as text, not \\u escapes
    assert "password" not in (last.before or "") + (last.after or "")


def test_a_change_to_the_same_value_writes_no_audit_row(db: Database, staff: Any) -> None:
    admin = staff[Role.ADMINISTRATOR]
    before = head(db)
    with db.unit() as session:
        set_active(session, admin, "receptionist", True)
        change_role(session, admin, "director", Role.DIRECTOR)
        write_setting(session, SYSTEM, "key_fingerprint", db.keys.fingerprint)
    assert head(db) == before


def test_a_rolled_back_unit_leaves_no_audit_row_and_the_head_unchanged(
    db: Database, admin: Actor
) -> None:
    before, rows = head(db), len(entries(db))
    with pytest.raises(RuntimeError), db.unit() as session:
        _add(session, admin)
        update_settings(session, admin, office_name="示范市信访局")
        assert audit.head_seq(session) == before[0] + 2
        raise RuntimeError("the desk crashed")
    assert head(db) == before
    assert len(entries(db)) == rows
    assert verify(db).intact
    # The next change carries on from the old head: no gap where the lost rows were.
    with db.unit() as session:
        _add(session, admin)
    last = entries(db)[-1]
    assert (last.seq, last.prev_hash) == (before[0] + 1, before[1])
    assert verify(db).intact


def test_a_failed_sign_in_is_audited_when_the_caller_commits(db: Database, admin: Actor) -> None:
    before = head(db)[0]
    with db.unit() as session:
        result = authenticate(session, "admin", "wrong-password")
    assert result.error is not None
    assert [(r.action, r.operator_login) for r in entries(db) if r.seq > before] == [
        ("operator.sign_in_failed", "system")
    ]


# -- verify --------------------------------------------------------------------------------


@pytest.fixture
def chain(db: Database, admin: Actor) -> list[AuditEntry]:
    """Nine chained rows (key binding, first administrator, seven setting changes)."""
    for number in range(7):
        with db.unit() as session:
            write_setting(session, admin, f"area.value_{number}", {"n": number, "名": "值"})
    rows = entries(db)
    assert [row.seq for row in rows] == list(range(1, 10))
    return rows


def test_verify_passes_on_a_fresh_chain(db: Database, chain: list[AuditEntry]) -> None:
    report = verify(db)
    assert report.intact
    assert report.fault is None
    assert report.rows == len(chain) == 9


def test_verify_passes_on_an_empty_chain(db: Database) -> None:
    drop_append_only(db)
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_entry"))
        connection.execute(
            text("UPDATE audit_head SET seq = 0, hash = :genesis"), {"genesis": audit.GENESIS}
        )
    report = verify(db)
    assert (report.intact, report.rows) == (True, 0)


def test_verify_walks_in_batches(db: Database, chain: list[AuditEntry]) -> None:
    with db.read() as session:
        assert audit.verify(session, batch=2) == audit.ChainReport(9, None)
    tamper(db, "UPDATE audit_entry SET reason = 'x' WHERE seq = 6")
    with db.read() as session:
        fault = audit.verify(session, batch=2).fault
    assert fault is not None and fault.seq == 6


def drop_append_only(db: Database) -> None:
    with db.engine.begin() as connection:
        if db.is_sqlite:
            connection.execute(text("DROP TRIGGER audit_entry_no_update"))
            connection.execute(text("DROP TRIGGER audit_entry_no_delete"))
        else:
            connection.execute(text("DROP TRIGGER audit_entry_append_only ON audit_entry"))


def tamper(db: Database, *statements: str, **values: Any) -> None:
    drop_append_only(db)
    with db.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement), values)


CONTENT = [
    "at",
    "operator_id",
    "operator_login",
    "action",
    "entity",
    "entity_id",
    "before",
    "after",
    "reason",
    "prev_hash",
    "hash",
]


def _row(connection: Connection, seq: int) -> dict[str, Any]:
    query = text(f"SELECT {', '.join(CONTENT)} FROM audit_entry WHERE seq = :seq")
    return dict(connection.execute(query, {"seq": seq}).one()._mapping)


def _write(connection: Connection, seq: int, values: dict[str, Any]) -> None:
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    query = text(f"UPDATE audit_entry SET {assignments} WHERE seq = :seq")
    connection.execute(query, {**values, "seq": seq})


def _swap(db: Database, first: int, second: int) -> None:
    drop_append_only(db)
    with db.engine.begin() as connection:
        a, b = _row(connection, first), _row(connection, second)
        _write(connection, first, {**b, "hash": "swapping"})  # the hash column is unique
        _write(connection, second, a)
        _write(connection, first, {"hash": b["hash"]})


def _rehash(db: Database, seq: int, **changes: Any) -> None:
    """Change a row and give it a hash that fits its new content, as a careful forger would."""
    with db.read() as session:
        row = session.get(AuditEntry, seq)
        assert row is not None
        fields: dict[str, Any] = {
            "seq": row.seq,
            "at": row.at,
            "operator_id": row.operator_id,
            "operator_login": row.operator_login,
            "action": row.action,
            "entity": row.entity,
            "entity_id": row.entity_id,
            "before": row.before,
            "after": row.after,
            "reason": row.reason,
            "prev_hash": row.prev_hash,
        }
    fields.update(changes)
    new_hash = audit.entry_hash(**fields)
    drop_append_only(db)
    with db.engine.begin() as connection:
        _write(connection, seq, {**changes, "hash": new_hash})


def _assert_fault(db: Database, seq: int, problem: str) -> None:
    report = verify(db)
    assert not report.intact
    assert report.fault is not None
    assert (report.fault.seq, report.fault.problem) == (seq, problem)


EDITED = "row {seq} was edited"
MISSING = "row {seq} is missing (deleted or renumbered)"
REORDERED = "row {seq} does not follow the row before it (reordered)"
TRUNCATED = "row {seq} and those after it were deleted"


def test_verify_names_a_row_whose_after_was_edited(db: Database, chain: Any) -> None:
    tamper(db, "UPDATE audit_entry SET after = :after WHERE seq = 5", after='{"n":99}')
    _assert_fault(db, 5, EDITED)


@pytest.mark.parametrize(
    "column", ["at", "operator_login", "action", "entity", "entity_id", "before", "reason"]
)
def test_verify_notices_an_edit_of_any_hashed_column(db: Database, chain: Any, column: str) -> None:
    drop_append_only(db)
    with db.engine.begin() as connection:
        value = _row(connection, 4)[column]
        if column == "at":
            changed: Any = (
                "2020-01-01 00:00:00.000000" if db.is_sqlite else value.replace(year=2020)
            )
        else:
            changed = f"{value or ''}x"
        _write(connection, 4, {column: changed})
    _assert_fault(db, 4, EDITED)


def test_verify_names_a_deleted_middle_row(db: Database, chain: Any) -> None:
    tamper(db, "DELETE FROM audit_entry WHERE seq = 5")
    _assert_fault(db, 5, MISSING)


def test_verify_names_a_deleted_first_row(db: Database, chain: Any) -> None:
    tamper(db, "DELETE FROM audit_entry WHERE seq = 1")
    _assert_fault(db, 1, MISSING)


def test_verify_names_the_deleted_last_row(db: Database, chain: Any) -> None:
    tamper(db, "DELETE FROM audit_entry WHERE seq = 9")
    _assert_fault(db, 9, TRUNCATED)


def test_verify_names_the_first_of_two_reordered_rows(db: Database, chain: Any) -> None:
    _swap(db, 4, 6)
    _assert_fault(db, 4, REORDERED)


def test_verify_names_the_first_of_two_swapped_neighbours(db: Database, chain: Any) -> None:
    _swap(db, 7, 8)
    _assert_fault(db, 7, REORDERED)


def test_verify_names_a_row_relinked_with_a_consistent_hash(db: Database, chain: Any) -> None:
    """prev_hash and hash rewritten together for one row: the row no longer follows its
    predecessor, though its own hash fits."""
    _rehash(db, 5, prev_hash="f" * 64)
    _assert_fault(db, 5, REORDERED)


def test_verify_notices_a_middle_row_edited_and_rehashed(db: Database, chain: Any) -> None:
    """The forged row is self-consistent; the break shows at the next row's link."""
    _rehash(db, 5, after='{"n":99}')
    _assert_fault(db, 6, REORDERED)


def test_verify_names_the_last_row_when_it_was_edited_and_rehashed(
    db: Database, chain: Any
) -> None:
    _rehash(db, 9, after='{"n":99}')
    _assert_fault(db, 9, EDITED)


def test_verify_notices_a_head_that_names_fewer_rows(db: Database, chain: Any) -> None:
    """Rows appended behind the head's back (the head still names row 8)."""
    with db.engine.begin() as connection:
        row8 = _row(connection, 8)
        connection.execute(
            text("UPDATE audit_head SET seq = 8, hash = :hash"), {"hash": row8["hash"]}
        )
    report = verify(db)
    assert not report.intact


# -- append-only ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entry SET after = '{}' WHERE seq = 2",
        "UPDATE audit_entry SET seq = seq + 100",
        "DELETE FROM audit_entry WHERE seq = 2",
        "DELETE FROM audit_entry",
    ],
)
def test_the_database_refuses_to_change_or_remove_audit_rows(
    db: Database, chain: list[AuditEntry], statement: str
) -> None:
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as connection:
        connection.execute(text(statement))
    assert [(r.seq, r.hash, r.after) for r in entries(db)] == [
        (r.seq, r.hash, r.after) for r in chain
    ]
    assert verify(db).intact


def test_the_orm_cannot_delete_an_audit_row_either(db: Database, chain: Any) -> None:
    with pytest.raises(DBAPIError, match="append-only"), db.unit() as session:
        row = session.get(AuditEntry, 3)
        session.delete(row)
    assert len(entries(db)) == 9


def test_postgresql_refuses_truncate(db: Database, chain: Any) -> None:
    if db.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE")
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as connection:
        connection.execute(text("TRUNCATE audit_entry"))
    assert len(entries(db)) == 9


def test_appending_stays_allowed(db: Database, chain: Any) -> None:
    with db.unit() as session:
        audit.record(session, SYSTEM, "test.append", "test", 1, None, {"ok": True})
    assert entries(db)[-1].action == "test.append"
    assert verify(db).intact


# -- the change counter --------------------------------------------------------------------


def test_head_seq_and_entities_changed_since(db: Database, admin: Actor) -> None:
    with db.read() as session:
        start = audit.head_seq(session)
        assert audit.entities_changed_since(session, start) == set()
    with db.unit() as session:
        _add(session, admin)
    with db.read() as session:
        assert audit.head_seq(session) == start + 1
        assert audit.entities_changed_since(session, start) == {"operator"}
    with db.unit() as session:
        update_settings(session, admin, office_name="示范市信访局", idle_lock_minutes=5)
    with db.read() as session:
        now = audit.head_seq(session)
        assert now == start + 3
        assert audit.entities_changed_since(session, start) == {"operator", "setting"}
        assert audit.entities_changed_since(session, start + 1) == {"setting"}
        assert audit.entities_changed_since(session, now) == set()
        assert audit.entities_changed_since(session, 0) >= {"operator", "setting"}


def test_head_seq_of_a_fresh_database_counts_the_key_binding(db: Database) -> None:
    rows = entries(db)
    assert [(r.action, r.entity_id, r.operator_login) for r in rows] == [
        ("setting.change", "key_fingerprint", "system")
    ]
    with db.read() as session:
        assert audit.head_seq(session) == 1
        assert audit.count_entries(session) == 1


# -- reading the log -----------------------------------------------------------------------


@pytest.fixture
def log(db: Database, staff: dict[Role, Actor]) -> list[AuditEntry]:
    admin = staff[Role.ADMINISTRATOR]
    for number in range(12):
        with db.unit() as session:
            write_setting(session, admin, f"office.note_{number:02d}", number)
    return entries(db)


def test_page_is_newest_first_and_paged_by_key(
    db: Database, staff: dict[Role, Actor], log: list[AuditEntry]
) -> None:
    director = staff[Role.DIRECTOR]
    newest_first = [row.seq for row in reversed(log)]
    seen: list[int] = []
    before: int | None = None
    with db.read() as session:
        while True:
            rows = audit.page(session, director, before_seq=before, limit=5)
            if not rows:
                break
            assert len(rows) <= 5
            seen += [row.seq for row in rows]
            before = rows[-1].seq
    assert seen == newest_first
    with db.read() as session:
        first = audit.page(session, director, limit=1)[0]
    assert (first.seq, first.action, first.entity_id) == (
        log[-1].seq,
        "setting.change",
        "office.note_11",
    )
    assert first.operator_login == "admin"


def test_page_filters_by_text(db: Database, staff: dict[Role, Actor], log: Any) -> None:
    admin = staff[Role.ADMINISTRATOR]
    with db.read() as session:
        by_entity = audit.page(session, admin, text="note_0")
        by_action = audit.page(session, admin, text="operator.add")
        by_login = audit.page(session, admin, text="system")
        nothing = audit.page(session, admin, text="no such thing")
    assert [r.entity_id for r in by_entity] == [f"office.note_{n:02d}" for n in range(9, -1, -1)]
    assert {r.action for r in by_action} == {"operator.add"}
    assert len(by_action) == 5  # the administrator and four colleagues
    # The key binding and the first administrator were the system's doing.
    assert [(r.operator_login, r.action) for r in by_login] == [
        ("system", "operator.add"),
        ("system", "setting.change"),
    ]
    assert nothing == []


def test_page_searches_for_wildcard_characters_literally(
    db: Database, staff: dict[Role, Actor], log: Any
) -> None:
    with db.read() as session:
        rows = audit.page(session, staff[Role.ADMINISTRATOR], text="%")
    assert rows == []


def test_page_search_ignores_case_on_both_databases(
    db: Database, staff: dict[Role, Actor], log: Any, request: pytest.FixtureRequest
) -> None:
    with db.read() as session:
        upper = audit.page(session, staff[Role.ADMINISTRATOR], text="OPERATOR.ADD")
    assert len(upper) == 5


def test_page_is_refused_to_those_who_may_not_read_the_audit(
    db: Database, staff: dict[Role, Actor], log: Any
) -> None:
    for role in (Role.RECEPTIONIST, Role.LODGING_CLERK, Role.PETITIONS_OFFICER):
        with db.read() as session, pytest.raises(NotPermitted):
            audit.page(session, staff[role])
    with db.read() as session:
        assert audit.page(session, staff[Role.DIRECTOR], limit=3)
        assert audit.page(session, staff[Role.ADMINISTRATOR], limit=3)
    with db.read() as session, pytest.raises(NotPermitted):
        audit.page(session, SYSTEM)
