"""The on-site list: who is here, signing out, the printed roll call."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from reception.core.security.roles import Actor, Role
from reception.core.visitors import service
from reception.core.visitors.models import Visit
from reception.core.visitors.views import Issued
from reception.db.base import utcnow
from reception.db.database import Database
from reception.ui.live import ChangeWatcher
from reception.ui.models.onsite_model import OnSiteModel
from reception.ui.queue.onsite_page import OnSitePage
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session

NAMES = (("张三", 1, "财政局"), ("李四", 3, "办公室"), ("欧阳明华", 2, "信访科"))


def _register(db: Database, clerk: Actor, name: str, party: int, host: str, phone: str) -> Issued:
    form = service.Registration(name=name, phone=phone, purpose="咨询", host=host, party_size=party)
    with db.unit() as session:
        return service.register(session, clerk, form, utcnow())


@pytest.fixture
def desk(db: Database, staff: dict[Role, Actor]) -> DeskSession:
    return desk_session(db, "receptionist", PASSWORD)


@pytest.fixture
def arrived(db: Database, desk: DeskSession) -> list[Issued]:
    """Walk-ins are on site from their registration; the first also scanned in."""
    issued = [
        _register(db, desk.actor, name, party, host, f"1390000000{i}")
        for i, (name, party, host) in enumerate(NAMES)
    ]
    with db.unit() as session:
        service.scan(session, desk.actor, issued[0].token, utcnow())
    return issued


@pytest.fixture
def page(qtbot: QtBot, desk: DeskSession, arrived: list[Issued]) -> OnSitePage:
    page = OnSitePage(desk)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def _names(page: OnSitePage) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, OnSiteModel.NAME).data() for r in range(proxy.rowCount())]


def test_lists_arrivals_with_the_total_of_people(page: OnSitePage) -> None:
    assert _names(page) == ["张三", "李四", "欧阳明华"]
    assert page.ui.headerLabel.text() == "On site now: 6 people in 3 visits"
    assert page.model.index(0, OnSiteModel.CHECKED_IN).data().startswith("Yes, ")
    assert page.model.index(1, OnSiteModel.CHECKED_IN).data() == "No"
    assert len(page.model.index(0, OnSiteModel.ARRIVED).data()) == 5  # HH:MM
    assert not page.ui.leaveButton.isEnabled()  # nobody selected


def test_the_filter_finds_by_name_initials_and_host(qtbot: QtBot, page: OnSitePage) -> None:
    qtbot.keyClicks(page.ui.filterEdit, "oy")
    assert _names(page) == ["欧阳明华"]
    page.ui.filterEdit.clear()
    page.ui.filterEdit.setText("办公室")  # typed through an input method, not keys
    assert _names(page) == ["李四"]


def test_leave_signs_out_at_once_and_writes_the_departure(
    qtbot: QtBot, db: Database, desk: DeskSession, page: OnSitePage, arrived: list[Issued]
) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert page.select_visit(arrived[1].visit_id)
    assert page.ui.leaveButton.isEnabled()
    with qtbot.waitSignal(page.ui.leaveButton.clicked, timeout=2000):
        qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    assert _names(page) == ["张三", "欧阳明华"]
    assert page.ui.headerLabel.text() == "On site now: 3 people in 2 visits"
    assert page.status_text().startswith("李四 left at ")
    assert page.selected() is None  # a second Del signs nobody else out
    with db.read() as session:
        left_at = session.scalar(select(Visit.left_at).where(Visit.id == arrived[1].visit_id))
        still_here = [v.name for v in service.on_site(session, desk.actor, utcnow())]
    assert left_at is not None
    assert still_here == ["张三", "欧阳明华"]


def test_departure_scans_checkbox_tells_the_desk(qtbot: QtBot, page: OnSitePage) -> None:
    with qtbot.waitSignal(page.departure_mode_changed, timeout=1000) as blocker:
        qtbot.mouseClick(page.ui.departureMode, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert page.departure_mode()
    with qtbot.waitSignal(page.departure_mode_changed, timeout=1000) as blocker:
        page.set_departure_mode(False)
    assert blocker.args == [False]


def test_refreshes_when_another_desk_registers(
    qtbot: QtBot, db: Database, desk: DeskSession, arrived: list[Issued]
) -> None:
    watcher = ChangeWatcher(db, interval_ms=50)
    page = OnSitePage(desk, watcher)
    qtbot.addWidget(page)
    page.show()
    watcher.start()
    _register(db, desk.actor, "赵六", 1, "人社局", "13900000009")
    qtbot.waitUntil(lambda: "赵六" in _names(page), timeout=3000)
    with db.unit() as session:
        service.leave(session, desk.actor, arrived[0].visit_id, utcnow())
    qtbot.waitUntil(lambda: "张三" not in _names(page), timeout=3000)
    watcher.stop()


def _pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_the_roll_call_pdf_names_everyone(qtbot: QtBot, page: OnSitePage, tmp_path: Path) -> None:
    path = tmp_path / "roll.pdf"
    with qtbot.waitSignal(page.roll_saved, timeout=20000) as blocker:
        page.write_roll_pdf(str(path))
    assert blocker.args == [str(path)]
    text = _pdf_text(path)
    for name, _party, host in NAMES:
        assert name in text and host in text
    assert str(path) in page.status_text()


def test_save_asks_for_a_file_first(qtbot: QtBot, page: OnSitePage) -> None:
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    dialog.reject()


def test_print_roll_call_goes_to_the_chosen_printer(
    qtbot: QtBot, page: OnSitePage, tmp_path: Path
) -> None:
    page.print_roll_call()
    assert isinstance(page.dialog, QPrintDialog)
    page.dialog.reject()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(page.roll_printed, timeout=20000) as blocker:
        page.print_roll(printer)
    assert blocker.args == [6]
    assert "欧阳明华" in _pdf_text(tmp_path / "printed.pdf")


def test_a_director_may_read_and_print_but_not_sign_out(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor], arrived: list[Issued]
) -> None:
    page = OnSitePage(desk_session(db, "director", PASSWORD))
    qtbot.addWidget(page)
    page.show()
    assert _names(page) == ["张三", "李四", "欧阳明华"]
    page.select_visit(arrived[0].visit_id)
    assert not page.ui.leaveButton.isEnabled()
    assert not page.ui.departureMode.isEnabled()


def test_everyone_today_shows_those_who_left_with_their_time_and_no_leave_button(
    qtbot: QtBot, db: Database, desk: DeskSession, page: OnSitePage, arrived: list[Issued]
) -> None:
    with db.unit() as session:
        service.leave(session, desk.actor, arrived[1].visit_id, utcnow())
    page.refresh()
    assert _names(page) == ["张三", "欧阳明华"]
    assert page.ui.table.isColumnHidden(OnSiteModel.LEFT)
    page.everyone.setChecked(True)
    assert _names(page) == ["张三", "李四", "欧阳明华"]
    assert page.ui.headerLabel.text() == "Today: 6 people in 3 visits"
    assert not page.ui.table.isColumnHidden(OnSiteModel.LEFT)
    row = page.model.row_of(arrived[1].visit_id)
    assert page.model.index(row, OnSiteModel.LEFT).data() != ""
    assert page.select_visit(arrived[1].visit_id)
    assert not page.ui.leaveButton.isEnabled()  # already gone
    assert page.select_visit(arrived[0].visit_id)
    assert page.ui.leaveButton.isEnabled()
    page.show_everyone_today(False)
    assert _names(page) == ["张三", "欧阳明华"]
