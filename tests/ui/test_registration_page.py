"""The registration page as the clerk uses it: typed from the keyboard, with returning
visitors suggested as the name is typed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from reception.core.security.audit import head_seq
from reception.core.security.roles import Actor, Role
from reception.core.visitors import service
from reception.core.visitors.models import Visit
from reception.core.visitors.views import Issued
from reception.db.database import Database
from reception.ui.queue.registration_page import RegistrationPage
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00 in Beijing


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.RECEPTIONIST]


@pytest.fixture
def session(db: Database, clerk: Actor) -> DeskSession:
    return desk_session(db, clerk.login, PASSWORD)


def _page(qtbot: QtBot, session: DeskSession) -> RegistrationPage:
    page = RegistrationPage(session, None, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _visits(db: Database) -> list[tuple[int, str]]:
    with db.read() as db_session:
        return [(v.visitor_id, v.purpose) for v in db_session.scalars(select(Visit))]


def _audit_head(db: Database) -> int:
    with db.read() as db_session:
        return head_seq(db_session)


def _keys(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as a clerk does: ASCII key by key; Chinese as the input method commits it
    (QTest's key clicks know Latin-1 only)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    _keys(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_a_walk_in_typed_from_the_keyboard_gets_a001_and_the_form_clears(
    qtbot: QtBot, db: Database, session: DeskSession
) -> None:
    page = _page(qtbot, session)
    ui = page.ui
    assert ui.name.hasFocus()
    _type(qtbot, ui.name, "王五")
    assert ui.phone.hasFocus(), "Enter moves on to the next field"
    _type(qtbot, ui.phone, "13612345678")
    _type(qtbot, ui.purpose, "办理证明")
    _type(qtbot, ui.host, "综合科")
    assert _visits(db) == [], "Enter before the last field registers nothing"
    with qtbot.waitSignal(page.visitor_registered) as registered:
        qtbot.keyClick(ui.idNumber, Qt.Key.Key_Return)
    issued = registered.args[0]
    assert isinstance(issued, Issued)
    assert page.ticket_shown() == "A001"
    assert ui.aheadLabel.text() == "No one ahead"
    assert "王五" in ui.visitorLabel.text()
    assert ui.printButton.isEnabled()
    assert (ui.name.text(), ui.phone.text(), ui.purpose.text(), ui.host.text()) == ("", "", "", "")
    assert ui.partySize.value() == 1
    assert ui.name.hasFocus()
    assert page.error_message() == ""
    assert [purpose for _, purpose in _visits(db)] == ["办理证明"]


def test_ctrl_enter_registers_from_any_field_and_counts_people_ahead(
    qtbot: QtBot, db: Database, session: DeskSession, clerk: Actor
) -> None:
    with db.unit() as db_session:
        service.register(
            db_session, clerk, service.Registration("李四", "13900001111", "咨询"), NOW
        )
    page = _page(qtbot, session)
    ui = page.ui
    _keys(qtbot, ui.name, "王五")
    qtbot.keyClicks(ui.phone, "13612345678")
    _keys(qtbot, ui.purpose, "咨询")
    ui.partySize.setValue(3)
    qtbot.keyClick(ui.purpose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.ticket_shown() == "A002"
    assert ui.aheadLabel.text() == "People ahead: 1"
    assert ui.waitLabel.text().startswith("Estimated wait: about")


def test_a_wrong_phone_is_named_under_the_form_and_registers_nothing(
    qtbot: QtBot, db: Database, session: DeskSession
) -> None:
    page = _page(qtbot, session)
    ui = page.ui
    head = _audit_head(db)
    _keys(qtbot, ui.name, "王五")
    qtbot.keyClicks(ui.phone, "12345")
    _keys(qtbot, ui.purpose, "咨询")
    page.register()
    message = page.error_message()
    assert message.startswith("Phone: ")
    assert ui.errorLabel.isVisible() and "#b00020" in ui.errorLabel.styleSheet()
    assert ui.phone.hasFocus() and ui.phone.property("invalid") is True
    assert ui.name.text() == "王五", "what was typed stays for the correction"
    assert _visits(db) == [] and _audit_head(db) == head
    qtbot.keyClicks(ui.phone, "13612345678")  # typed over the selected wrong number
    assert ui.phone.property("invalid") is False
    page.register()
    assert page.ticket_shown() == "A001" and page.error_message() == ""


def test_a_missing_purpose_puts_the_focus_there(
    qtbot: QtBot, db: Database, session: DeskSession
) -> None:
    page = _page(qtbot, session)
    _keys(qtbot, page.ui.name, "王五")
    qtbot.keyClicks(page.ui.phone, "13612345678")
    page.register()
    assert "purpose" in page.error_message()
    assert page.ui.purpose.hasFocus()
    assert _visits(db) == []


def test_the_phone_hint_is_gentle_and_leaves_when_the_number_is_right(
    qtbot: QtBot, session: DeskSession
) -> None:
    page = _page(qtbot, session)
    ui = page.ui
    ui.phone.setFocus()
    qtbot.keyClicks(ui.phone, "1381234")
    assert not ui.phoneHint.isVisible(), "no nagging while the number is being typed"
    qtbot.keyClick(ui.phone, Qt.Key.Key_Tab)
    assert ui.purpose.hasFocus()
    assert ui.phoneHint.isVisible() and "area code" in ui.phoneHint.text()
    ui.phone.setFocus()
    qtbot.keyClicks(ui.phone, "5678")
    assert not ui.phoneHint.isVisible()


def test_an_id_number_with_a_wrong_check_character_is_hinted(
    qtbot: QtBot, session: DeskSession
) -> None:
    page = _page(qtbot, session)
    qtbot.keyClicks(page.ui.idNumber, "110105194912310021")
    page.ui.idNumber.editingFinished.emit()
    assert "check character" in page.ui.idNumberHint.text()
    page.ui.idNumber.clear()
    qtbot.keyClicks(page.ui.idNumber, "11010519491231002X")
    assert "elderly" in page.ui.idNumberHint.text(), "aged 76: the service will give priority"


def test_zs_suggests_zhang_san_and_enter_reuses_the_visitor(
    qtbot: QtBot, db: Database, session: DeskSession, clerk: Actor
) -> None:
    with db.unit() as db_session:
        form = service.Registration("张三", "13812345678", "咨询社保", host="社保科")
        service.register(db_session, clerk, form, NOW - timedelta(days=7))
    page = _page(qtbot, session)
    ui = page.ui
    qtbot.keyClicks(ui.name, "zs")
    qtbot.waitUntil(lambda: page.suggestions_shown() == ["张三"])
    row = [page.returning.index(0, column).data() for column in range(4)]
    assert row == ["张三", "138****5678", "1", "咨询社保 · 社保科"]
    qtbot.keyClick(ui.name, Qt.Key.Key_Down)
    assert page.suggestions.hasFocus()
    qtbot.keyClick(page.suggestions, Qt.Key.Key_Return)
    assert not page.suggestions.isVisible()
    assert ui.name.text() == "张三"
    assert ui.phone.text() == "" and ui.phone.placeholderText() == "138****5678"
    assert "138****5678" in ui.phoneHint.text()
    assert (ui.purpose.text(), ui.host.text()) == ("咨询社保", "社保科")
    assert ui.purpose.hasFocus()
    qtbot.keyClick(ui.purpose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.ticket_shown() == "A001"
    visitors = {visitor_id for visitor_id, _ in _visits(db)}
    assert len(_visits(db)) == 2 and len(visitors) == 1


def test_escape_closes_the_suggestions_and_a_new_name_forgets_the_chosen_visitor(
    qtbot: QtBot, db: Database, session: DeskSession, clerk: Actor
) -> None:
    with db.unit() as db_session:
        form = service.Registration("张三", "13812345678", "咨询")
        service.register(db_session, clerk, form, NOW - timedelta(days=1))
    page = _page(qtbot, session)
    ui = page.ui
    ui.phone.setFocus()
    qtbot.keyClicks(ui.phone, "5678")
    qtbot.waitUntil(lambda: page.suggestions_shown() == ["张三"])
    qtbot.keyClick(ui.phone, Qt.Key.Key_Escape)
    assert page.suggestions_shown() == []
    assert ui.phone.hasFocus()
    qtbot.keyClick(ui.phone, Qt.Key.Key_Backspace)
    qtbot.keyClicks(ui.phone, "8")
    qtbot.waitUntil(lambda: page.suggestions_shown() == ["张三"])
    page.suggestions.clicked.emit(page.returning.index(0, 0))
    assert page.chosen_visitor is not None and ui.phone.text() == ""
    ui.name.setFocus()
    _keys(qtbot, ui.name, "丰")
    assert page.chosen_visitor is None
    assert ui.phone.placeholderText() != "138****5678"
    with db.read() as db_session:
        assert db_session.scalar(select(func.count()).select_from(Visit)) == 1


def test_an_appointment_goes_to_its_series_at_the_chosen_slot(
    qtbot: QtBot, db: Database, session: DeskSession
) -> None:
    page = _page(qtbot, session)
    ui = page.ui
    assert not page.slot_edit.isVisible()
    _keys(qtbot, ui.name, "赵六")
    qtbot.keyClicks(ui.phone, "13612345678")
    _keys(qtbot, ui.purpose, "座谈")
    ui.appointment.setChecked(True)
    assert page.slot_edit.isVisible()
    assert ui.service.currentData() == "C"
    assert page.slot_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-26 09:00"
    page.slot_edit.setFocus()
    page.slot_edit.setCurrentSection(page.slot_edit.Section.MinuteSection)
    page.slot_edit.stepBy(1)
    assert page.slot_edit.dateTime().toString("HH:mm") == "09:30", "30-minute slots"
    qtbot.keyClick(page.slot_edit, Qt.Key.Key_Return)
    assert page.ticket_shown() == "C001"
    assert ui.aheadLabel.text() == "Appointment 2026-11-26 at 09:30"
    assert not ui.appointment.isChecked() and ui.service.currentData() == "A"


def test_auto_print_is_a_saved_desk_setting(qtbot: QtBot, session: DeskSession) -> None:
    from reception.config import DeskConfig

    page = _page(qtbot, session)
    assert not page.ui.autoPrint.isChecked()
    page.ui.autoPrint.setChecked(True)
    assert session.desk.auto_print_slip is True
    assert DeskConfig.load().auto_print_slip is True


def test_a_registered_slip_is_printed_automatically_when_chosen(
    qtbot: QtBot, session: DeskSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    session.desk.auto_print_slip = True
    session.desk.printer = "Roll"
    page = _page(qtbot, session)
    sent: list[tuple[str, str, str | None]] = []
    monkeypatch.setattr(
        page.slip_printer,
        "print_now",
        lambda slip, fmt, printer=None: sent.append((slip.ticket, str(fmt), printer)) or True,
    )
    _keys(qtbot, page.ui.name, "王五")
    qtbot.keyClicks(page.ui.phone, "13612345678")
    _keys(qtbot, page.ui.purpose, "咨询")
    page.register()
    assert sent == [("A001", "80mm", "Roll")]
    qtbot.keyClick(page.ui.name, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(sent) == 2, "Ctrl+P prints the last slip again"


def test_the_returning_model_lists_columns_and_the_visitor_role(qtbot: QtBot) -> None:
    from reception.core.visitors.views import ReturningVisitor
    from reception.ui.queue.returning_model import ReturningModel

    visitor = ReturningVisitor(7, "张三", "138****5678", 3, NOW, "咨询", "")
    model = ReturningModel()
    model.set_visitors([visitor])
    assert (model.rowCount(), model.columnCount()) == (1, 4)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Name", "Phone", "Visits", "Last visit"]
    assert [model.index(0, c).data() for c in range(4)] == ["张三", "138****5678", "3", "咨询"]
    assert model.index(0, 2).data(ReturningModel.VISITOR_ROLE) is visitor
    model.zone = ZoneInfo("Asia/Shanghai")
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Last visit 2026-11-25 10:00"
