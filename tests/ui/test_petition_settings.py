"""The administrator's petitions settings: what is stored is shown, valid changes are saved
in one go, a refused category or notice text saves nothing and says which part, the
{fields} go into a notice by double-click, and only the administrator may change them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox

from reception.core.petitions.documents import DEFAULT_TEMPLATES, TEMPLATE_FIELDS, DocumentKind
from reception.core.petitions.settings import (
    DEFAULT_CATEGORIES,
    PetitionSettings,
    load_petition_settings,
)
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from reception.ui.petitions.petition_settings_dialog import PetitionSettingsDialog
from reception.ui.session import DeskSession
from tests.ui.support import PASSWORD, desk_session

ACCEPTANCE = DocumentKind.ACCEPTANCE
REPLY = DocumentKind.REPLY


@pytest.fixture
def desk(db: Database, admin: Actor) -> DeskSession:
    return desk_session(db)


def _dialog(qtbot: QtBot, session: DeskSession) -> PetitionSettingsDialog:
    dialog = PetitionSettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _stored(db: Database) -> PetitionSettings:
    with db.read() as s:
        return load_petition_settings(s)


def _changes(db: Database) -> int:
    with db.read() as s:
        query = select(func.count()).where(AuditEntry.action == "setting.change")
        return int(s.scalar(query) or 0)


def _save(qtbot: QtBot, dialog: PetitionSettingsDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_shows_the_stored_settings(qtbot: QtBot, desk: DeskSession) -> None:
    dialog = _dialog(qtbot, desk)
    assert dialog.categories.toPlainText().splitlines() == list(DEFAULT_CATEGORIES)
    assert dialog.due_soon.value() == 5
    assert dialog.due_soon.text() == "5 days ahead"
    tabs = dialog.template_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Acceptance notice", "Non-acceptance notice", "Extension notice", "Reply letter",
    ]  # fmt: skip
    for kind, editor in dialog.templates.items():
        assert editor.value() == DEFAULT_TEMPLATES[kind]
        assert editor.state.text() == "The default text."
        assert not editor.restore_button.isEnabled()
    fields = dialog.fields
    assert fields.rowCount() == len(TEMPLATE_FIELDS)
    assert fields.index(1, 0).data() == "{case_no}  the case number, XF2026-000123"


def test_valid_changes_are_saved_in_one_change(
    qtbot: QtBot, db: Database, desk: DeskSession
) -> None:
    before = _changes(db)
    dialog = _dialog(qtbot, desk)
    dialog.categories.setPlainText("城乡建设/征地拆迁\n\n  劳动社保 / 拖欠工资  \n其他/其他\n")
    dialog.due_soon.setValue(7)
    own = DEFAULT_TEMPLATES[ACCEPTANCE].replace("特此告知。", "特此告知，请妥善保存本告知书。")
    dialog.templates[ACCEPTANCE].text.setPlainText(own)
    assert dialog.templates[ACCEPTANCE].state.text() == "The office's own text."
    _save(qtbot, dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    stored = _stored(db)
    assert stored == dialog.saved
    assert stored.categories == ("城乡建设/征地拆迁", "劳动社保/拖欠工资", "其他/其他")
    assert stored.due_soon_days == 7
    assert stored.templates == {"acceptance": own}  # the others stay the defaults
    assert _changes(db) == before + 1


def test_restore_default_puts_the_default_text_back(
    qtbot: QtBot, db: Database, desk: DeskSession
) -> None:
    dialog = _dialog(qtbot, desk)
    dialog.templates[REPLY].text.setPlainText("答复意见书\n{reply}")
    dialog.save()
    assert _stored(db).templates == {"reply": "答复意见书\n{reply}"}

    dialog = _dialog(qtbot, desk)
    editor = dialog.templates[REPLY]
    assert editor.value() == "答复意见书\n{reply}" and editor.restore_button.isEnabled()
    qtbot.mouseClick(editor.restore_button, Qt.MouseButton.LeftButton)
    assert editor.value() == DEFAULT_TEMPLATES[REPLY]
    assert editor.state.text() == "The default text." and not editor.restore_button.isEnabled()
    dialog.save()
    assert _stored(db).templates == {}


def test_a_field_is_put_in_by_double_click(qtbot: QtBot, desk: DeskSession) -> None:
    dialog = _dialog(qtbot, desk)
    dialog.tabs.setCurrentIndex(1)
    dialog.template_tabs.setCurrentWidget(dialog.templates[REPLY])
    text = dialog.templates[REPLY].text
    text.moveCursor(QTextCursor.MoveOperation.End)
    row = TEMPLATE_FIELDS.index("handling_due")
    rect = dialog.field_list.visualRect(dialog.fields.index(row, 0))
    viewport = dialog.field_list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert text.toPlainText() == DEFAULT_TEMPLATES[REPLY] + "{handling_due}"
    assert dialog.templates[DocumentKind.ACCEPTANCE].value() == DEFAULT_TEMPLATES[ACCEPTANCE]


def test_an_unknown_field_is_refused_naming_the_notice(
    qtbot: QtBot, db: Database, desk: DeskSession
) -> None:
    before = _changes(db)
    dialog = _dialog(qtbot, desk)
    dialog.due_soon.setValue(9)
    dialog.templates[REPLY].text.setPlainText("答复意见书\n{petitioner}：{reply}")
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.saved is None
    fields = " ".join("{" + f + "}" for f in TEMPLATE_FIELDS)
    assert dialog.error_label.text() == (
        f"Reply letter: The notice uses {{petitioner}}, which is not one of its fields: {fields}."
    )
    assert dialog.tabs.currentIndex() == 1
    assert dialog.template_tabs.currentWidget() is dialog.templates[REPLY]
    dialog.templates[REPLY].text.setPlainText("答复意见书\n{reply")
    _save(qtbot, dialog)
    assert dialog.error_label.text() == (
        "Reply letter: A brace of the notice has no pair: a field is written as {case_no}."
    )
    assert _stored(db) == PetitionSettings()
    assert _changes(db) == before


def test_refused_categories_save_nothing(qtbot: QtBot, db: Database, desk: DeskSession) -> None:
    dialog = _dialog(qtbot, desk)
    dialog.tabs.setCurrentIndex(1)
    dialog.due_soon.setValue(9)
    dialog.categories.setPlainText("其他/其他\n教育/入学就学\n其他 / 其他")
    _save(qtbot, dialog)
    assert dialog.error_label.text() == "The category 其他/其他 is listed twice."
    assert dialog.tabs.currentIndex() == 0
    dialog.categories.setPlainText("\n  \n")
    _save(qtbot, dialog)
    assert dialog.error_label.text() == "List 1 to 200 categories."
    assert dialog.isVisible()
    assert _stored(db) == PetitionSettings()


def test_only_the_administrator_changes_them(
    qtbot: QtBot, db: Database, staff: dict[Role, Actor]
) -> None:
    dialog = _dialog(qtbot, desk_session(db, Role.PETITIONS_OFFICER.value, PASSWORD))
    assert dialog.error_label.text() == (
        "Only the administrator can change the petitions settings."
    )
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert dialog.categories.isReadOnly() and not dialog.due_soon.isEnabled()
    assert dialog.templates[REPLY].text.isReadOnly()
    dialog.save()
    dialog.insert_field(dialog.fields.index(0, 0))
    assert dialog.templates[ACCEPTANCE].value() == DEFAULT_TEMPLATES[ACCEPTANCE]
    assert _stored(db) == PetitionSettings()
