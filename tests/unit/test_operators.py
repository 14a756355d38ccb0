"""Operators (reception.core.security.operators, passwords, roles): first set-up, sign-in,
password rules, the administrator's safeguards, and who may do what."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from reception.core.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    NotFound,
    NotPermitted,
)
from reception.core.security import audit
from reception.core.security.models import AuditEntry, Operator
from reception.core.security.operators import (
    actor_for,
    add_operator,
    authenticate,
    change_own_password,
    change_role,
    create_first_administrator,
    list_operators,
    operator_count,
    reset_password,
    set_active,
    signed_in_names,
)
from reception.core.security.passwords import (
    MAX_LENGTH,
    MIN_LENGTH,
    check_password_rules,
    hash_password,
    password_matches,
)
from reception.core.security.roles import GRANTS, SYSTEM, Actor, Permission, Role
from reception.core.settings import load_settings, update_settings
from reception.core.text import Phrase
from reception.db.database import Database

ADMIN_PASSWORD = "admin-pass-1"  # as in conftest
PASSWORD = "desk-pass-1"


def operator(db: Database, login: str) -> Operator:
    with db.read() as session:
        found = session.scalar(select(Operator).where(Operator.login == login))
        assert found is not None
        return found


def actions_since(db: Database, seq: int) -> list[tuple[str, str]]:
    with db.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.seq > seq)).all()
        return [(row.action, row.operator_login) for row in rows]


def head(db: Database) -> int:
    with db.read() as session:
        return audit.head_seq(session)


def sign_in(db: Database, login: str, password: str) -> Any:
    with db.unit() as session:
        return authenticate(session, login, password)


# -- the first administrator ---------------------------------------------------------------


def test_the_first_administrator_is_made_once(db: Database) -> None:
    with db.unit() as session:
        view = create_first_administrator(session, "admin", "管理员", ADMIN_PASSWORD)
    assert (view.login, view.display_name, view.role, view.active) == (
        "admin",
        "管理员",
        Role.ADMINISTRATOR,
        True,
    )
    assert view.must_change_password is False
    before = head(db)
    with pytest.raises(Conflict), db.unit() as session:
        create_first_administrator(session, "second", "第二", ADMIN_PASSWORD)
    with db.read() as session:
        assert operator_count(session) == 1
    assert head(db) == before


def test_the_first_administrator_is_audited_as_the_systems_doing(db: Database) -> None:
    before = head(db)
    with db.unit() as session:
        create_first_administrator(session, "admin", "", ADMIN_PASSWORD)
    assert actions_since(db, before) == [("operator.add", "system")]
    assert operator(db, "admin").display_name == "admin"  # defaults to the sign-in name


@pytest.mark.parametrize(
    ("login", "password"),
    [("a", ADMIN_PASSWORD), ("has space", ADMIN_PASSWORD), ("admin", "short")],
)
def test_a_refused_first_administrator_writes_nothing(
    db: Database, login: str, password: str
) -> None:
    before = head(db)
    with pytest.raises(InvalidInput), db.unit() as session:
        create_first_administrator(session, login, "", password)
    with db.read() as session:
        assert operator_count(session) == 0
    assert head(db) == before


# -- adding operators ----------------------------------------------------------------------


def test_add_operator_stores_an_argon2id_hash_with_its_own_salt(db: Database, admin: Actor) -> None:
    with db.unit() as session:
        view = add_operator(session, admin, "zhang.san", "张三", "receptionist", PASSWORD)
        add_operator(session, admin, "li.si", "李四", Role.DIRECTOR, PASSWORD)
    assert view.role is Role.RECEPTIONIST and view.must_change_password
    first, second = operator(db, "zhang.san"), operator(db, "li.si")
    assert first.password_hash.startswith("$argon2id$")
    assert operator(db, "admin").password_hash.startswith("$argon2id$")
    assert first.password_hash != second.password_hash  # random salt
    assert PASSWORD not in first.password_hash
    assert password_matches(first.password_hash, PASSWORD)
    assert not password_matches(first.password_hash, PASSWORD + "x")


@pytest.mark.parametrize(
    ("login", "role", "error"),
    [
        ("admin", "receptionist", Conflict),  # taken
        (" admin ", "receptionist", Conflict),  # the same name once trimmed
        ("x", "receptionist", InvalidInput),
        ("a" * 41, "receptionist", InvalidInput),
        ("bad/name", "receptionist", InvalidInput),
        ("new.one", "janitor", InvalidInput),
    ],
)
def test_add_operator_refuses_bad_input_and_writes_nothing(
    db: Database, admin: Actor, login: str, role: str, error: type[Exception]
) -> None:
    before = head(db)
    with pytest.raises(error), db.unit() as session:
        add_operator(session, admin, login, "", role, PASSWORD)
    with db.read() as session:
        assert operator_count(session) == 1
    assert head(db) == before


def test_chinese_sign_in_names_are_accepted(db: Database, admin: Actor) -> None:
    with db.unit() as session:
        add_operator(session, admin, "王芳", "王芳", Role.RECEPTIONIST, PASSWORD)
    assert sign_in(db, "王芳", PASSWORD).actor is not None


# -- signing in ----------------------------------------------------------------------------


def test_sign_in_with_the_right_password(db: Database, admin: Actor) -> None:
    before = head(db)
    result = sign_in(db, "admin", ADMIN_PASSWORD)
    assert result.error is None
    assert result.actor == admin
    assert result.operator is not None and result.operator.login == "admin"
    stored = operator(db, "admin")
    assert stored.last_login_at is not None
    assert actions_since(db, before) == [("operator.sign_in", "admin")]


def test_sign_in_trims_the_name(db: Database, admin: Actor) -> None:
    assert sign_in(db, "  admin ", ADMIN_PASSWORD).actor == admin


def test_a_wrong_password_is_returned_counted_and_audited(db: Database, admin: Actor) -> None:
    before = head(db)
    with db.unit() as session:
        result = authenticate(session, "admin", "wrong-password")  # returns, does not raise
    assert result.actor is None and result.operator is None
    assert isinstance(result.error, AuthenticationFailed)
    assert result.error.exit_code == 8
    assert operator(db, "admin").failed_logins == 1
    assert actions_since(db, before) == [("operator.sign_in_failed", "system")]
    sign_in(db, "admin", "wrong-again")
    assert operator(db, "admin").failed_logins == 2
    # A good sign-in clears the count.
    sign_in(db, "admin", ADMIN_PASSWORD)
    assert operator(db, "admin").failed_logins == 0


def test_a_wrong_password_is_not_counted_if_the_caller_rolls_back(
    db: Database, admin: Actor
) -> None:
    before = head(db)
    with pytest.raises(RuntimeError), db.unit() as session:
        authenticate(session, "admin", "wrong-password")
        raise RuntimeError("abandoned")
    assert operator(db, "admin").failed_logins == 0
    assert head(db) == before


def test_an_unknown_name_reads_like_a_wrong_password_and_writes_nothing(
    db: Database, admin: Actor
) -> None:
    before = head(db)
    unknown = sign_in(db, "nobody", ADMIN_PASSWORD)
    wrong = sign_in(db, "admin", "wrong-password")
    assert unknown.actor is None and isinstance(unknown.error, AuthenticationFailed)
    assert unknown.error.render() == wrong.error.render()  # no hint which names exist
    assert actions_since(db, before) == [("operator.sign_in_failed", "system")]  # wrong only


def test_a_disabled_operator_cannot_sign_in(db: Database, staff: dict[Role, Actor]) -> None:
    with db.unit() as session:
        set_active(session, staff[Role.ADMINISTRATOR], "receptionist", False)
    result = sign_in(db, "receptionist", PASSWORD)
    assert result.actor is None
    assert isinstance(result.error, AuthenticationFailed)
    assert "receptionist" in result.error.render()
    assert "receptionist" not in signed_in_names_now(db)
    with db.unit() as session:
        set_active(session, staff[Role.ADMINISTRATOR], "receptionist", True)
    assert sign_in(db, "receptionist", PASSWORD).actor == staff[Role.RECEPTIONIST]


def signed_in_names_now(db: Database) -> list[str]:
    with db.read() as session:
        return signed_in_names(session)


def test_signed_in_names_lists_active_operators_in_order(
    db: Database, staff: dict[Role, Actor]
) -> None:
    assert signed_in_names_now(db) == sorted(actor.login for actor in staff.values())


def test_an_outdated_hash_is_upgraded_at_sign_in(db: Database, admin: Actor) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(ADMIN_PASSWORD)
    with db.unit() as session:
        session.execute(
            update(Operator).where(Operator.login == "admin").values(password_hash=weak)
        )
    assert sign_in(db, "admin", ADMIN_PASSWORD).actor == admin
    upgraded = operator(db, "admin").password_hash
    assert upgraded != weak and upgraded.startswith("$argon2id$")
    assert upgraded.split("$")[3] == hash_password("x").split("$")[3]  # today's parameters
    assert sign_in(db, "admin", ADMIN_PASSWORD).actor == admin


def test_a_malformed_stored_hash_fails_the_sign_in_quietly(db: Database, admin: Actor) -> None:
    with db.unit() as session:
        session.execute(
            update(Operator).where(Operator.login == "admin").values(password_hash="garbage")
        )
    result = sign_in(db, "admin", ADMIN_PASSWORD)
    assert result.actor is None and isinstance(result.error, AuthenticationFailed)


# -- passwords -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "password",
    [
        "a" * MIN_LENGTH,
        "a" * MAX_LENGTH,
        "correct horse battery",
        "密码是八个汉字啊",
        "Pa$$w0rd!",
    ],
)
def test_good_passwords_pass_the_rules(password: str) -> None:
    check_password_rules(password)


@pytest.mark.parametrize(
    "password",
    [
        "",
        "a" * (MIN_LENGTH - 1),
        "a" * (MAX_LENGTH + 1),
        " leading-space",
        "trailing-space ",
        "tab\tinside-it",
        "new\nline-in-it",
        "nul\x00inside-it",
    ],
)
def test_bad_passwords_are_refused(password: str) -> None:
    with pytest.raises(InvalidInput):
        check_password_rules(password)


def test_reset_password_makes_the_operator_change_it(
    db: Database, staff: dict[Role, Actor]
) -> None:
    admin = staff[Role.ADMINISTRATOR]
    sign_in(db, "receptionist", "wrong-password")
    with db.unit() as session:
        view = reset_password(session, admin, "receptionist", "fresh-pass-1")
    assert view.must_change_password is True
    assert operator(db, "receptionist").failed_logins == 0
    assert sign_in(db, "receptionist", PASSWORD).actor is None
    assert sign_in(db, "receptionist", "fresh-pass-1").actor == staff[Role.RECEPTIONIST]
    with db.unit() as session:  # one's own password: no need to change it again
        assert (
            reset_password(session, admin, "admin", "fresh-admin-1").must_change_password is False
        )
    with pytest.raises(InvalidInput), db.unit() as session:
        reset_password(session, admin, "receptionist", "short")
    with pytest.raises(NotFound), db.unit() as session:
        reset_password(session, admin, "nobody", "fresh-pass-1")


def test_change_own_password(db: Database, staff: dict[Role, Actor]) -> None:
    clerk = staff[Role.LODGING_CLERK]
    before = head(db)
    with pytest.raises(AuthenticationFailed), db.unit() as session:
        change_own_password(session, clerk, "not-my-password", "fresh-pass-1")
    with pytest.raises(InvalidInput), db.unit() as session:
        change_own_password(session, clerk, PASSWORD, PASSWORD)
    with pytest.raises(InvalidInput), db.unit() as session:
        change_own_password(session, clerk, PASSWORD, "short")
    assert head(db) == before
    with db.unit() as session:
        change_own_password(session, clerk, PASSWORD, "fresh-pass-1")
    assert actions_since(db, before) == [("operator.password_change", "lodging_clerk")]
    assert operator(db, "lodging_clerk").must_change_password is False
    assert sign_in(db, "lodging_clerk", "fresh-pass-1").actor == clerk


# -- the administrator's safeguards --------------------------------------------------------


@pytest.fixture
def two_admins(db: Database, admin: Actor) -> tuple[Actor, Actor]:
    with db.unit() as session:
        view = add_operator(session, admin, "admin2", "副管理员", Role.ADMINISTRATOR, PASSWORD)
    return admin, Actor(view.id, view.login, Role.ADMINISTRATOR)


def test_no_one_can_disable_their_own_account(db: Database, two_admins: Any) -> None:
    first, _second = two_admins
    with pytest.raises(Conflict), db.unit() as session:
        set_active(session, first, "admin", False)
    assert operator(db, "admin").active


def test_the_last_active_administrator_cannot_be_demoted(db: Database, admin: Actor) -> None:
    before = head(db)
    with pytest.raises(Conflict), db.unit() as session:
        change_role(session, admin, "admin", Role.DIRECTOR)
    assert operator(db, "admin").role == "administrator"
    assert head(db) == before


def test_with_two_administrators_one_may_be_demoted_but_not_the_other(
    db: Database, two_admins: Any
) -> None:
    first, _second = two_admins
    with db.unit() as session:
        change_role(session, first, "admin2", Role.DIRECTOR)
    assert operator(db, "admin2").role == "director"
    with pytest.raises(Conflict), db.unit() as session:
        change_role(session, first, "admin", Role.RECEPTIONIST)


def test_the_last_active_administrator_cannot_be_disabled(db: Database, two_admins: Any) -> None:
    """The second administrator, still signed in at another desk, was disabled meanwhile;
    they try to disable the first, now the only active administrator."""
    first, second = two_admins
    with db.unit() as session:
        set_active(session, first, "admin2", False)
    # Conflict today; NotPermitted would do as well once a disabled actor is refused.
    with pytest.raises((Conflict, NotPermitted)), db.unit() as session:
        set_active(session, second, "admin", False)
    assert operator(db, "admin").active


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Poll until `condition` holds (like qtbot.waitUntil), failing after `timeout` s."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        pause.wait(0.005)


def test_two_administrators_disabling_each_other_at_once_leave_one_active(
    db: Database, two_admins: Any, request: pytest.FixtureRequest
) -> None:
    """Two desks: the first administrator disables the second while the second disables the
    first. Whatever the order, one active administrator must remain."""
    first, second = two_admins
    pid: list[int] = []
    outcome: list[BaseException | None] = []

    def other_desk() -> None:
        try:
            with db.unit() as session:
                if not db.is_sqlite:
                    pid.append(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
                set_active(session, second, "admin", False)
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    with db.unit() as session:
        set_active(session, first, "admin2", False)  # holds the audit head until commit
        thread = threading.Thread(target=other_desk)
        thread.start()
        if not db.is_sqlite:  # let the other desk get as far as the audit head's lock

            def other_desk_waits() -> bool:
                if not pid:
                    return False
                query = text("SELECT wait_event_type FROM pg_stat_activity WHERE pid = :pid")
                with db.engine.connect() as probe:
                    return probe.execute(query, {"pid": pid[0]}).scalar() == "Lock"

            wait_until(other_desk_waits)
    thread.join(timeout=30)
    assert not thread.is_alive()
    with db.read() as session:
        active = session.scalars(
            select(Operator.login).where(Operator.role == "administrator", Operator.active)
        ).all()
    assert len(active) == 1, f"active administrators left: {active}, other desk: {outcome}"


def test_a_disabled_administrator_does_not_count(db: Database, two_admins: Any) -> None:
    first, _second = two_admins
    with db.unit() as session:
        set_active(session, first, "admin2", False)
    with pytest.raises(Conflict), db.unit() as session:
        change_role(session, first, "admin", Role.DIRECTOR)
    # The disabled one may be demoted: it is not what keeps the office running.
    with db.unit() as session:
        change_role(session, first, "admin2", Role.RECEPTIONIST)


def test_a_disabled_administrator_can_no_longer_manage_operators(
    db: Database, two_admins: Any
) -> None:
    first, second = two_admins
    with db.unit() as session:
        set_active(session, first, "admin2", False)
    with pytest.raises((NotPermitted, AuthenticationFailed)), db.unit() as session:
        add_operator(session, second, "intruder", "", Role.ADMINISTRATOR, PASSWORD)


def test_actor_for_names_the_operator_in_the_database(db: Database, admin: Actor) -> None:
    with db.read() as session:
        assert actor_for(session, "admin") == admin
        with pytest.raises(NotFound):
            actor_for(session, "nobody")


# -- who may do what -----------------------------------------------------------------------

Service = Callable[[Session, Actor], Any]
SERVICES: dict[str, Service] = {
    "add_operator": lambda s, a: add_operator(
        s, a, "newcomer", "新人", Role.RECEPTIONIST, PASSWORD
    ),
    "list_operators": lambda s, a: list_operators(s, a),
    "disable_operator": lambda s, a: set_active(s, a, "lodging_clerk", False),
    "enable_operator": lambda s, a: set_active(s, a, "lodging_clerk", True),
    "change_role": lambda s, a: change_role(s, a, "lodging_clerk", Role.DIRECTOR),
    "reset_password": lambda s, a: reset_password(s, a, "lodging_clerk", "fresh-pass-1"),
    "update_settings": lambda s, a: update_settings(s, a, office_name="示范市信访局"),
    "read_audit": lambda s, a: audit.page(s, a, limit=5),
}
MAY: dict[Role, set[str]] = {
    Role.ADMINISTRATOR: set(SERVICES),
    Role.DIRECTOR: {"read_audit"},
    Role.RECEPTIONIST: set(),
    Role.LODGING_CLERK: set(),
    Role.PETITIONS_OFFICER: set(),
}


class _Undo(Exception):
    """Raised to roll a unit back after a permitted call, so the next call starts afresh."""


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_use_exactly_its_services(
    db: Database, staff: dict[Role, Actor], role: Role
) -> None:
    actor = staff[role]
    before = head(db)
    permitted = set()
    for name, service in SERVICES.items():
        try:
            with db.unit() as session:
                service(session, actor)
                raise _Undo
        except _Undo:
            permitted.add(name)
        except NotPermitted as refusal:
            assert refusal.exit_code == 5
            assert "{action}" in refusal.text and refusal.values["action"]
    assert permitted == MAY[role]
    assert head(db) == before
    with db.read() as session:
        assert load_settings(session).office_name == ""


def test_a_refusal_names_what_the_role_may_not_do(staff: dict[Role, Actor]) -> None:
    with pytest.raises(NotPermitted) as caught:
        staff[Role.RECEPTIONIST].require(Permission.MANAGE_OPERATORS)
    assert caught.value.render() == "Your role may not manage operators."


def test_the_grants_give_operators_and_settings_to_the_administrator_alone() -> None:
    assert set(GRANTS) == set(Role)
    holders = {p: {r for r in Role if p in GRANTS[r]} for p in Permission}
    assert holders[Permission.MANAGE_OPERATORS] == {Role.ADMINISTRATOR}
    assert holders[Permission.MANAGE_SETTINGS] == {Role.ADMINISTRATOR}
    assert holders[Permission.BACKUP] == {Role.ADMINISTRATOR}
    assert holders[Permission.READ_AUDIT] == {Role.ADMINISTRATOR, Role.DIRECTOR}
    assert holders[Permission.SEE_PETITIONER_DETAILS] == {
        Role.PETITIONS_OFFICER,
        Role.DIRECTOR,
    }
    assert not any(SYSTEM.may(p) for p in Permission)  # the system signs nothing in
    for permission in Permission:
        label = permission.label
        assert isinstance(label, Phrase) and label and label.context == "Permissions"
    for role in Role:
        label = role.label
        assert isinstance(label, Phrase) and label and label.context == "Roles"


def test_every_role_may_change_its_own_password(db: Database, staff: dict[Role, Actor]) -> None:
    for role, actor in staff.items():
        old = ADMIN_PASSWORD if role is Role.ADMINISTRATOR else PASSWORD
        with db.unit() as session:
            change_own_password(session, actor, old, "fresh-pass-1")
