"""The administrator's reception standards: what is stored is shown, valid changes are saved
in one go, a refusal saves nothing, and only the administrator may change them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from reception.core.lodging.standards import (
    ChecklistDefault,
    LodgingSettings,
    load_lodging_settings,
)
from reception.core.ranks import RANK_LABELS, Rank
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.lodging.standards_dialog import ChecklistDefaultsModel, StandardsDialog


def _dialog(qtbot: QtBot, db: Database, actor: Actor) -> StandardsDialog:
    dialog = StandardsDialog(db, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _stored(db: Database) -> LodgingSettings:
    with db.read() as session:
        return load_lodging_settings(session)


def _changes(db: Database) -> int:
    with db.read() as session:
        query = select(func.count()).where(AuditEntry.action == "setting.change")
        return int(session.scalar(query) or 0)


def _save(qtbot: QtBot, dialog: StandardsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _edit(model: ChecklistDefaultsModel, row: int, column: int, value: object) -> None:
    assert model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole)


def _choose(dialog: StandardsDialog, room_type: str, rank: Rank) -> None:
    combo = dialog.min_rank[room_type]
    combo.setCurrentIndex(combo.findData(rank.value))


def test_shows_the_stored_standards(qtbot: QtBot, db: Database, admin: Actor) -> None:
    dialog = _dialog(qtbot, db, admin)
    defaults = LodgingSettings()
    assert dialog.min_rank["ordinary_suite"].currentData() == "provincial_deputy"
    assert dialog.min_rank["standard"].currentData() == "other"
    assert dialog.alone_from.currentData() == defaults.alone_from
    combo = dialog.alone_from
    assert [combo.itemData(i) for i in range(combo.count())] == [r.value for r in Rank]
    assert dialog.arrival_time.time() == QTime(14, 0)
    assert dialog.checkout_time.time() == QTime(12, 0)
    assert dialog.breakfast.text() == defaults.breakfast
    assert dialog.checklist.rows() == list(defaults.checklist)
    assert dialog.settings() == defaults  # unchanged, the dialog gives back what it read


class _Chinese(QTranslator):
    """Rank names in context "Ranks", as the desk's translation has them."""

    def translate(self, context: str, source: str, *args: Any) -> str:  # type: ignore[override]
        if context == "Ranks" and source == RANK_LABELS[Rank.PROVINCIAL_DEPUTY]:
            return "省部级副职"
        return source


@pytest.fixture
def chinese_ranks(qapp: QCoreApplication) -> Iterator[None]:
    translator = _Chinese()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_ranks_are_named_in_the_ranks_context(
    qtbot: QtBot, db: Database, admin: Actor, chinese_ranks: None
) -> None:
    dialog = _dialog(qtbot, db, admin)
    assert dialog.min_rank["ordinary_suite"].currentText() == "省部级副职"
    assert dialog.min_rank["standard"].currentText() == RANK_LABELS[Rank.OTHER]


def test_valid_changes_are_saved_in_one_change(qtbot: QtBot, db: Database, admin: Actor) -> None:
    before = _changes(db)
    dialog = _dialog(qtbot, db, admin)
    _choose(dialog, "ordinary_suite", Rank.BUREAU_CHIEF)
    dialog.alone_from.setCurrentIndex(dialog.alone_from.findData(Rank.BUREAU_DEPUTY.value))
    dialog.arrival_time.setTime(QTime(15, 30))
    dialog.checkout_time.setTime(QTime(13, 0))
    dialog.breakfast.setText(" 06:30–08:30 ")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    _edit(dialog.checklist, 4, ChecklistDefaultsModel.TITLE, "  会议室  布置 ")
    _edit(dialog.checklist, 4, ChecklistDefaultsModel.HOURS, 6)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    stored = _stored(db)
    assert stored == dialog.saved
    assert stored.min_rank["ordinary_suite"] == "bureau_chief"
    assert stored.min_rank["suite"] == "national_deputy"
    assert stored.alone_from == "bureau_deputy"
    assert (stored.arrival_time, stored.checkout_time) == ("15:30", "13:00")
    assert stored.breakfast == "06:30–08:30"
    assert stored.checklist == (
        ChecklistDefault("用餐预订", 24),
        ChecklistDefault("房间准备就绪", 3),
        ChecklistDefault("欢迎资料放入房间", 2),
        ChecklistDefault("会议室 布置", 6),
    )
    assert _changes(db) == before + 1


def test_a_task_without_a_title_is_refused_and_nothing_saved(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    before = _changes(db)
    dialog = _dialog(qtbot, db, admin)
    _choose(dialog, "suite", Rank.PROVINCIAL_CHIEF)
    dialog.add_task()
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.saved is None
    assert dialog.error_label.text() == "A checklist task needs a title of 1 to 80 characters."
    assert _stored(db) == LodgingSettings()
    assert _changes(db) == before

    _edit(dialog.checklist, 4, ChecklistDefaultsModel.TITLE, "接站")
    _edit(dialog.checklist, 4, ChecklistDefaultsModel.HOURS, 800)
    _save(qtbot, dialog)
    assert dialog.error_label.text() == "A checklist task is due 0 to 720 hours before the arrival."
    assert _stored(db) == LodgingSettings()


def test_keys_add_and_remove_tasks_and_save(qtbot: QtBot, db: Database, admin: Actor) -> None:
    dialog = _dialog(qtbot, db, admin)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.checklist.rowCount() == 5
    dialog.table.closePersistentEditor(dialog.table.currentIndex())
    dialog.checklist.remove(4)
    dialog.table.setFocus()
    dialog.table.selectRow(3)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert [item.title for item in dialog.checklist.rows()] == [
        "用车接站安排",
        "用餐预订",
        "房间准备就绪",
    ]
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved is not None
    assert len(_stored(db).checklist) == 3


def test_only_the_administrator_may_change_the_standards(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    dialog = _dialog(qtbot, db, staff[Role.DIRECTOR])
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert not dialog.min_rank["suite"].isEnabled()
    assert not dialog.add_button.isEnabled()
    assert dialog.error_label.text() == "Only the administrator can change the reception standards."
    dialog.save()
    assert dialog.saved is None and _stored(db) == LodgingSettings()
