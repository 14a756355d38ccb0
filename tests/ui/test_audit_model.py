"""The audit log model and page: newest first, paged by key, translated actions."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex

from reception.core.security.roles import Actor, Role
from reception.core.settings import update_settings
from reception.db.database import Database
from reception.ui.audit_page import AuditPage
from reception.ui.live import ChangeWatcher
from reception.ui.models.audit_model import (
    AuditModel,
    action_text,
    change_text,
    local_time,
    shorten,
)

CHANGES = 230  # more than a page of 200


def _changes(db: Database, admin: Actor, count: int = CHANGES) -> None:
    """`count` audit rows through the settings service: the idle lock set to 1, 2, 3..."""
    with db.unit() as session:
        for minutes in range(1, count + 1):
            update_settings(session, admin, idle_lock_minutes=minutes % 240 + 1)


def _column(model: AuditModel, column: int) -> list[str]:
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _seqs(model: AuditModel) -> list[int]:
    return [model.index(row, 0).data(AuditModel.SEQ_ROLE) for row in range(model.rowCount())]


def test_pages_by_key_newest_first(db: Database, admin: Actor) -> None:
    _changes(db, admin)
    model = AuditModel(db, admin)
    model.reload()
    root = QModelIndex()
    assert model.rowCount() == 200
    assert model.canFetchMore(root)
    model.fetchMore(root)
    total = model.rowCount()
    assert total > CHANGES  # and the rows written when the administrator was created
    assert not model.canFetchMore(root)
    seqs = _seqs(model)
    assert seqs == sorted(seqs, reverse=True)
    assert len(set(seqs)) == total
    assert model.index(0, AuditModel.ACTION).data() == "Setting changed"
    assert model.index(0, AuditModel.OPERATOR).data() == "admin"
    assert model.index(0, AuditModel.RECORD).data() == "Setting idle_lock_minutes"
    assert model.index(0, AuditModel.DETAILS).data() == "idle_lock_minutes: 230 → 231"
    assert "Operator added" in _column(model, AuditModel.ACTION)[-3:]
    assert _column(model, AuditModel.OPERATOR)[-1] == "system"  # the key bound at opening


def test_new_rows_come_on_top(db: Database, staff: dict[Role, Actor]) -> None:
    admin = staff[Role.ADMINISTRATOR]
    model = AuditModel(db, admin)
    model.reload()
    before = model.rowCount()
    _changes(db, admin, 3)
    assert model.add_newer() == 3
    assert model.rowCount() == before + 3
    assert _seqs(model) == sorted(_seqs(model), reverse=True)


def test_the_search_text_filters(db: Database, staff: dict[Role, Actor]) -> None:
    admin = staff[Role.ADMINISTRATOR]
    _changes(db, admin, 2)
    model = AuditModel(db, admin)
    model.reload("idle_lock")
    assert _column(model, AuditModel.RECORD) == ["Setting idle_lock_minutes"] * 2


def test_texts() -> None:
    assert action_text("operator.disable") == "Operator disabled"
    assert action_text("visit.check_in") == "Slip scanned: checked in"
    assert action_text("lodging.future") == "lodging.future"  # unknown codes as they are
    before, after = '{"active":true,"role":"director"}', '{"active":false,"role":"director"}'
    assert change_text(before, after) == "active: true → false"
    assert change_text(None, '{"login":"lisi","role":"director"}') == "login: lisi; role: director"
    assert change_text(None, None) == ""
    assert shorten("x" * 100, 10) == "x" * 9 + "…"
    stamp = local_time(datetime(2026, 11, 25, 1, 2, 3, tzinfo=UTC))
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:03", stamp)


def test_scrolling_near_the_bottom_loads_more(qtbot: QtBot, db: Database, admin: Actor) -> None:
    _changes(db, admin)
    page = AuditPage(db, admin)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 200
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum() - 5)
    qtbot.waitUntil(lambda: page.model.rowCount() > 200)
    assert not page.model.canFetchMore(QModelIndex())


def test_the_page_searches_off_the_gui_thread(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    admin = staff[Role.ADMINISTRATOR]
    page = AuditPage(db, admin)
    qtbot.addWidget(page)
    assert "Operator added" in _column(page.model, AuditModel.ACTION)
    qtbot.keyClicks(page.search_edit, "operator.add")
    qtbot.waitUntil(lambda: page.model.search_text == "operator.add", timeout=3000)
    assert _column(page.model, AuditModel.ACTION) == ["Operator added"] * len(staff)
    assert sorted(_column(page.model, AuditModel.RECORD)) == sorted(
        f"Operator {actor.operator_id}" for actor in staff.values()
    )


def test_the_page_shows_changes_on_top(qtbot: QtBot, db: Database, admin: Actor) -> None:
    watcher = ChangeWatcher(db, interval_ms=50)
    page = AuditPage(db, admin, watcher)
    qtbot.addWidget(page)
    watcher.start()
    _changes(db, admin, 1)
    qtbot.waitUntil(
        lambda: page.model.index(0, AuditModel.ACTION).data() == "Setting changed", timeout=2000
    )
    watcher.stop()
