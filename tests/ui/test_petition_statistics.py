"""The monthly statistics as the petitions office reads them: the figures, the tables by
category, form and unit, the paragraph in English and in Chinese, another month, and the
Excel workbook; a refusal or a file that cannot be written is explained."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator
from PySide6.QtWidgets import QFileDialog

from reception.core.petitions.cases import office_today
from reception.core.petitions.intake import IntakeForm, record_repeat_visit, register_case
from reception.core.petitions.people import PetitionerForm
from reception.core.petitions.states import CaseForm, Step
from reception.core.petitions.statistics import MonthlyFigures
from reception.core.petitions.workflow import take_step
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.petitions.statistics_dialog import CountModel, StatisticsDialog, month_summary
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session


@pytest.fixture
def officer(db: Database, staff: dict[Role, Actor]) -> DeskSession:
    return desk_session(db, Role.PETITIONS_OFFICER.value, PASSWORD)


@pytest.fixture
def today(db: Database) -> date:
    with db.read() as s:
        return office_today(s)


def _case(
    db: Database, actor: Actor, today: date, category: str, unit: str, form: str = "visit",
    people: int = 1,
) -> int:  # fmt: skip
    person = PetitionerForm(name="张三", phone="13812345678", is_representative=people >= 5)
    intake = IntakeForm(
        form=form,
        received_on=today,
        summary="反映的问题。",
        petitioners=[person],
        category=category,
        unit_concerned=unit,
        people_count=people,
    )
    with db.unit() as s:
        return register_case(s, actor, intake, today=today).id


def _step(db: Database, actor: Actor, case_id: int, step: Step, today: date, **kw: Any) -> None:
    with db.unit() as s:
        take_step(s, actor, case_id, step, on=today, today=today, **kw)


@pytest.fixture
def month(db: Database, officer: DeskSession, today: date) -> None:
    """Four cases this month: two accepted (one of them replied the same day), one not
    accepted, one still registered; a repeat visit and a joint visit."""
    actor = officer.actor
    first = _case(db, actor, today, "城乡建设/征地拆迁", "市自然资源局")
    second = _case(db, actor, today, "城乡建设/征地拆迁", "市自然资源局", "letter")
    third = _case(db, actor, today, "劳动社保/拖欠工资", "市人社局", "phone")
    _case(db, actor, today, "城乡建设/征地拆迁", "", people=6)
    _step(db, actor, first, Step.ACCEPT, today)
    _step(db, actor, first, Step.REPLY, today, reply="已答复。")
    _step(db, actor, second, Step.ACCEPT, today)
    _step(db, actor, third, Step.REFUSE, today, reason="属于诉讼途径解决事项。")
    with db.unit() as s:
        record_repeat_visit(s, actor, second, came_on=today, form="visit", today=today)


def _dialog(qtbot: QtBot, session: DeskSession) -> StatisticsDialog:
    dialog = StatisticsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.figures is not None or bool(dialog.message.text()))
    return dialog


def _rows(model: CountModel) -> list[list[str]]:
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_month_is_shown_in_figures_tables_and_words(
    qtbot: QtBot, officer: DeskSession, month: None, today: date
) -> None:
    dialog = _dialog(qtbot, officer)
    shown = {key: label.text() for key, label in dialog.values.items()}
    assert shown == {
        "received": "4",
        "accepted": "2",
        "not_accepted": "1",
        "replied": "1",
        "replied_on_time": "1",
        "on_time_rate": "100%",
        "overdue_open": "0",
        "repeat_visits": "1",
        "joint_visits": "1",
    }
    assert _rows(dialog.by_category) == [
        ["城乡建设/征地拆迁", "3", "75%"],
        ["劳动社保/拖欠工资", "1", "25%"],
    ]
    assert sorted(_rows(dialog.by_form)) == [
        ["Letter", "1", "25%"], ["Phone call", "1", "25%"], ["Visit", "2", "50%"],
    ]  # fmt: skip
    assert _rows(dialog.by_unit) == [
        ["市自然资源局", "2", "50%"], ["(none given)", "1", "25%"], ["市人社局", "1", "25%"],
    ]  # fmt: skip
    this_month = f"{today.year}-{today.month:02d}"
    assert dialog.summary.text() == (
        f"{this_month}: registered 4, accepted 2, not accepted 1. "
        "Replied: 1, 1 of them within the time limit (on-time rate 100%). "
        "No open matter is past its deadline. Repeat visits: 1; joint visits: 1. "
        "Most often raised: 征地拆迁 (3), 拖欠工资 (1). "
        "Units most concerned: 市自然资源局 (2), 市人社局 (1)."
    )
    assert dialog.excel_button.isEnabled()


ZH = {
    "{year}-{month:02d}": "{year}年{month}月",
    "{number}%": "{number}%",
    "{first} {next}": "{first}{next}",
    "{name} ({count})": "{name}（{count}件）",
    ", ": "、",
    "{month}: registered {received}, accepted {accepted}, not accepted {not_accepted}.": (
        "{month}共登记信访事项{received}件，受理{accepted}件，不予受理{not_accepted}件。"
    ),
    "Replied: {replied}, {on_time} of them within the time limit (on-time rate {rate}).": (
        "办结{replied}件，其中按期办结{on_time}件，按期办结率{rate}。"
    ),
    "Open and past the deadline: {overdue}, to be hurried on.": (
        "超期未办结{overdue}件，需加强督办。"
    ),
    "Repeat visits: {repeat}; joint visits: {joint}.": "接待重复访{repeat}次、集体访{joint}批次。",
    "Most often raised: {list}.": "反映较多的问题依次为{list}。",
    "Units most concerned: {list}.": "涉及较多的单位依次为{list}。",
}


class _Chinese(QTranslator):
    """The paragraph's sentences as the desk's translation has them (h5.json)."""

    def translate(self, context: str, source: str, *args: Any) -> str:  # type: ignore[override]
        return ZH.get(source, "") if context == "StatisticsDialog" else ""


@pytest.fixture
def chinese_summary(qapp: QCoreApplication) -> Iterator[None]:
    translator = _Chinese()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_paragraph_reads_as_chinese_prose(
    qapp: QCoreApplication, chinese_summary: None
) -> None:
    figures = MonthlyFigures(
        2026, 11, received=128, accepted=97, not_accepted=12, replied=85, replied_on_time=81,
        on_time_rate=81 / 85, overdue_open=3, repeat_visits=14, joint_visits=2,
        by_category=[("城乡建设/征地拆迁", 40), ("劳动社保/拖欠工资", 22), ("", 5),
                     ("政法/涉法涉诉", 9), ("其他/其他", 1)],
        by_form=[(CaseForm.VISIT, 128)],
        by_unit=[("市自然资源局", 30)],
    )  # fmt: skip
    assert month_summary(figures) == (
        "2026年11月共登记信访事项128件，受理97件，不予受理12件。"
        "办结85件，其中按期办结81件，按期办结率95.3%。"
        "超期未办结3件，需加强督办。"
        "接待重复访14次、集体访2批次。"
        "反映较多的问题依次为征地拆迁（40件）、拖欠工资（22件）、涉法涉诉（9件）。"
        "涉及较多的单位依次为市自然资源局（30件）。"
    )


def test_another_month_is_read_again(
    qtbot: QtBot, officer: DeskSession, month: None, today: date
) -> None:
    dialog = _dialog(qtbot, officer)
    earlier = QDate(today.year, today.month, 1).addMonths(-1)
    with qtbot.waitSignal(dialog.loaded) as loaded:
        dialog.month.setDate(earlier)
    figures = loaded.args[0]
    assert (figures.year, figures.month) == (earlier.year(), earlier.month())
    assert dialog.values["received"].text() == "0"
    assert dialog.values["on_time_rate"].text() == "—"
    assert dialog.by_category.rowCount() == 0
    assert dialog.summary.text() == (
        f"{earlier.year()}-{earlier.month():02d}: no matter registered or decided. "
        "No reply was given, so there is no on-time rate. "
        "No open matter is past its deadline."
    )
    assert dialog.month.maximumDate() == QDate(today.year, today.month, 1)


def test_the_month_is_saved_as_an_excel_workbook(
    qtbot: QtBot, officer: DeskSession, month: None, today: date, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, officer)
    asked = dialog.ask_file()
    assert isinstance(asked, QFileDialog) and asked.isVisible()
    expected = f"Petitions statistics {today.year}-{today.month:02d}.xlsx"
    assert asked.selectedFiles()[0].endswith(expected)
    asked.reject()
    path = tmp_path / "统计.xlsx"
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        dialog.save_excel(str(path))
    assert saved.args == [str(path)]
    assert dialog.message.text() == f"Saved as {path}."
    book = load_workbook(path)
    assert book.sheetnames == ["Overview", "By category", "By form", "By unit"]
    overview = [row for row in book["Overview"].iter_rows(values_only=True) if any(row)]
    assert overview[0][0] == f"Petitions statistics for {today.year}-{today.month:02d}"
    figures = {row[0]: row[1] for row in overview[2:11]}
    assert figures["Received"] == 4 and figures["Accepted"] == 2
    assert figures["On-time rate"] == 1
    assert book["Overview"]["B9"].number_format == "0.0%"
    assert overview[-1][0] == dialog.summary.text()
    categories = list(book["By category"].iter_rows(values_only=True))
    assert categories == [
        ("Category", "Cases", "Share"),
        ("城乡建设/征地拆迁", 3, 0.75),
        ("劳动社保/拖欠工资", 1, 0.25),
        ("Total", 4, 1),
    ]


def test_a_workbook_that_cannot_be_written_is_explained(
    qtbot: QtBot, officer: DeskSession, month: None, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, officer)
    target = tmp_path / "missing" / "统计.xlsx"
    with qtbot.waitSignal(dialog.failed, timeout=20000) as failed:
        dialog.save_excel(str(target))
    assert failed.args[0].startswith(f"The workbook could not be saved as {target}: ")
    assert dialog.message.text() == failed.args[0]
    assert not target.exists()


def test_a_receptionist_is_told_the_statistics_are_not_theirs(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    dialog = _dialog(qtbot, desk_session(db, Role.RECEPTIONIST.value, PASSWORD))
    assert dialog.message.text() == "Your role may not handle petitions."
    assert dialog.figures is None and not dialog.excel_button.isEnabled()
    assert dialog.ask_file() is None
    assert dialog.values["received"].text() == "—"
    assert Qt.TextInteractionFlag.TextSelectableByMouse in dialog.summary.textInteractionFlags()
