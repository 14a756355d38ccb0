"""Helpers for the desk's UI tests: signing in through the service, building a session."""

from __future__ import annotations

from reception.config import DeskConfig
from reception.core.security.operators import SignIn, authenticate
from reception.db.database import Database
from reception.ui.session import DeskSession

ADMIN_PASSWORD = "admin-pass-1"
PASSWORD = "desk-pass-1"


def sign_in(db: Database, login: str, password: str) -> SignIn:
    with db.unit() as session:
        result = authenticate(session, login, password)
    assert result.error is None, result.error
    return result


def desk_session(db: Database, login: str = "admin", password: str = ADMIN_PASSWORD) -> DeskSession:
    result = sign_in(db, login, password)
    assert result.actor is not None and result.operator is not None
    desk = DeskConfig(desk_name="一号台", counter=3)
    return DeskSession(db, result.actor, result.operator, desk, "zh_CN")
