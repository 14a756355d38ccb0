"""The administrator's petitions settings: the category taxonomy (one "group/category" per
line), how many days ahead a deadline counts as due soon, and the texts of the four notices
with the {fields} they may use and a "Restore default" each. Saved in one unit of work; a
refusal names the part refused, is shown in the dialog, and nothing is saved."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.petitions.documents import (
    DEFAULT_TEMPLATES,
    TEMPLATE_FIELDS,
    DocumentKind,
    check_template,
)
from reception.core.petitions.settings import PetitionSettings, load_petition_settings
from reception.core.petitions.settings_edit import MAX_DUE_SOON_DAYS, update_petition_settings
from reception.core.security.roles import Permission
from reception.core.text import QT_TRANSLATE_NOOP
from reception.ui.messages import error_text
from reception.ui.models.rows_model import Index, RowsModel
from reception.ui.session import DeskSession

ERROR_STYLE = "color: #b00020; font-weight: bold;"
NOTE_STYLE = "color: #4d5b6a;"
FIELD_NOTES: dict[str, str] = {
    "office": QT_TRANSLATE_NOOP("TemplateFieldModel", "the office's name"),
    "case_no": QT_TRANSLATE_NOOP("TemplateFieldModel", "the case number, XF2026-000123"),
    "name": QT_TRANSLATE_NOOP("TemplateFieldModel", "the petitioner, or the representatives"),
    "received": QT_TRANSLATE_NOOP("TemplateFieldModel", "the day the matter was received"),
    "summary": QT_TRANSLATE_NOOP("TemplateFieldModel", "the matter in brief"),
    "unit": QT_TRANSLATE_NOOP("TemplateFieldModel", "the unit handling it"),
    "handling_due": QT_TRANSLATE_NOOP("TemplateFieldModel", "the day the reply is due"),
    "reason": QT_TRANSLATE_NOOP(
        "TemplateFieldModel", "the reason for not accepting, or for the extension"
    ),
    "extension_days": QT_TRANSLATE_NOOP("TemplateFieldModel", "the days of the extension"),
    "reply": QT_TRANSLATE_NOOP("TemplateFieldModel", "the reply given"),
    "date": QT_TRANSLATE_NOOP("TemplateFieldModel", "the day the notice is issued"),
    "review_days": QT_TRANSLATE_NOOP(
        "TemplateFieldModel", "the days within which a review may be asked"
    ),
}


def document_label(kind: DocumentKind) -> str:
    return QCoreApplication.translate("Petitions", kind.label)


class TemplateFieldModel(RowsModel[str]):
    """The {fields} a notice's text may use, in TEMPLATE_FIELDS' order.

    Columns:
        FIELD  "{case_no}  the case number"

    Roles:
        DisplayRole  the text above
        ToolTipRole  how to use it
        FIELD_ROLE   "{case_no}", what is inserted
    """

    FIELD = 0
    TITLES: ClassVar[tuple[str, ...]] = (QT_TRANSLATE_NOOP("TemplateFieldModel", "Field"),)
    FIELD_ROLE = Qt.ItemDataRole.UserRole + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = self._rows[index.row()]
        shown = "{" + name + "}"
        if role == self.FIELD_ROLE:
            return shown
        if role == Qt.ItemDataRole.DisplayRole:
            note = FIELD_NOTES.get(name, "")
            text = QCoreApplication.translate("TemplateFieldModel", note) if note else ""
            return f"{shown}  {text}".rstrip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Double-click to put {field} into the text.").format(field=shown)
        return None


class TemplateEditor(QWidget):
    """One notice's text: its first line is the title, each further line a paragraph."""

    def __init__(self, kind: DocumentKind, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(text)
        self.state = QLabel(self)
        self.state.setStyleSheet(NOTE_STYLE)
        self.restore_button = QPushButton(self.tr("Restore &default"), self)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self.restore_button.clicked.connect(self.restore_default)
        self.text.textChanged.connect(self._show_state)
        self._show_state()

    def value(self) -> str:
        return self.text.toPlainText()

    def is_default(self) -> bool:
        return self.value().strip() == DEFAULT_TEMPLATES[self.kind].strip()

    def restore_default(self) -> None:
        self.text.setPlainText(DEFAULT_TEMPLATES[self.kind])

    def _show_state(self) -> None:
        self.state.setText(
            self.tr("The default text.") if self.is_default() else self.tr("The office's own text.")
        )
        self.restore_button.setEnabled(self.text.isEnabled() and not self.is_default())


class PetitionSettingsDialog(QDialog):
    """Accepted once the settings are stored; `saved` is what the service stored.
    Keys: Ctrl+S saves."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.saved: PetitionSettings | None = None
        with session.db.read() as s:
            loaded = load_petition_settings(s)
        self._loaded = loaded
        self.setWindowTitle(self.tr("Petitions settings"))
        self.resize(820, 640)

        self.tabs = QTabWidget(self)
        general = QWidget(self.tabs)
        self.due_soon = QSpinBox(general)
        self.due_soon.setRange(0, MAX_DUE_SOON_DAYS)
        self.due_soon.setValue(loaded.due_soon_days)
        self.due_soon.setSuffix(self.tr(" days ahead"))
        self.categories = QPlainTextEdit(general)
        self.categories.setPlainText("\n".join(loaded.categories))
        note = QLabel(
            self.tr(
                "One category per line, as group/category (城乡建设/征地拆迁). Cases are "
                "filed and counted in the monthly statistics under these names."
            ),
            general,
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        form = QFormLayout(general)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_soon)
        due_row.addStretch(1)
        due_label = QLabel(self.tr("A deadline is &due soon:"), general)
        due_label.setBuddy(self.due_soon)
        form.addRow(due_label, due_row)
        categories_label = QLabel(self.tr("Cate&gories:"), general)
        categories_label.setBuddy(self.categories)
        form.addRow(categories_label)
        form.addRow(note)
        form.addRow(self.categories)
        self.tabs.addTab(general, self.tr("&Categories and deadlines"))

        notices = QWidget(self.tabs)
        self.template_tabs = QTabWidget(notices)
        self.templates: dict[DocumentKind, TemplateEditor] = {}
        for kind in DocumentKind:
            text = loaded.templates.get(kind.value) or DEFAULT_TEMPLATES[kind]
            editor = TemplateEditor(kind, text, self.template_tabs)
            self.template_tabs.addTab(editor, document_label(kind))
            self.templates[kind] = editor
        self.fields = TemplateFieldModel(self)
        self.fields.set_rows(TEMPLATE_FIELDS)
        self.field_list = QListView(notices)
        self.field_list.setModel(self.fields)
        self.field_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_list.activated.connect(self.insert_field)
        help_text = QLabel(
            self.tr(
                "The first line is the title; each further line is a paragraph. Texts "
                "in braces are filled from the case:"
            ),
            notices,
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet(NOTE_STYLE)
        side = QVBoxLayout()
        side.addWidget(help_text)
        side.addWidget(self.field_list, 1)
        notices_layout = QHBoxLayout(notices)
        notices_layout.addWidget(self.template_tabs, 3)
        notices_layout.addLayout(side, 2)
        self.tabs.addTab(notices, self.tr("&Notices"))

        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)
        if not session.actor.may(Permission.MANAGE_SETTINGS):
            self._read_only()

    def _read_only(self) -> None:
        self.due_soon.setEnabled(False)
        self.categories.setReadOnly(True)
        for editor in self.templates.values():
            editor.text.setReadOnly(True)
            editor.restore_button.setEnabled(False)
            editor.restore_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.error_label.setText(
            self.tr("Only the administrator can change the petitions settings.")
        )

    # -- editing ----------------------------------------------------------------------------

    def current_template(self) -> TemplateEditor:
        editor = self.template_tabs.currentWidget()
        assert isinstance(editor, TemplateEditor)
        return editor

    def insert_field(self, index: QModelIndex) -> None:
        editor = self.current_template()
        if editor.text.isReadOnly() or not index.isValid():
            return
        editor.text.insertPlainText(str(index.data(TemplateFieldModel.FIELD_ROLE)))
        editor.text.setFocus()

    def category_lines(self) -> list[str]:
        return [line for line in self.categories.toPlainText().splitlines() if line.strip()]

    def _refuse(self, text: str, tab: int, template: DocumentKind | None = None) -> None:
        self.error_label.setText(text)
        self.tabs.setCurrentIndex(tab)
        if template is not None:
            self.template_tabs.setCurrentWidget(self.templates[template])

    def save(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            return
        texts = {kind.value: editor.value() for kind, editor in self.templates.items()}
        for kind, editor in self.templates.items():
            if not editor.value().strip():
                continue  # empty: the default text again
            try:
                check_template(editor.value())
            except DeskError as error:
                self._refuse(
                    self.tr("{notice}: {problem}").format(
                        notice=document_label(kind), problem=error_text(error)
                    ),
                    1,
                    kind,
                )
                return
        session = self._session
        try:
            with session.db.unit() as s:
                self.saved = update_petition_settings(
                    s,
                    session.actor,
                    categories=self.category_lines(),
                    due_soon_days=self.due_soon.value(),
                    templates=texts,
                )
        except DeskError as error:
            self.saved = None
            self._refuse(error_text(error), 0)
            return
        self.accept()
