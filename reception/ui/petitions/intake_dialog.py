"""The intake form (登记): how the matter came, when, its category, the unit concerned, the
summary and demands, how many people came, and the petitioners. Beside it the repeat
screening shows the typed person's earlier matters; the clerk links the visit to one of
them or records a new matter. A refusal marks every field with its problem and keeps all
that was typed.

Keys: Ctrl+Enter records a new matter · Ctrl+L links to the matter chosen in the screening
· Delete removes the petitioner row that has the focus (not while typing in it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.petitions.deadlines import units_in_use
from reception.core.petitions.intake import (
    IntakeForm,
    RepeatVisit,
    record_repeat_visit,
    register_case,
)
from reception.core.petitions.people import FormRefused
from reception.core.petitions.screening import ScreenHit
from reception.core.petitions.settings import load_petition_settings
from reception.core.petitions.states import CaseForm
from reception.ui.messages import error_text, qt_translate
from reception.ui.petitions.petition_texts import (
    ERROR_STYLE,
    FLAG_STYLE,
    NOTE_STYLE,
    form_text,
    joint_flag,
    pydate,
    qdate,
)
from reception.ui.petitions.petitioner_table import (
    FIELDS,
    PetitionerRowsModel,
    TypingDelegate,
)
from reception.ui.petitions.screening_panel import Person, ScreeningPanel
from reception.ui.session import DeskSession

JOINT_VISIT_PEOPLE = 5
MAX_PEOPLE = 9999
FORM_FIELDS = ("form", "received_on", "category", "unit_concerned", "people_count", "summary")
PETITIONER_FIELDS = ("petitioners", "representatives")


def reason_text(reason: str) -> str:
    """A problem's reason in the shown language (a Phrase knows its context)."""
    return qt_translate(getattr(reason, "context", "Errors"), str(reason))


class IntakeDialog(QDialog):
    """Signals:
    case_registered(object)   the CaseView of the new matter; the dialog then closes
    repeat_recorded(object)   the RepeatVisit recorded on an earlier matter (its `final`
                              says whether the desk must tell the person it is not accepted
                              again); the dialog then closes
    """

    case_registered = Signal(object)
    repeat_recorded = Signal(object)

    def __init__(
        self, session: DeskSession, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today
        self._screened_row = -1
        self.setWindowTitle(self.tr("New petition case"))
        with session.db.read() as s:
            categories = load_petition_settings(s).categories
            units = units_in_use(s, session.actor)
        day = today or date.today()

        self.form = QComboBox(self)
        for form in CaseForm:
            self.form.addItem(form_text(form), form.value)
        self.received = QDateEdit(self)
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.received.setMaximumDate(qdate(day))
        self.received.setDate(qdate(day))
        self.category = QComboBox(self)
        self.category.addItem(self.tr("(not chosen)"), "")
        for category in categories:
            self.category.addItem(category, category)
        self.unit = QLineEdit(self)
        self.unit.setMaxLength(80)
        self.unit.setPlaceholderText(self.tr("The unit the matter is about"))
        completer = QCompleter(units, self.unit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit.setCompleter(completer)
        self.people = QSpinBox(self)
        self.people.setRange(1, MAX_PEOPLE)
        self.joint_label = QLabel(joint_flag(), self)
        self.joint_label.setStyleSheet(FLAG_STYLE)
        self.joint_label.hide()
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What the matter is about, in the person's words"))
        self.summary.setMinimumHeight(70)
        self.summary.setMaximumHeight(130)
        self.demands = QPlainTextEdit(self)
        self.demands.setTabChangesFocus(True)
        self.demands.setPlaceholderText(self.tr("What the person asks for"))
        self.demands.setMinimumHeight(50)
        self.demands.setMaximumHeight(90)

        self.petitioners = PetitionerRowsModel(self, today=today)
        self.petitioners_view = self._petitioners_table()
        self.remove_button = QPushButton(self.tr("&Remove petitioner"), self)
        self.remove_button.clicked.connect(self.remove_petitioner)
        self.representatives_note = QLabel(
            self.tr("Joint visit: tick the representatives the people chose, one to five."),
            self,
        )
        self.representatives_note.setStyleSheet(NOTE_STYLE)
        self.representatives_note.setWordWrap(True)
        self.representatives_note.hide()
        self.people.valueChanged.connect(self._people_changed)

        self.errors: dict[str, QLabel] = {}
        form_layout = QFormLayout()
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form_layout, self.tr("How it &came:"), self.form, "form")
        self._row(form_layout, self.tr("&Received:"), self.received, "received_on")
        self._row(form_layout, self.tr("Ca&tegory:"), self.category, "category")
        self._row(form_layout, self.tr("&Unit concerned:"), self.unit, "unit_concerned")
        people_row = QHBoxLayout()
        people_row.addWidget(self.people)
        people_row.addWidget(self.joint_label)
        people_row.addStretch(1)
        self._row(
            form_layout, self.tr("&People who came:"), people_row, "people_count", self.people
        )
        self._row(form_layout, self.tr("&Summary:"), self.summary, "summary")
        self._row(form_layout, self.tr("&Demands:"), self.demands, "demands")

        petitioners_label = QLabel(self.tr("P&etitioners:"), self)
        petitioners_label.setBuddy(self.petitioners_view)
        petitioner_head = QHBoxLayout()
        petitioner_head.addWidget(petitioners_label)
        petitioner_head.addStretch(1)
        petitioner_head.addWidget(self.remove_button)
        self.errors["petitioners"] = self._error_label()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form_layout)
        left_layout.addLayout(petitioner_head)
        left_layout.addWidget(self.petitioners_view, 1)
        left_layout.addWidget(self.representatives_note)
        left_layout.addWidget(self.errors["petitioners"])

        self.screening = ScreeningPanel(session, self)
        self.screening.repeat_chosen.connect(self.link_repeat)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.screening)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 460])

        self.error_label = self._error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.register_button = self.buttons.addButton(
            self.tr("Record as a &new matter"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.register_button.setDefault(False)
        self.register_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.register)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.screening.choose)

        self.petitioners.person_edited.connect(self._person_committed)
        self.petitioners.rowsInserted.connect(lambda *_: self._fit_people())
        self.petitioners.dataChanged.connect(lambda *_: self._fit_people())
        self.resize(1180, 720)
        self.form.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        self.screening.stop()
        super().done(result)

    # -- building -----------------------------------------------------------------------

    def _error_label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    def _row(
        self,
        form: QFormLayout,
        text: str,
        field: QWidget | QHBoxLayout,
        key: str,
        buddy: QWidget | None = None,
    ) -> None:
        label = QLabel(text, self)
        target = field if isinstance(field, QWidget) else buddy
        if target is not None:
            label.setBuddy(target)
        if isinstance(field, QWidget):
            form.addRow(label, field)
        else:
            form.addRow(label, field)
        self.errors[key] = self._error_label()
        form.addRow("", self.errors[key])

    def _petitioners_table(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.petitioners)
        self.delegate = TypingDelegate(view)
        self.delegate.typed.connect(self._person_typed)
        view.setItemDelegate(self.delegate)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.setTabKeyNavigation(True)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PetitionerRowsModel.ADDRESS, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(PetitionerRowsModel.NAME, 90)
        header.resizeSection(PetitionerRowsModel.ID_NUMBER, 170)
        header.resizeSection(PetitionerRowsModel.PHONE, 120)
        header.setSectionResizeMode(
            PetitionerRowsModel.REPRESENTATIVE, QHeaderView.ResizeMode.ResizeToContents
        )
        view.setMinimumHeight(120)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_petitioner)
        return view

    # -- what was typed -----------------------------------------------------------------

    def _people_changed(self, count: int) -> None:
        joint = count >= JOINT_VISIT_PEOPLE
        self.joint_label.setVisible(joint)
        self.representatives_note.setVisible(joint)
        self.petitioners.set_representatives_required(joint)

    def _fit_people(self) -> None:
        """At least as many people came as are named."""
        named = len(self.petitioners.filled_rows())
        if self.people.value() < named:
            self.people.setValue(named)

    def _person_typed(self, row: int, column: int, text: str) -> None:
        person = self.petitioners.person(row)
        values = {"id_number": person.id_number, "name": person.name, "phone": person.phone}
        field = FIELDS[column]
        if field in values:
            values[field] = text
            self._screened_row = row
            self.screening.look_for(Person(**values))

    def _person_committed(self, row: int) -> None:
        person = self.petitioners.person(row)
        self._screened_row = row
        self.screening.look_for(Person(person.id_number, person.name, person.phone))
        self._show_petitioner_problems()

    def remove_petitioner(self) -> None:
        row = self.petitioners_view.currentIndex().row()
        if row < 0 or self.petitioners.person(row).is_empty():
            return
        self.petitioners.remove_row(row)
        self._screened_row = -1
        self.screening.look_for(Person())
        self._show_petitioner_problems()

    def intake(self) -> IntakeForm:
        return IntakeForm(
            form=str(self.form.currentData()),
            received_on=pydate(self.received.date()),
            summary=self.summary.toPlainText(),
            petitioners=self.petitioners.forms(),
            demands=self.demands.toPlainText(),
            category=str(self.category.currentData() or ""),
            unit_concerned=self.unit.text(),
            people_count=self.people.value(),
        )

    # -- recording ----------------------------------------------------------------------

    def register(self) -> None:
        """Record a new matter; a refusal keeps everything typed and marks each field."""
        self._commit_editing()
        rows = self.petitioners.filled_rows()
        intake = self.intake()
        try:
            with self._session.db.unit() as s:
                view = register_case(s, self._session.actor, intake, today=self._today)
        except FormRefused as refused:
            self.show_problems(refused, rows)
            return
        except DeskError as error:
            self._clear_problems()
            self._say(error_text(error))
            return
        self._clear_problems()
        self.case_registered.emit(view)
        self.accept()

    def link_repeat(self, hit: ScreenHit) -> None:
        """Record this visit as a repeat visit of `hit`'s matter, by the person screened."""
        self._commit_editing()
        row = self._screened_row
        person = self.petitioners.person(row)
        petitioner = None if person.is_empty() else person.form()
        try:
            with self._session.db.unit() as s:
                visit: RepeatVisit = record_repeat_visit(
                    s,
                    self._session.actor,
                    hit.case_id,
                    came_on=pydate(self.received.date()),
                    form=str(self.form.currentData()),
                    people_count=self.people.value(),
                    petitioner=petitioner,
                    today=self._today,
                )
        except FormRefused as refused:
            self.show_problems(refused, [row], came_on="received_on")
            return
        except DeskError as error:
            self._clear_problems()
            self._say(error_text(error))
            return
        self._clear_problems()
        self.repeat_recorded.emit(visit)
        self.accept()

    def _commit_editing(self) -> None:
        """A cell still being typed in counts as typed."""
        view = self.petitioners_view
        editor = QApplication.focusWidget()
        if (
            view.state() == QAbstractItemView.State.EditingState
            and isinstance(editor, QLineEdit)
            and view.isAncestorOf(editor)
        ):
            self.delegate.commitData.emit(editor)
            self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # -- problems -----------------------------------------------------------------------

    def show_problems(self, refused: FormRefused, rows: list[int], **aliases: str) -> None:
        """Every problem next to its field: form fields under the field, petitioners on
        their cells and in the lines under the table. `aliases` maps a key the service
        uses to the field shown ("came_on" → "received_on")."""
        self._clear_problems()
        petitioner_lines: list[str] = []
        others: list[str] = []
        lines = refused.lines(qt_translate)
        for (key, reason), line in zip(refused.problems.items(), lines, strict=True):
            key = aliases.get(key, key)
            head, _, leaf = key.rpartition(".")
            if head.startswith("petitioners[") and head.endswith("]"):
                index = int(head[len("petitioners[") : -1])
                if 0 <= index < len(rows) and rows[index] >= 0:
                    self.petitioners.set_problem(rows[index], leaf, reason_text(reason))
                petitioner_lines.append(line)
            elif key in PETITIONER_FIELDS:
                petitioner_lines.append(reason_text(reason))
            elif key in self.errors:
                self._field_error(key, reason_text(reason))
            else:
                others.append(line)
        if petitioner_lines:
            self._field_error("petitioners", "\n".join(petitioner_lines))
        heading = qt_translate("Errors", refused.heading).format(count=len(refused.problems))
        self._say("\n".join([heading, *others]))

    def _show_petitioner_problems(self) -> None:
        """The problems found on the cells while typing (a wrong ID number)."""
        lines = []
        for row, column, text in self.petitioners.problems():
            lines.append(
                QCoreApplication.translate(
                    "IntakeDialog", "Petitioner {number}, {field}: {reason}"
                ).format(
                    number=row + 1,
                    field=self.petitioners.headerData(
                        column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
                    ),
                    reason=text,
                )
            )
        label = self.errors["petitioners"]
        label.setText("\n".join(lines))
        label.setVisible(bool(lines))

    def _field_error(self, key: str, text: str) -> None:
        label = self.errors[key]
        label.setText(text)
        label.setVisible(bool(text))

    def _clear_problems(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.petitioners.clear_problems()
        self._say("")

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def field_error(self, key: str) -> str:
        """The problem shown next to a field ("summary", "petitioners", …), "" if none."""
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def error_message(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""
