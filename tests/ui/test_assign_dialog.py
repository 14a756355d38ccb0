"""The proposal of rooms as the clerk sees it: change a room, give a reason, book them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, update

from PySide6.QtCore import Qt

from reception.core.lodging.models import Guest, Stay
from reception.core.lodging.rooms import RoomForm, add_room
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.lodging.assign_dialog import NEEDS, REASON, ROOM, AssignDialog
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session
from tests.unit.lodging_support import delegation, guest


@pytest.fixture
def desk(db: Database, staff: dict[Role, Actor]) -> DeskSession:
    return desk_session(db, "lodging_clerk", PASSWORD)


def _stays(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Stay)) or 0


def test_the_clerk_books_the_proposal_with_a_reason_for_the_suite(
    qtbot: QtBot, db: Database, desk: DeskSession, chinese: None
) -> None:
    with db.unit() as session:
        add_room(session, desk.actor, RoomForm("301", "standard", 1))
        suite = add_room(session, desk.actor, RoomForm("801", "ordinary_suite", 1))
    team = delegation(db)
    head = guest(db, "王处长", rank="county_chief", delegation_id=team)
    guest(db, "李科员", rank="staff", delegation_id=team)
    with db.unit() as session:
        session.execute(update(Guest).where(Guest.id == head).values(is_head=True))
    dialog = AssignDialog(desk, team)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "★ 王处长"
    assert model.index(0, ROOM).data() == "301"
    assert model.index(1, ROOM).data() == "801"  # only the suite is left: above the standard
    assert model.index(1, 5).data() == "超出接待标准，须填写理由"
    dialog.confirm()
    assert dialog.result() == 0 and "理由" in dialog.error.text()
    assert dialog.table.currentIndex().column() == REASON
    assert _stays(db) == 0
    model.setData(model.index(1, REASON), "标准间已满", Qt.ItemDataRole.EditRole)
    dialog.confirm()
    assert dialog.booked == 2
    with db.read() as session:
        reason = session.scalar(select(Stay.exception_reason).where(Stay.room_id == suite.id))
    assert reason == "标准间已满"


def test_choosing_no_room_leaves_the_guest_out(
    qtbot: QtBot, db: Database, desk: DeskSession, chinese: None
) -> None:
    with db.unit() as session:
        add_room(session, desk.actor, RoomForm("301", "standard", 1))
        add_room(session, desk.actor, RoomForm("302", "standard", 1))
    team = delegation(db)
    guest(db, "甲", rank="staff", delegation_id=team)
    guest(db, "乙", rank="staff", delegation_id=team)
    dialog = AssignDialog(desk, team)
    qtbot.addWidget(dialog)
    dialog.model.setData(dialog.model.index(1, ROOM), None, Qt.ItemDataRole.EditRole)
    assert dialog.model.index(1, ROOM).data() == "未安排"
    assert "2 位客人中已安排 1 位" in dialog.summary.text()
    dialog.confirm()
    assert _stays(db) == 1


def test_the_proposal_shows_each_guests_needs(
    qtbot: QtBot, db: Database, desk: DeskSession, chinese: None
) -> None:
    with db.unit() as session:
        add_room(session, desk.actor, RoomForm("301", "standard", 1))
        add_room(session, desk.actor, RoomForm("302", "standard", 1))
    team = delegation(db)
    guest(db, "马先生", rank="staff", delegation_id=team, halal=True, allergies="花生")
    guest(db, "牛先生", rank="staff", delegation_id=team)
    dialog = AssignDialog(desk, team)
    qtbot.addWidget(dialog)
    needs = {
        dialog.model.index(row, 0).data(): dialog.model.index(row, NEEDS).data()
        for row in range(dialog.model.rowCount())
    }
    assert "清真餐" in needs["马先生"] and "花生" in needs["马先生"]
    assert needs["牛先生"] == ""
