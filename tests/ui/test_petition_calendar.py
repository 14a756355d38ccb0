"""The administrator's working-day calendar: where a year came from, entering a year from
pasted lines and single days, refusals that save nothing, the warning about a missing year,
and what other roles may do."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from reception.core.petitions.calendar_edit import (
    CalendarYearView,
    calendar_warning,
    calendar_year,
)
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.petitions.calendar_dialog import CalendarDaysModel, CalendarDialog
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session


@pytest.fixture
def desk(db: Database, admin: Actor) -> DeskSession:
    return desk_session(db)


def _dialog(qtbot: QtBot, session: DeskSession) -> CalendarDialog:
    dialog = CalendarDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _stored(db: Database, admin: Actor, year: int) -> CalendarYearView:
    with db.read() as s:
        return calendar_year(s, admin, year)


def _changes(db: Database) -> int:
    with db.read() as s:
        query = select(func.count()).where(AuditEntry.action == "calendar.change")
        return int(s.scalar(query) or 0)


def _rows(model: CalendarDaysModel) -> list[tuple[str, str]]:
    return [
        (str(model.index(r, 0).data()), str(model.index(r, 1).data()))
        for r in range(model.rowCount())
    ]


def _save(qtbot: QtBot, dialog: CalendarDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_seeded_year_shows_its_days_and_where_they_came_from(
    qtbot: QtBot, desk: DeskSession
) -> None:
    dialog = _dialog(qtbot, desk)
    dialog.year.setValue(2026)
    assert dialog.source.text() == (
        "2026 comes from the chinesecalendar package (the State Council's announcement)."
    )
    holidays = _rows(dialog.holidays.model)
    assert holidays[0][0] == "2026-01-01 Thursday"
    assert any(day.startswith("2026-10-01") for day, _name in holidays)
    assert dialog.workdays.model.rowCount() > 0
    assert all(day.endswith(("Saturday", "Sunday")) for day, _name in _rows(dialog.workdays.model))
    assert not dialog.undo_button.isEnabled() and not dialog.is_dirty()


def test_a_missing_year_is_warned_about_and_shown_first(
    qtbot: QtBot, db: Database, desk: DeskSession
) -> None:
    with db.read() as s:
        missing = calendar_warning(s)
    dialog = _dialog(qtbot, desk)
    assert dialog.warning.isVisible() == bool(missing)
    if missing:
        years = ", ".join(str(year) for year in missing)
        assert dialog.warning.text().startswith(f"The calendar has no holidays for {years} yet.")
        assert dialog.year.value() == missing[0]
        assert dialog.source.text() == (
            f"{missing[0]} is not in the calendar yet: only Saturdays and Sundays count as "
            "days off."
        )


def test_a_new_year_is_entered_from_lines_and_days(
    qtbot: QtBot, db: Database, admin: Actor, desk: DeskSession
) -> None:
    before = _changes(db)
    dialog = _dialog(qtbot, desk)
    dialog.year.setValue(2030)
    assert dialog.holidays.model.rowCount() == 0
    pasted = dialog.holidays.paste()
    assert pasted is not None and pasted.isVisible()
    pasted.text.setPlainText("2030-01-01 元旦\n\n2030-10-01..2030-10-07 国庆节\n")
    pasted.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not pasted.isVisible()
    assert dialog.holidays.model.rowCount() == 8
    assert _rows(dialog.holidays.model)[1] == ("2030-10-01 Tuesday", "国庆节")
    assert dialog.is_dirty() and dialog.undo_button.isEnabled()

    qtbot.mouseClick(dialog.workdays.add_button, Qt.MouseButton.LeftButton)
    assert _rows(dialog.workdays.model) == [("2030-01-05 Saturday", "")]  # the first Saturday
    model = dialog.workdays.model
    assert model.setData(model.index(0, CalendarDaysModel.DATE), QDate(2030, 9, 29))
    assert model.setData(model.index(0, CalendarDaysModel.NAME), " 国庆节  调休 ")
    _save(qtbot, dialog)

    assert dialog.error_label.text() == (
        "2030 saved: 8 holidays and 1 adjusted working days. "
        "The deadlines of open cases follow the new calendar."
    )
    assert dialog.source.text() == "2030 was entered by the office."
    assert not dialog.is_dirty()
    stored = _stored(db, admin, 2030)
    assert stored.source == "office"
    assert stored.holidays[0] == (date(2030, 1, 1), "元旦")
    assert len(stored.holidays) == 8
    assert stored.workdays == [(date(2030, 9, 29), "国庆节 调休")]
    assert _changes(db) == before + 1


def test_a_weekday_worked_is_refused_and_nothing_is_saved(
    qtbot: QtBot, db: Database, admin: Actor, desk: DeskSession
) -> None:
    before = _changes(db)
    dialog = _dialog(qtbot, desk)
    dialog.year.setValue(2030)
    dialog.holidays.model.add((date(2030, 1, 1), "元旦"))
    dialog.workdays.model.add((date(2030, 1, 2), "调休"))  # a Wednesday
    _save(qtbot, dialog)
    assert dialog.error_label.text() == (
        "Not saved: 2030-01-02 is a weekday: an adjusted working day is a Saturday or a Sunday."
    )
    assert dialog.is_dirty()
    assert _stored(db, admin, 2030) == CalendarYearView(2030, "", [], [])
    assert _changes(db) == before


def test_lines_that_are_not_dates_are_refused_in_the_paste_dialog(
    qtbot: QtBot, desk: DeskSession
) -> None:
    dialog = _dialog(qtbot, desk)
    dialog.year.setValue(2030)
    pasted = dialog.workdays.paste()
    assert pasted is not None
    pasted.text.setPlainText("2030-02-09 春节调休\n十月一日 国庆节")
    pasted.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert pasted.isVisible()
    assert pasted.error_label.text() == "Line 2: 十月一日 国庆节 is not a date such as 2027-01-01."
    assert dialog.workdays.model.rowCount() == 0


def test_another_year_waits_until_the_changes_are_saved_or_undone(
    qtbot: QtBot, desk: DeskSession
) -> None:
    dialog = _dialog(qtbot, desk)
    dialog.year.setValue(2026)
    shown = dialog.holidays.model.rowCount()
    dialog.holidays.table.selectRow(0)
    qtbot.mouseClick(dialog.holidays.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.holidays.model.rowCount() == shown - 1
    dialog.year.setValue(2025)
    assert dialog.year.value() == 2026
    assert dialog.error_label.text() == (
        "Save or undo the changes to 2026 before choosing another year."
    )
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.holidays.model.rowCount() == shown and not dialog.is_dirty()
    dialog.year.setValue(2025)
    assert dialog.source.text().startswith("2025 comes from the chinesecalendar package")


def test_the_director_reads_the_calendar_and_changes_nothing(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    dialog = _dialog(qtbot, desk_session(db, Role.DIRECTOR.value, PASSWORD))
    dialog.year.setValue(2026)
    assert dialog.holidays.model.rowCount() > 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert not dialog.holidays.add_button.isEnabled()
    assert dialog.holidays.paste() is None
    dialog.save()
    assert dialog.error_label.text() == "Only the administrator can change the calendar."


def test_a_receptionist_is_told_why_nothing_shows(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    dialog = _dialog(qtbot, desk_session(db, Role.RECEPTIONIST.value, PASSWORD))
    assert dialog.error_label.text() == "Your role may not handle petitions."
    assert dialog.holidays.model.rowCount() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
