"""The reports menu as the director uses it: the day chosen, the daily report saved as PDF
and as Word off the GUI thread (each audited), a day to come refused in the dialog, and no
menu for a role that reads no area."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import docx
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import QDate

from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.main_window import MainWindow
from reception.ui.reports.report_dialog import ReportDialog
from tests.ui.support import PASSWORD, desk_session

TODAY = date(2026, 11, 25)


def _dialog(qtbot: QtBot, db: Database, actor: Actor) -> ReportDialog:
    dialog = ReportDialog(desk_session(db, actor.login, PASSWORD), TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _report_rows(db: Database) -> list[str]:
    with db.read() as s:
        return list(
            s.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "report.daily"))
        )


def test_the_daily_report_is_saved_as_pdf_and_word(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, db, staff[Role.DIRECTOR])
    dialog.day.setDate(QDate(2026, 11, 24))
    pdf = tmp_path / "日报.pdf"
    dialog.save_pdf(str(pdf))
    assert dialog.job is not None
    qtbot.waitUntil(lambda: dialog.status_line.text() != "", timeout=10_000)
    assert dialog.status_line.text() == f"Saved {pdf}."
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "接待工作日报" in text
    assert "2026年11月24日" in text
    word = tmp_path / "日报.docx"
    dialog.save_word(str(word))
    qtbot.waitUntil(lambda: dialog.word_path == str(word), timeout=10_000)
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    assert "接待工作日报" in paragraphs
    assert _report_rows(db) == ["2026-11-24", "2026-11-24"]


def test_a_word_file_that_cannot_be_written_is_said_in_the_red_line(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, db, staff[Role.PETITIONS_OFFICER])
    target = tmp_path / "no-such-folder" / "日报.docx"
    dialog.save_word(str(target))
    qtbot.waitUntil(lambda: dialog.error_line.text() != "", timeout=10_000)
    assert str(target) in dialog.error_line.text()
    assert not target.exists()
    assert dialog.word_button.isEnabled()


def test_the_day_cannot_be_after_today(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    dialog = _dialog(qtbot, db, staff[Role.RECEPTIONIST])
    dialog.day.setDate(QDate(2026, 12, 1))
    assert dialog.chosen_day() == TODAY


def test_the_menu_is_there_for_a_reading_role_and_not_for_the_administrator(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    clerk = MainWindow(desk_session(db, staff[Role.LODGING_CLERK].login, PASSWORD))
    qtbot.addWidget(clerk)
    assert clerk.reports.daily_action is not None
    clerk.reports.daily_action.trigger()
    assert isinstance(clerk.reports.dialog, ReportDialog)
    clerk.reports.dialog.reject()
    admin = MainWindow(desk_session(db))
    qtbot.addWidget(admin)
    assert admin.reports.menu is None


def test_the_monthly_report_of_the_last_month_is_saved_as_pdf(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], tmp_path: Path
) -> None:
    dialog = ReportDialog(
        desk_session(db, staff[Role.DIRECTOR].login, PASSWORD), TODAY, kind="monthly"
    )
    qtbot.addWidget(dialog)
    assert dialog.day.displayFormat() == "yyyy-MM"
    assert dialog.chosen_day().strftime("%Y-%m") == "2026-10"  # the last month complete
    pdf = tmp_path / "月报.pdf"
    dialog.save_pdf(str(pdf))
    qtbot.waitUntil(lambda: dialog.status_line.text() != "", timeout=10_000)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "接待工作月报" in text
    assert "2026年10月" in text
    with db.read() as s:
        keys = list(
            s.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "report.monthly"))
        )
    assert keys == ["2026-10"]
