"""Who is working at this desk, on which database: what the main window and its areas need."""

from __future__ import annotations

from dataclasses import dataclass

from reception.config import DeskConfig
from reception.core.security.operators import OperatorView
from reception.core.security.roles import Actor
from reception.db.database import Database


@dataclass
class DeskSession:
    """One operator's sign-in at this desk. Ends when the window closes or the desk locks
    and someone else signs in."""

    db: Database
    actor: Actor
    operator: OperatorView
    desk: DeskConfig
    language: str = "zh_CN"
