"""The intake form as a clerk fills it: the repeat screening while typing, the notice of a
final matter, linking a repeat visit, a joint visit's representatives, and refusals shown
next to their fields with nothing written and nothing lost."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from shiboken6 import isValid

from reception.core.petitions.intake import RepeatVisit
from reception.core.petitions.models import PetitionCase, PetitionVisit
from reception.core.petitions.views import CaseView
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.petitions.intake_dialog import IntakeDialog
from reception.ui.petitions.petitioner_table import PetitionerRowsModel
from reception.ui.session import DeskSession
from tests.ui.petition_support import (
    BAD_ID,
    ID_A,
    ID_B,
    TODAY,
    count,
    make_final,
    register,
    type_text,
)
from tests.ui.support import PASSWORD, desk_session

FINAL = "it is not accepted again on the same facts and reasons"
P = PetitionerRowsModel


@pytest.fixture
def officer(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.PETITIONS_OFFICER]


@pytest.fixture
def session(db: Database, officer: Actor) -> DeskSession:
    return desk_session(db, officer.login, PASSWORD)


def _dialog(qtbot: QtBot, session: DeskSession) -> IntakeDialog:
    dialog = IntakeDialog(session, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _editor(qtbot: QtBot, dialog: IntakeDialog, row: int, column: int) -> QLineEdit:
    """Start typing in a cell of the petitioners table, as a double-click does."""
    view = dialog.petitioners_view
    index = dialog.petitioners.index(row, column)
    view.setCurrentIndex(index)
    view.edit(index)
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _set(dialog: IntakeDialog, row: int, column: int, value: object) -> None:
    index = dialog.petitioners.index(row, column)
    role = (
        Qt.ItemDataRole.CheckStateRole if column == P.REPRESENTATIVE else Qt.ItemDataRole.EditRole
    )
    assert dialog.petitioners.setData(index, value, role)


def _fill(dialog: IntakeDialog, summary: str = "反映拖欠工资问题，要求尽快支付。") -> None:
    type_text(dialog.summary, summary)
    type_text(dialog.unit, "市人力资源和社会保障局")
    dialog.category.setCurrentIndex(dialog.category.findData("劳动社保/拖欠工资"))


def test_typing_an_id_number_shows_the_persons_earlier_matters(
    qtbot: QtBot, db: Database, officer: Actor, session: DeskSession
) -> None:
    earlier = register(db, officer, name="张小三", id_number=ID_A)
    register(db, officer, name="李四", id_number=ID_B)
    dialog = _dialog(qtbot, session)
    editor = _editor(qtbot, dialog, 0, P.ID_NUMBER)
    qtbot.keyClicks(editor, ID_A)
    qtbot.waitUntil(lambda: dialog.screening.case_numbers() == [earlier.case_no])
    model = dialog.screening.model
    assert model.index(0, model.MATCH).data() == "Same ID number"
    assert dialog.screening.final_text() == ""
    assert dialog.screening.link_button.isEnabled()
    assert earlier.case_no in dialog.screening.link_button.text()


def test_a_final_matter_is_flagged_and_a_repeat_visit_is_linked_to_it(
    qtbot: QtBot, db: Database, officer: Actor, session: DeskSession
) -> None:
    earlier = register(db, officer, TODAY.replace(day=1), name="张小三", id_number=ID_A)
    make_final(db, officer, earlier.id, TODAY.replace(day=2))
    dialog = _dialog(qtbot, session)
    _set(dialog, 0, P.NAME, "张小三")
    _set(dialog, 0, P.ID_NUMBER, ID_A)
    qtbot.waitUntil(lambda: dialog.screening.case_numbers() == [earlier.case_no])
    notice = dialog.screening.final_text()
    assert earlier.case_no in notice and FINAL in notice
    assert dialog.screening.final_label.isVisible()
    with qtbot.waitSignal(dialog.repeat_recorded) as recorded:
        dialog.screening.link_button.click()
    visit = recorded.args[0]
    assert isinstance(visit, RepeatVisit) and visit.final
    assert visit.case.visit_count == 2
    assert not isValid(dialog) or not dialog.isVisible()
    assert count(db, PetitionCase) == 1
    with db.read() as s:
        repeats = s.scalars(select(PetitionVisit).where(PetitionVisit.is_repeat)).all()
    assert [(v.case_id, v.came_on) for v in repeats] == [(earlier.id, TODAY)]


def test_name_and_phone_find_a_person_without_an_id_number(
    qtbot: QtBot, db: Database, officer: Actor, session: DeskSession
) -> None:
    earlier = register(db, officer, name="王小五", phone="13912345678")
    dialog = _dialog(qtbot, session)
    type_text(_editor(qtbot, dialog, 0, P.NAME), "王小五")
    qtbot.waitUntil(lambda: dialog.screening.case_numbers() == [earlier.case_no])
    _set(dialog, 0, P.NAME, "王小五")
    qtbot.keyClicks(_editor(qtbot, dialog, 0, P.PHONE), "13912345678")
    model = dialog.screening.model
    qtbot.waitUntil(lambda: model.index(0, model.MATCH).data() == "Same name and phone")


def test_a_new_matter_is_registered_from_the_form(
    qtbot: QtBot, db: Database, session: DeskSession
) -> None:
    dialog = _dialog(qtbot, session)
    _fill(dialog)
    _set(dialog, 0, P.NAME, "赵六")
    _set(dialog, 0, P.ID_NUMBER, ID_B)
    _set(dialog, 0, P.PHONE, "13712345678")
    assert dialog.petitioners.rowCount() == 2  # an empty row to type the next person into
    with qtbot.waitSignal(dialog.case_registered) as registered:
        dialog.register_button.click()
    view = registered.args[0]
    assert isinstance(view, CaseView) and view.case_no == "XF2026-000001"
    assert view.petitioners == "赵六" and view.category == "劳动社保/拖欠工资"
    assert count(db, PetitionCase) == 1


def test_a_wrong_id_number_is_shown_on_its_cell_and_nothing_is_written(
    qtbot: QtBot, db: Database, session: DeskSession
) -> None:
    dialog = _dialog(qtbot, session)
    _fill(dialog)
    _set(dialog, 0, P.NAME, "赵六")
    _set(dialog, 0, P.ID_NUMBER, BAD_ID)
    cell = dialog.petitioners.index(0, P.ID_NUMBER)
    assert cell.data(Qt.ItemDataRole.ToolTipRole)  # marked as soon as it is committed
    assert "Petitioner 1" in dialog.field_error("petitioners")
    dialog.register_button.click()
    assert dialog.isVisible()
    assert count(db, PetitionCase) == 0
    assert "Nothing was saved" in dialog.error_message()
    assert "Petitioner 1, ID number" in dialog.field_error("petitioners")
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert cell.data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.field_error("summary") == ""
    # nothing typed was lost
    assert dialog.summary.toPlainText() == "反映拖欠工资问题，要求尽快支付。"
    assert dialog.petitioners.person(0).name == "赵六"
    assert dialog.petitioners.person(0).id_number == BAD_ID
    _set(dialog, 0, P.ID_NUMBER, ID_B)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None
    with qtbot.waitSignal(dialog.case_registered):
        dialog.register_button.click()
    assert count(db, PetitionCase) == 1


def test_every_field_problem_is_shown_next_to_its_field(
    qtbot: QtBot, db: Database, session: DeskSession
) -> None:
    dialog = _dialog(qtbot, session)
    dialog.register_button.click()
    assert "Enter what the matter is about" in dialog.field_error("summary")
    assert "Name at least one petitioner" in dialog.field_error("petitioners")
    assert count(db, PetitionCase) == 0


def test_a_joint_visit_needs_its_representatives(
    qtbot: QtBot, db: Database, session: DeskSession
) -> None:
    dialog = _dialog(qtbot, session)
    _fill(dialog)
    assert not dialog.joint_label.isVisible()
    dialog.people.setValue(6)
    assert dialog.joint_label.isVisible() and dialog.joint_label.text() == "Joint visit"
    title = dialog.petitioners.headerData(P.REPRESENTATIVE, Qt.Orientation.Horizontal)
    assert title == "Representative *"
    _set(dialog, 0, P.NAME, "赵六")
    _set(dialog, 0, P.PHONE, "13712345678")
    _set(dialog, 1, P.NAME, "钱七")
    dialog.register_button.click()
    assert "one to five representatives" in dialog.field_error("petitioners")
    assert count(db, PetitionCase) == 0
    _set(dialog, 1, P.REPRESENTATIVE, Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.case_registered) as registered:
        dialog.register_button.click()
    view = registered.args[0]
    assert view.is_joint and view.people_count == 6
    assert view.petitioners == "赵六、钱七"


def test_naming_more_people_than_counted_raises_the_count(
    qtbot: QtBot, session: DeskSession
) -> None:
    dialog = _dialog(qtbot, session)
    for row, name in enumerate(["赵六", "钱七", "孙八"]):
        _set(dialog, row, P.NAME, name)
    assert dialog.people.value() == 3
    dialog.petitioners_view.setCurrentIndex(dialog.petitioners.index(1, P.NAME))
    dialog.remove_petitioner()
    assert [dialog.petitioners.person(r).name for r in range(2)] == ["赵六", "孙八"]
    assert dialog.petitioners.rowCount() == 3  # and the empty row
