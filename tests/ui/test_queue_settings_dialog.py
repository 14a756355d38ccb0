"""The administrator's queue settings: a refusal saves nothing, valid changes are stored."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from reception.core.security.roles import Actor, Role
from reception.core.visitors.settings import (
    Counter,
    PriorityClass,
    QueueSettings,
    Service,
    load_queue_settings,
)
from reception.db.database import Database
from reception.ui.queue.queue_settings_dialog import (
    CounterTableModel,
    QueueSettingsDialog,
    ServiceTableModel,
    parse_series,
)


def _dialog(qtbot: QtBot, db: Database, actor: Actor) -> QueueSettingsDialog:
    dialog = QueueSettingsDialog(db, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _stored(db: Database) -> QueueSettings:
    with db.read() as session:
        return load_queue_settings(session)


def _save(qtbot: QtBot, dialog: QueueSettingsDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _edit(
    model: ServiceTableModel | CounterTableModel, row: int, column: int, value: object
) -> None:
    assert model.setData(model.index(row, column), value, Qt.ItemDataRole.EditRole)


def test_shows_the_stored_settings(qtbot: QtBot, db: Database, admin: Actor) -> None:
    dialog = _dialog(qtbot, db, admin)
    assert dialog.services.services() == QueueSettings().services
    counters = dialog.counters
    assert counters.index(0, CounterTableModel.SERIES).data() == "A, C"
    assert dialog.bonus[PriorityClass.ELDERLY].value() == 15
    assert PriorityClass.ORDINARY not in dialog.bonus
    assert dialog.ui.recalls.value() == 2
    assert dialog.ui.appointmentSeries.currentData() == "C"


def test_a_duplicate_series_letter_is_refused_and_nothing_saved(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    before = _stored(db)
    dialog = _dialog(qtbot, db, admin)
    _edit(dialog.services, 1, ServiceTableModel.SERIES, "a")
    dialog.ui.recalls.setValue(4)
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "The series A is used twice."
    assert dialog.saved is None
    assert _stored(db) == before


def test_valid_changes_are_saved(qtbot: QtBot, db: Database, admin: Actor) -> None:
    dialog = _dialog(qtbot, db, admin)
    qtbot.mouseClick(dialog.ui.addServiceButton, Qt.MouseButton.LeftButton)
    assert dialog.services.series()[-1] == "D"
    _edit(dialog.services, 3, ServiceTableModel.NAME, " 出入境  业务 ")
    qtbot.mouseClick(dialog.ui.addCounterButton, Qt.MouseButton.LeftButton)
    _edit(dialog.counters, 3, CounterTableModel.SERIES, "d，a")
    _edit(dialog.counters, 0, CounterTableModel.NAME, "综合窗口")
    dialog.bonus[PriorityClass.SERVICEMAN].setValue(30)
    dialog.ui.recalls.setValue(3)
    dialog.ui.elderlyAge.setValue(65)
    dialog.ui.graceMinutes.setValue(20)
    dialog.ui.serviceMinutes.setValue(8)
    dialog.ui.appointmentSeries.setCurrentIndex(dialog.ui.appointmentSeries.findData("D"))
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _save(qtbot, dialog)
    stored = _stored(db)
    assert stored.services[-1] == Service("D", "出入境 业务")
    assert stored.counters[0].name == "综合窗口"
    assert stored.counters[-1] == Counter(4, "4号窗口", ("D", "A"))
    assert stored.bonus(PriorityClass.SERVICEMAN) == 30
    assert stored.bonus(PriorityClass.ELDERLY) == 15
    assert (stored.no_show_after_recalls, stored.elderly_age) == (3, 65)
    assert (stored.appointment_grace_minutes, stored.default_service_minutes) == (20, 8)
    assert stored.appointment_series == "D"
    assert dialog.saved == stored


def test_removing_a_series_a_counter_serves_is_refused(
    qtbot: QtBot, db: Database, admin: Actor
) -> None:
    dialog = _dialog(qtbot, db, admin)
    dialog.ui.servicesTable.selectRow(1)  # B, which counter 3 serves
    qtbot.mouseClick(dialog.ui.removeServiceButton, Qt.MouseButton.LeftButton)
    assert dialog.services.series() == ["A", "C"]
    _save(qtbot, dialog)
    assert dialog.ui.errorLabel.text() == "Counter 3 must serve existing series."
    assert _stored(db) == QueueSettings()
    dialog.ui.countersTable.selectRow(2)
    qtbot.mouseClick(dialog.ui.removeCounterButton, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        _save(qtbot, dialog)
    assert [c.number for c in _stored(db).counters] == [1, 2]


def test_only_the_administrator_may_change(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    dialog = _dialog(qtbot, db, staff[Role.RECEPTIONIST])
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert not dialog.ui.addServiceButton.isEnabled()
    assert "administrator" in dialog.ui.errorLabel.text()


def test_series_text_is_read_generously() -> None:
    assert parse_series(" a, c ") == ("A", "C")
    assert parse_series("A，C、B") == ("A", "C", "B")
    assert parse_series("") == ()
