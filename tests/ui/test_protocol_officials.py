"""The officials page as the clerk sees it: the one precedence order, drag or keys to
reorder within a rank, and the add dialog."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from reception.core.protocol.officials import OfficialForm, add_official, list_officials
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.protocol.official_dialog import OfficialDialog
from reception.ui.protocol.official_model import OfficialModel
from reception.ui.protocol.officials_page import OfficialsPage
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session

PEOPLE = [  # name, post, rank, in the order they are added
    ("李副县长", "副县长", "county_deputy"),
    ("王书记", "县委书记", "county_chief"),
    ("赵副县长", "副县长", "county_deputy"),
    ("张县长", "县长", "county_chief"),
    ("钱副县长", "副县长", "county_deputy"),
    ("孙科长", "科长", "section_chief"),
]


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


@pytest.fixture
def session(db: Database, clerk: Actor) -> DeskSession:
    return desk_session(db, clerk.login, PASSWORD)


@pytest.fixture
def officials(db: Database, clerk: Actor) -> dict[str, int]:
    with db.unit() as s:
        return {
            name: add_official(s, clerk, OfficialForm(name, post, "某某县", rank)).id
            for name, post, rank in PEOPLE
        }


def _page(qtbot: QtBot, session: DeskSession) -> OfficialsPage:
    page = OfficialsPage(session, None)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _column(page: OfficialsPage, column: int) -> list[str]:
    model = page.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def _stored(db: Database, actor: Actor) -> list[str]:
    with db.read() as s:
        return [o.name for o in list_officials(s, actor)]


def test_the_list_is_in_precedence_order(
    qtbot: QtBot, session: DeskSession, officials: dict[str, int]
) -> None:
    page = _page(qtbot, session)
    assert page.names() == ["王书记", "张县长", "李副县长", "赵副县长", "钱副县长", "孙科长"]
    assert _column(page, OfficialModel.NUMBER) == ["1", "2", "3", "4", "5", "6"]
    assert _column(page, OfficialModel.RANK)[0] == "County or division level, chief"
    assert page.add_action.isVisible() and page.up_action.isVisible()


def test_dropping_a_row_within_its_rank_reorders_it(
    qtbot: QtBot, db: Database, clerk: Actor, session: DeskSession, officials: dict[str, int]
) -> None:
    page = _page(qtbot, session)
    model = page.model
    # Drag 钱副县长 (row 4) and drop it on 李副县长 (row 2): it takes the first deputy place.
    data = model.mimeData([model.index(4, OfficialModel.NAME)])
    with qtbot.waitSignal(page.order_changed, timeout=2000):
        model.dropMimeData(
            data, Qt.DropAction.MoveAction, -1, -1, model.index(2, OfficialModel.NAME)
        )
    assert page.names() == ["王书记", "张县长", "钱副县长", "李副县长", "赵副县长", "孙科长"]
    assert _stored(db, clerk) == page.names()
    assert page.selected() is not None and page.selected().name == "钱副县长"  # type: ignore[union-attr]
    assert "钱副县长" in page.status_label.text()


def test_a_drop_into_another_rank_changes_nothing(
    qtbot: QtBot, db: Database, clerk: Actor, session: DeskSession, officials: dict[str, int]
) -> None:
    page = _page(qtbot, session)
    before = page.names()
    model = page.model
    data = model.mimeData([model.index(5, OfficialModel.NAME)])  # 孙科长 onto 王书记
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    assert page.names() == before == _stored(db, clerk)
    assert page.status_label.text() == "An official moves only within their rank."


def test_ctrl_up_and_down_move_within_the_rank_only(
    qtbot: QtBot, db: Database, clerk: Actor, session: DeskSession, officials: dict[str, int]
) -> None:
    page = _page(qtbot, session)
    page.view.setFocus()
    page.select_official(officials["张县长"])
    assert page.up_action.isEnabled() and not page.down_action.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.names()[:2] == ["张县长", "王书记"])
    assert _stored(db, clerk)[:2] == ["张县长", "王书记"]
    # 王书记 is now last of the county chiefs: it may not go down into the deputies.
    page.select_official(officials["王书记"])
    assert not page.down_action.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.names()[1:3] == ["王书记", "李副县长"]


def test_an_official_added_in_the_dialog_comes_last_in_the_rank(
    qtbot: QtBot, session: DeskSession, officials: dict[str, int]
) -> None:
    page = _page(qtbot, session)
    page.add_official()
    dialog = page.dialog
    assert isinstance(dialog, OfficialDialog) and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_message() != ""  # no name: refused
    dialog.name.setText("周县长")
    dialog.post.setText("常务副县长")
    dialog.rank.setCurrentIndex(dialog.rank.findData("county_deputy"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.names() == [
        "王书记", "张县长", "李副县长", "赵副县长", "钱副县长", "周县长", "孙科长",
    ]  # fmt: skip
    assert page.selected() is not None and page.selected().name == "周县长"  # type: ignore[union-attr]
