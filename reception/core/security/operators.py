"""Operators: first set-up, sign-in, and the administrator's work on accounts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reception.core.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    NotFound,
    NotPermitted,
)
from reception.core.security.audit import lock_chain, record
from reception.core.security.models import Operator
from reception.core.security.passwords import (
    check_password_rules,
    hash_password,
    needs_rehash,
    password_matches,
)
from reception.core.security.roles import SYSTEM, Actor, Permission, Role
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.base import utcnow

LOGIN_PATTERN = re.compile(r"^[A-Za-z0-9._\-\u4e00-\u9fff]{2,40}$")


@dataclass(frozen=True)
class OperatorView:
    id: int
    login: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool


def _view(op: Operator) -> OperatorView:
    return OperatorView(
        op.id, op.login, op.display_name, Role(op.role), op.active, op.must_change_password
    )


def _snapshot(op: Operator) -> dict[str, object]:
    return {
        "login": op.login,
        "display_name": op.display_name,
        "role": op.role,
        "active": op.active,
    }


def _check_login(login: str) -> str:
    login = login.strip()
    if not LOGIN_PATTERN.match(login):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A sign-in name has 2 to 40 letters, digits, Chinese characters, dots, "
                "dashes or underscores.",
            )
        )
    return login


def _check_display_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > 40:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A name must have 1 to 40 characters."))
    return name


def _role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no role {role}; the roles are receptionist, lodging_clerk, "
                "petitions_officer, director and administrator.",
            ),
            role=str(value),
        ) from None


def authorize(session: Session, actor: Actor, permission: Permission) -> None:
    """Check a permission against the operator as the database knows them now: one
    disabled or given another role at another desk loses the old rights at once."""
    actor.require(permission)
    if actor.operator_id is None:
        return
    lock_chain(session)
    op = session.get(Operator, actor.operator_id, populate_existing=True)
    if op is None or not op.active:
        raise NotPermitted(
            QT_TRANSLATE_NOOP("Errors", "The operator {login} is disabled."), login=actor.login
        )
    Actor(op.id, op.login, Role(op.role)).require(permission)


def operator_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Operator)) or 0


def _find(session: Session, login: str) -> Operator:
    op = session.scalar(select(Operator).where(Operator.login == login.strip()))
    if op is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no operator {login}."), login=login)
    return op


def _insert(
    session: Session, actor: Actor, login: str, display_name: str, role: Role, password: str
) -> Operator:
    login, display_name = _check_login(login), _check_display_name(display_name or login)
    check_password_rules(password)
    if session.scalar(select(Operator.id).where(Operator.login == login)) is not None:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "There is already an operator {login}."), login=login
        )
    op = Operator(
        login=login,
        display_name=display_name,
        role=role.value,
        password_hash=hash_password(password),
        active=True,
        must_change_password=False,
        failed_logins=0,
        created_at=utcnow(),
    )
    session.add(op)
    session.flush()
    record(session, actor, "operator.add", "operator", op.id, None, _snapshot(op))
    return op


def create_first_administrator(
    session: Session, login: str, display_name: str, password: str
) -> OperatorView:
    """The first start's account. Refused once any operator exists."""
    if operator_count(session):
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "This database already has operators; sign in instead.")
        )
    return _view(_insert(session, SYSTEM, login, display_name, Role.ADMINISTRATOR, password))


def add_operator(
    session: Session,
    actor: Actor,
    login: str,
    display_name: str,
    role: str | Role,
    password: str,
    *,
    must_change_password: bool = True,
) -> OperatorView:
    authorize(session, actor, Permission.MANAGE_OPERATORS)
    op = _insert(session, actor, login, display_name, _role(role), password)
    op.must_change_password = must_change_password
    return _view(op)


def list_operators(session: Session, actor: Actor) -> list[OperatorView]:
    authorize(session, actor, Permission.MANAGE_OPERATORS)
    return [_view(op) for op in session.scalars(select(Operator).order_by(Operator.login))]


def signed_in_names(session: Session) -> list[str]:
    """Sign-in names of active operators, offered in the login dialog's list."""
    return list(
        session.scalars(select(Operator.login).where(Operator.active).order_by(Operator.login))
    )


def _active_administrators(session: Session) -> int:
    query = select(func.count()).where(Operator.role == Role.ADMINISTRATOR, Operator.active)
    return session.scalar(query) or 0


def set_active(session: Session, actor: Actor, login: str, active: bool) -> OperatorView:
    """Disable or enable an operator. The last active administrator stays."""
    authorize(session, actor, Permission.MANAGE_OPERATORS)
    op = _find(session, login)
    if op.active == active:
        return _view(op)
    if not active and op.id == actor.operator_id:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "You cannot disable your own account."))
    if not active and op.role == Role.ADMINISTRATOR and _active_administrators(session) <= 1:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "The last active administrator cannot be disabled.")
        )
    before = _snapshot(op)
    op.active = active
    action = "operator.enable" if active else "operator.disable"
    record(session, actor, action, "operator", op.id, before, _snapshot(op))
    return _view(op)


def change_role(session: Session, actor: Actor, login: str, role: str | Role) -> OperatorView:
    authorize(session, actor, Permission.MANAGE_OPERATORS)
    op, new_role = _find(session, login), _role(role)
    if op.role == new_role:
        return _view(op)
    if op.role == Role.ADMINISTRATOR and op.active and _active_administrators(session) <= 1:
        raise Conflict(
            QT_TRANSLATE_NOOP("Errors", "The last active administrator must stay administrator.")
        )
    before = _snapshot(op)
    op.role = new_role.value
    record(session, actor, "operator.role", "operator", op.id, before, _snapshot(op))
    return _view(op)


def reset_password(session: Session, actor: Actor, login: str, new_password: str) -> OperatorView:
    """An administrator sets a new password; the operator must change it at next sign-in."""
    authorize(session, actor, Permission.MANAGE_OPERATORS)
    op = _find(session, login)
    check_password_rules(new_password)
    op.password_hash = hash_password(new_password)
    op.must_change_password = op.id != actor.operator_id
    op.failed_logins = 0
    record(session, actor, "operator.password_reset", "operator", op.id)
    return _view(op)


def change_own_password(
    session: Session, actor: Actor, old_password: str, new_password: str
) -> None:
    op = session.get(Operator, actor.operator_id)
    if op is None or not password_matches(op.password_hash, old_password):
        raise AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "The current password is wrong."))
    check_password_rules(new_password)
    if new_password == old_password:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The new password must differ from the old one.")
        )
    op.password_hash = hash_password(new_password)
    op.must_change_password = False
    record(session, actor, "operator.password_change", "operator", op.id)


def _wrong() -> AuthenticationFailed:
    return AuthenticationFailed(QT_TRANSLATE_NOOP("Errors", "Wrong sign-in name or password."))


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in. A miss is counted and audited, so it is returned rather
    than raised: the caller commits the unit of work, then raises `error`."""

    actor: Actor | None
    operator: OperatorView | None
    error: AuthenticationFailed | None


_DUMMY_HASH: list[str] = []


def authenticate(session: Session, login: str, password: str) -> SignIn:
    op = session.scalar(select(Operator).where(Operator.login == login.strip()))
    if op is None:
        if not _DUMMY_HASH:
            _DUMMY_HASH.append(hash_password("not a password"))
        password_matches(_DUMMY_HASH[0], password)  # the same time for a wrong name
        return SignIn(None, None, _wrong())
    if not password_matches(op.password_hash, password):
        op.failed_logins += 1
        record(session, SYSTEM, "operator.sign_in_failed", "operator", op.id)
        return SignIn(None, None, _wrong())
    if not op.active:
        error = AuthenticationFailed(
            QT_TRANSLATE_NOOP("Errors", "The operator {login} is disabled."), login=op.login
        )
        return SignIn(None, None, error)
    if needs_rehash(op.password_hash):
        op.password_hash = hash_password(password)
    op.failed_logins = 0
    op.last_login_at = utcnow()
    actor = Actor(op.id, op.login, Role(op.role))
    record(session, actor, "operator.sign_in", "operator", op.id)
    return SignIn(actor, _view(op), None)


def actor_for(session: Session, login: str) -> Actor:
    """The actor of an active operator, for checks that already proved who it is."""
    op = _find(session, login)
    return Actor(op.id, op.login, Role(op.role))
