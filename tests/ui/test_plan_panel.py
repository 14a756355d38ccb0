"""The reception plan's meals and cars on the delegations page, as a lodging clerk uses
them: the dialogs, the staff limit and its reason, and the plan saved as a PDF."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from reception.core.lodging.delegations import DelegationForm, add_delegation
from reception.core.protocol.models import PlanMeal, PlanVehicle
from reception.core.protocol.plan_items import MealForm, add_meal
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.lodging.delegations_page import DelegationsPage
from reception.ui.lodging.plan_dialogs import MealDialog, VehicleDialog
from reception.ui.lodging.plan_panel import MealModel, VehicleModel
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session
from tests.ui.test_slip_printing import pdf_text

BEFORE = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
ZONE = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


@pytest.fixture
def session(db: Database, clerk: Actor) -> DeskSession:
    return desk_session(db, clerk.login, PASSWORD)


@pytest.fixture
def delegation_id(db: Database, clerk: Actor) -> int:
    form = DelegationForm(
        "江东省考察团", "江东省发展改革委", "考察营商环境", "江发改函〔2026〕12号",
        "王秘书", "13812345678", date(2026, 12, 1), date(2026, 12, 4),
    )  # fmt: skip
    with db.unit() as s:
        return add_delegation(s, clerk, form).id


def _page(qtbot: QtBot, session: DeskSession) -> DelegationsPage:
    page = DelegationsPage(session, None, clock=lambda: BEFORE)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def _count(db: Database, model: type[PlanMeal] | type[PlanVehicle]) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _column(model: MealModel | VehicleModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _ok(qtbot: QtBot, dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _meal_dialog(page: DelegationsPage, staff: int, reason: str = "") -> MealDialog:
    page.plan.meals.add_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MealDialog)
    dialog.title.setText("欢迎晚宴")
    dialog.place.setText("迎宾馆二号厅")
    dialog.guests.setValue(8)
    dialog.staff.setValue(staff)
    dialog.cost.setValue(2400)
    dialog.reason.setText(reason)
    return dialog


def test_adding_a_meal_shows_it(
    qtbot: QtBot, db: Database, session: DeskSession, delegation_id: int
) -> None:
    page = _page(qtbot, session)
    assert page.plan.meals.model.rowCount() == 0
    dialog = _meal_dialog(page, staff=3)
    assert not dialog.reason.isEnabled()
    _ok(qtbot, dialog)
    model = page.plan.meals.model
    assert _column(model, MealModel.TITLE) == ["欢迎晚宴"]
    assert _column(model, MealModel.TIME) == ["12-01 12:00"]
    assert _column(model, MealModel.STAFF) == ["3"]
    assert _column(model, MealModel.COST) == ["2,400"]
    assert _column(model, MealModel.WARNING) == [""]
    assert _count(db, PlanMeal) == 1


def test_staff_over_the_limit_without_a_reason_is_refused_and_nothing_written(
    qtbot: QtBot, db: Database, session: DeskSession, delegation_id: int
) -> None:
    page = _page(qtbot, session)
    dialog = _meal_dialog(page, staff=5)
    assert dialog.reason.isEnabled()
    assert "3" in dialog.limit_label.text()
    _ok(qtbot, dialog)
    assert "limit" in dialog.error_message()
    assert dialog.isVisible()
    assert _count(db, PlanMeal) == 0
    assert page.plan.meals.model.rowCount() == 0


def test_staff_over_the_limit_with_a_reason_is_kept_and_shown(
    qtbot: QtBot, db: Database, session: DeskSession, delegation_id: int
) -> None:
    page = _page(qtbot, session)
    dialog = _meal_dialog(page, staff=5, reason="省领导出席")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    model = page.plan.meals.model
    assert _column(model, MealModel.STAFF) == ["5 ⚠"]
    [warning] = _column(model, MealModel.WARNING)
    assert "省领导出席" in warning and "3" in warning
    with db.read() as s:
        assert s.scalars(select(PlanMeal.exception_reason)).all() == ["省领导出席"]


def test_a_car_is_added(
    qtbot: QtBot, db: Database, session: DeskSession, delegation_id: int
) -> None:
    page = _page(qtbot, session)
    page.plan.vehicles.add_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, VehicleDialog)
    dialog.plate.setText("江A·12345")
    dialog.driver.setText("李师傅")
    dialog.seats.setValue(7)
    _ok(qtbot, dialog)
    model = page.plan.vehicles.model
    assert _column(model, VehicleModel.PLATE) == ["江A·12345"]
    assert _column(model, VehicleModel.DRIVER) == ["李师傅"]
    assert _column(model, VehicleModel.SEATS) == ["7"]
    assert _column(model, VehicleModel.SERVES) == ["The whole visit"]
    assert _count(db, PlanVehicle) == 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_plan_saved_as_pdf_has_the_meal(
    qtbot: QtBot,
    db: Database,
    clerk: Actor,
    session: DeskSession,
    delegation_id: int,
    tmp_path: Path,
) -> None:
    form = MealForm(datetime(2026, 12, 2, 18, 0, tzinfo=ZONE), "迎宾馆二号厅", 8, 2, 2400,
                    title="欢迎晚宴")  # fmt: skip
    with db.unit() as s:
        add_meal(s, clerk, delegation_id, form)
    page = _page(qtbot, session)
    assert page.plan.print_action.isEnabled()
    job = page.plan.print_plan()
    assert job is not None
    path = tmp_path / "plan.pdf"
    with qtbot.waitSignal(job.saved, timeout=20000) as saved:
        job.save_to(str(path))
    assert saved.args == [str(path)]
    text = pdf_text(path)
    assert "欢迎晚宴" in text and "迎宾馆二号厅" in text
    assert str(path) in page.status_label.text()


def test_the_director_reads_the_plan_without_changing_it(
    qtbot: QtBot, db: Database, clerk: Actor, staff: dict[Role, Actor], delegation_id: int
) -> None:
    form = MealForm(datetime(2026, 12, 2, 18, 0, tzinfo=ZONE), "迎宾馆", 8, 2, title="晚餐")
    with db.unit() as s:
        add_meal(s, clerk, delegation_id, form)
    page = _page(qtbot, desk_session(db, staff[Role.DIRECTOR].login, PASSWORD))
    assert _column(page.plan.meals.model, MealModel.TITLE) == ["晚餐"]
    buttons = [*page.plan.meals.buttons, *page.plan.vehicles.buttons]
    assert [b.text() for b in buttons if not b.isHidden()] == []
    page.plan.meals.add()
    assert page.dialog is None
