"""Registering a walk-in (or an appointment) in seconds from the keyboard, and checking in
a slip by its typed code where the desk has no scanner.

Keys: Enter moves to the next field and registers from the last one (the ID number, or the
appointment slot when it is on); Ctrl+Enter registers from anywhere; Ctrl+P prints the last
slip. Typing a name, pinyin, initials ("zs") or a phone number suggests returning visitors:
Down enters the list, Enter takes the visitor, Esc closes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QPoint, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableView,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.people import (
    InvalidIdNumber,
    InvalidName,
    InvalidPhone,
    check_id_number,
    check_phone,
)
from reception.core.settings import load_settings
from reception.core.visitors import service
from reception.core.visitors.registration import FIELD_HOST, FIELD_PURPOSE
from reception.core.visitors.settings import PriorityClass, QueueSettings
from reception.core.visitors.views import Issued, ReturningVisitor
from reception.db.base import utcnow
from reception.printing.slips import SlipFormat
from reception.ui.forms.ui_registration_page import Ui_RegistrationPage
from reception.ui.live import ChangeWatcher
from reception.ui.messages import error_text, qt_translate
from reception.ui.queue.returning_model import ReturningModel
from reception.ui.queue.scan_desk import ScanDesk
from reception.ui.queue.scan_outcome import ScanOutcomeView
from reception.ui.session import DeskSession
from reception.ui.slip_printer import SlipPrinter
from reception.ui.worker import run_off_thread

log = logging.getLogger(__name__)
LOOKUP_DELAY_MS = 150
SLOT_MINUTES = 30
FIRST_SLOT = time(9, 0)
APPOINTMENT_DAYS = 90
SUGGESTION_ROWS = 6
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
HINT_STYLE = "color: #8a5a00;"
NOTE_STYLE = "color: #4d5b6a;"
INVALID_STYLE = (
    'QLineEdit[invalid="true"], QAbstractSpinBox[invalid="true"], QComboBox[invalid="true"]'
    " { border: 2px solid #b00020; border-radius: 3px; padding: 1px; }"
)


def snapped(moment: QDateTime) -> QDateTime:
    """The nearest slot boundary (:00 or :30), seconds dropped."""
    minutes = moment.time().hour() * 60 + moment.time().minute()
    nearest = (minutes + SLOT_MINUTES // 2) // SLOT_MINUTES * SLOT_MINUTES
    start = QDateTime(moment.date(), QTime(0, 0))
    return start.addSecs(nearest * 60)


class SlotEdit(QDateTimeEdit):
    """A date and time whose minutes step by appointment slots of 30 minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)
        self.editingFinished.connect(self._snap)

    def stepBy(self, steps: int) -> None:
        if self.currentSection() == QDateTimeEdit.Section.MinuteSection:
            self.setDateTime(snapped(self.dateTime()).addSecs(steps * SLOT_MINUTES * 60))
        else:
            super().stepBy(steps)

    def _snap(self) -> None:
        slot = snapped(self.dateTime())
        if slot != self.dateTime():
            self.setDateTime(slot)


class RegistrationPage(QWidget):
    """The walk-in and appointment registration form, its ticket panel and a scan field.

    `scan_desk`: the desk's ScanDesk, shared with the main window's scanner capture. Without
    one the page makes its own, and its own outcome banner just above its scan field.

    Signals: visitor_registered(object)  the Issued of each registration
    """

    visitor_registered = Signal(object)

    def __init__(
        self,
        session: DeskSession,
        changes: ChangeWatcher | None = None,
        parent: QWidget | None = None,
        *,
        scan_desk: ScanDesk | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RegistrationPage()
        self.ui.setupUi(self)
        self._session = session
        self._clock = clock
        self._zone = ZoneInfo("Asia/Shanghai")
        self._queue = QueueSettings()
        self._chosen: ReturningVisitor | None = None
        self._series_before_appointment = ""
        self._lookup_field: QLineEdit | None = None
        self._lookup_generation = 0
        self.last_issued: Issued | None = None
        self.setStyleSheet(INVALID_STYLE)
        ui = self.ui

        if scan_desk is None:
            scan_desk = ScanDesk(session, self, clock=clock)
            # Above the scan field, where the clerk looks when scanning, not over the form.
            self.outcome_view: ScanOutcomeView | None = ScanOutcomeView(
                scan_desk, self, above=ui.scanBar
            )
        else:
            self.outcome_view = None  # the owner of the shared desk shows its outcomes
        self.scan_desk = scan_desk
        self.slip_printer = SlipPrinter(self)
        self.slip_printer.printed.connect(self._printed)
        self.slip_printer.print_failed.connect(self._print_failed)

        self.slot_edit = SlotEdit(ui.appointmentSlot)
        ui.appointmentSlotLayout.addWidget(self.slot_edit)
        ui.appointmentSlotLayout.addStretch(1)
        self.slot_edit.setVisible(False)
        QWidget.setTabOrder(ui.appointment, self.slot_edit)
        QWidget.setTabOrder(self.slot_edit, ui.registerButton)

        self.returning = ReturningModel(self)
        self.suggestions = QTableView(self)
        self.suggestions.setModel(self.returning)
        self.suggestions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.suggestions.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # reached by Down, not Tab
        self.suggestions.verticalHeader().hide()
        self.suggestions.setShowGrid(False)
        self.suggestions.setWordWrap(False)
        header = self.suggestions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.suggestions.setStyleSheet(
            "QTableView { border: 1px solid #5b7fa6; } QTableView::item { padding: 3px 10px; }"
        )
        self.suggestions.clicked.connect(lambda index: self._choose(index.row()))
        self.suggestions.hide()
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self._look_up)

        self._style_result_panel()
        for hint in (ui.phoneHint, ui.idNumberHint):
            # A long note must not widen the form: it wraps (see _set_hint).
            hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            hint.setStyleSheet(HINT_STYLE)
            hint.hide()
        ui.keysHint.setStyleSheet(NOTE_STYLE)
        ui.errorLabel.hide()
        self._phone_placeholder = ui.phone.placeholderText()
        self._fill_priorities()
        self._read_settings()

        self._fields: list[QWidget] = [
            ui.name,
            ui.phone,
            ui.purpose,
            ui.host,
            ui.partySize,
            ui.priority,
            ui.service,
            ui.idNumber,
            ui.appointment,
            self.slot_edit,
        ]
        for watched in [*self._fields, ui.registerButton, self.suggestions]:
            watched.installEventFilter(self)
        for line in (ui.name, ui.phone, ui.purpose, ui.host, ui.idNumber):
            line.textEdited.connect(lambda _text, line=line: self._mark(line, False))
        ui.name.textEdited.connect(lambda _text: self._typed(ui.name))
        ui.phone.textEdited.connect(lambda _text: self._typed(ui.phone))
        ui.phone.textEdited.connect(lambda _text: self._phone_hint(final=False))
        ui.phone.editingFinished.connect(lambda: self._phone_hint(final=True))
        ui.idNumber.textEdited.connect(lambda _text: self._id_hint(final=False))
        ui.idNumber.editingFinished.connect(lambda: self._id_hint(final=True))
        ui.appointment.toggled.connect(self._appointment_toggled)
        ui.registerButton.clicked.connect(self.register)
        ui.clearButton.clicked.connect(self.clear_form)
        ui.printButton.clicked.connect(self.print_slip)
        ui.previewButton.clicked.connect(self.preview_slip)
        ui.savePdfButton.clicked.connect(self.save_slip_pdf)
        scan_desk.departure_mode_changed.connect(self._departure_mode_changed)
        self._departure_mode_changed(scan_desk.departure_mode)
        ui.scanEdit.returnPressed.connect(self.check_in_typed)
        ui.scanButton.clicked.connect(self.check_in_typed)
        ui.autoPrint.setChecked(session.desk.auto_print_slip)
        ui.autoPrint.toggled.connect(self._auto_print_toggled)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            self._shortcut(keys, self.register)
        self._shortcut("Ctrl+P", self.print_slip)

        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self._set_slip_buttons(False)
        self.clear_form()

    # -- building ---------------------------------------------------------------

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _style_result_panel(self) -> None:
        ui = self.ui
        ticket_font = QFont(ui.ticketLabel.font())
        ticket_font.setPixelSize(128)
        ticket_font.setBold(True)
        ui.ticketLabel.setFont(ticket_font)
        ui.ticketLabel.setMinimumHeight(int(ticket_font.pixelSize() * 1.25))
        for label, factor, bold in (
            (ui.resultCaption, 1.3, True),
            (ui.visitorLabel, 1.3, False),
            (ui.aheadLabel, 1.5, True),
            (ui.waitLabel, 1.3, False),
        ):
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * factor)
            font.setBold(bold)
            label.setFont(font)
        ui.resultPanel.setObjectName("resultPanel")
        ui.resultPanel.setStyleSheet(
            "QFrame#resultPanel { background: #f4f7fb; border: 1px solid #c9d3de;"
            " border-radius: 8px; }"
        )
        ui.ticketLabel.setStyleSheet("color: #c9d3de;")  # the dash before the first ticket

    def _fill_priorities(self) -> None:
        # Appointment priority follows from the appointment toggle, not from this list.
        for cls in PriorityClass:
            if cls is not PriorityClass.APPOINTMENT:
                self.ui.priority.addItem(qt_translate("Priority", cls.label), cls.value)

    def _read_settings(self) -> None:
        """Services, the office's time zone and the elderly age, from the shared settings."""
        try:
            with self._session.db.read() as db_session:
                self._zone = load_settings(db_session).zone
                self._queue = service.load_queue_settings(db_session)
        except DeskError as error:
            self._show_error(error_text(error))
        self.returning.zone = self._zone
        combo = self.ui.service
        chosen = combo.currentData()
        combo.clear()
        for item in self._queue.services:
            combo.addItem(f"{item.series} {item.name}", item.series)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def refresh(self) -> None:
        """F5: read the settings again; what is typed stays."""
        self._read_settings()

    def _changes_arrived(self, entities: set[str]) -> None:
        if "setting" in entities:
            self._read_settings()

    # -- the form -----------------------------------------------------------------

    def _default_slot(self) -> QDateTime:
        tomorrow = self._clock().astimezone(self._zone).date() + timedelta(days=1)
        return QDateTime(QDate(tomorrow.year, tomorrow.month, tomorrow.day), QTime(9, 0))

    def _reset_slot(self) -> None:
        today = self._clock().astimezone(self._zone).date()
        last = today + timedelta(days=APPOINTMENT_DAYS)
        self.slot_edit.setDateTimeRange(
            QDateTime(QDate(today.year, today.month, today.day), QTime(0, 0)),
            QDateTime(QDate(last.year, last.month, last.day), QTime(23, 30)),
        )
        self.slot_edit.setDateTime(self._default_slot())

    def clear_form(self) -> None:
        """Ready for the next visitor: fields empty, defaults back, focus in the name."""
        ui = self.ui
        for line in (ui.name, ui.phone, ui.purpose, ui.host, ui.idNumber):
            line.clear()
        ui.partySize.setValue(1)
        ui.priority.setCurrentIndex(0)
        ui.appointment.setChecked(False)
        ui.service.setCurrentIndex(0)
        self._reset_slot()
        self._forget_chosen()
        self._hide_suggestions()
        self._clear_error()
        for hint in (ui.phoneHint, ui.idNumberHint):
            hint.clear()
            hint.hide()
        ui.name.setFocus()

    def _appointment_toggled(self, on: bool) -> None:
        self.slot_edit.setVisible(on)
        combo = self.ui.service
        if on:
            self._series_before_appointment = combo.currentData() or ""
            index = combo.findData(self._queue.appointment_series)
            if index >= 0:
                combo.setCurrentIndex(index)
        elif self._series_before_appointment:
            combo.setCurrentIndex(max(0, combo.findData(self._series_before_appointment)))

    def _appointment_at(self) -> datetime | None:
        if not self.ui.appointment.isChecked():
            return None
        slot = snapped(self.slot_edit.dateTime())
        day: date = slot.date().toPython()  # type: ignore[assignment]
        at: time = slot.time().toPython()  # type: ignore[assignment]
        return datetime.combine(day, at.replace(second=0, microsecond=0), tzinfo=self._zone)

    def registration(self) -> service.Registration:
        """The form as the service takes it."""
        ui = self.ui
        ui.partySize.interpretText()
        return service.Registration(
            name=ui.name.text(),
            phone=ui.phone.text(),
            purpose=ui.purpose.text(),
            host=ui.host.text(),
            party_size=ui.partySize.value(),
            priority=ui.priority.currentData() or PriorityClass.ORDINARY.value,
            id_number=ui.idNumber.text(),
            series=ui.service.currentData() or "",
            appointment_at=self._appointment_at(),
            visitor_id=self._chosen.visitor_id if self._chosen else None,
        )

    def register(self) -> Issued | None:
        """Register what is typed: one unit of work. A refusal names the field and
        registers nothing."""
        self._hide_suggestions()
        self._clear_error()
        form = self.registration()
        try:
            with self._session.db.unit() as db_session:
                issued = service.register(db_session, self._session.actor, form, self._clock())
        except DeskError as error:
            self._refused(error)
            return None
        except SQLAlchemyError as error:  # busy or unreachable: the unit was rolled back
            log.warning("A registration could not be stored: %s", error)
            self._show_error(
                self.tr("The database did not answer; nothing was registered. Try again.")
            )
            return None
        self._show_issued(issued, form)
        if self._session.desk.auto_print_slip:
            self.print_slip()
        self.clear_form()
        self.visitor_registered.emit(issued)
        return issued

    def _field_of(self, error: DeskError) -> QWidget | None:
        ui = self.ui
        if isinstance(error, InvalidName):
            return ui.name
        if isinstance(error, InvalidPhone):
            return ui.phone
        if isinstance(error, InvalidIdNumber):
            return ui.idNumber
        field = error.values.get("field")
        if field == FIELD_PURPOSE:
            return ui.purpose
        if field == FIELD_HOST:
            return ui.host
        text = error.text.lower()
        for words, widget in (
            ("party size", ui.partySize),
            ("priority class", ui.priority),
            ("service with series", ui.service),
            ("appointment", self.slot_edit),
        ):
            if words in text:
                return widget
        return None

    def _refused(self, error: DeskError) -> None:
        ui = self.ui
        field = self._field_of(error)
        problem = error_text(error)
        # The people checks say what is wrong but not where: name the field.
        names: dict[QWidget, str] = {
            ui.name: self.tr("Name"),
            ui.phone: self.tr("Phone"),
            ui.idNumber: self.tr("ID number"),
        }
        if field in names:
            problem = self.tr("{field}: {problem}").format(field=names[field], problem=problem)
        self._show_error(problem)
        if field is not None:
            if field is self.slot_edit and not self.ui.appointment.isChecked():
                field = self.ui.appointment
            self._mark(field, True)
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def _clear_error(self) -> None:
        self.ui.errorLabel.clear()
        self.ui.errorLabel.hide()
        for field in self._fields:
            self._mark(field, False)

    def error_message(self) -> str:
        """The refusal shown under the form ("" when none)."""
        return self.ui.errorLabel.text() if self.ui.errorLabel.isVisible() else ""

    def _mark(self, widget: QWidget, invalid: bool) -> None:
        if bool(widget.property("invalid")) == invalid:
            return
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # -- hints as typed ---------------------------------------------------------------

    def _set_hint(self, label: QLabel, text: str, style: str = HINT_STYLE) -> None:
        # Wrapping only when needed: the form layout gives a wrapped label two lines even
        # for a short text.
        room = self.ui.phone.width()
        label.setWordWrap(label.fontMetrics().horizontalAdvance(text) > room)
        label.setText(text)
        label.setStyleSheet(style)
        label.setVisible(bool(text))

    def _phone_hint(self, final: bool) -> None:
        """Gentle: a wrong number is pointed out once the clerk leaves the field, and the
        note goes as soon as the number is right; the service has the last word."""
        ui, text = self.ui, self.ui.phone.text()
        if not text.strip():
            self._set_hint(ui.phoneHint, self._on_file_note(), NOTE_STYLE)
            return
        try:
            check_phone(text)
        except InvalidPhone as error:
            if final or ui.phoneHint.isVisible():
                self._set_hint(ui.phoneHint, error_text(error))
            return
        self._set_hint(ui.phoneHint, "")

    def _id_hint(self, final: bool) -> None:
        ui, text = self.ui, self.ui.idNumber.text()
        if not text.strip():
            self._set_hint(ui.idNumberHint, "")
            return
        today = self._clock().astimezone(self._zone).date()
        try:
            checked = check_id_number(text, today=today)
        except InvalidIdNumber as error:
            if final or ui.idNumberHint.isVisible():
                self._set_hint(ui.idNumberHint, error_text(error))
            return
        born = checked.birth_date
        age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        notes = [qt_translate("People", checked.note)] if checked.note else []
        if age >= self._queue.elderly_age and ui.priority.currentData() == PriorityClass.ORDINARY:
            elderly = self.tr("Aged {age}: the ticket gets the elderly priority.")
            notes.append(elderly.format(age=age))
        self._set_hint(ui.idNumberHint, " ".join(notes), NOTE_STYLE)

    def _on_file_note(self) -> str:
        chosen = self._chosen
        if chosen is None or not chosen.masked_phone:
            return ""
        return self.tr("Phone on file: {phone}. Type a number only if it changed.").format(
            phone=chosen.masked_phone
        )

    # -- returning visitors -------------------------------------------------------------

    def _typed(self, field: QLineEdit) -> None:
        if field is self.ui.name and self._chosen is not None:
            self._forget_chosen()  # another name: not the visitor chosen before
        self._lookup_field = field
        self._lookup_timer.start()

    def _look_up(self) -> None:
        field = self._lookup_field
        if field is None:
            return
        text = field.text().strip()
        digits = sum(c.isdigit() for c in text)
        if not text or (field is self.ui.phone and digits < 4):
            self._hide_suggestions()
            return
        self._lookup_generation += 1
        generation = self._lookup_generation
        db, actor = self._session.db, self._session.actor

        def work() -> list[ReturningVisitor]:  # on a pool thread: values only
            with db.read() as db_session:
                return service.find_returning(db_session, actor, text)

        run_off_thread(
            work,
            succeeded=lambda found: self._found(generation, field, text, found),
            failed=lambda error: log.info("Returning visitors not looked up: %s", error),
            parent=self,
        )

    def _found(
        self, generation: int, field: QLineEdit, text: str, found: list[ReturningVisitor]
    ) -> None:
        # An answer to an older question, or the clerk moved on: not wanted any more.
        # (Leaving the field bumps the generation too.)
        if generation != self._lookup_generation or field.text().strip() != text:
            return
        self.returning.set_visitors(found)
        if not found:
            self._hide_suggestions()
            return
        self._lookup_field = field
        self._place_suggestions(field)

    def _place_suggestions(self, field: QLineEdit) -> None:
        table = self.suggestions
        table.resizeColumnsToContents()
        rows = min(SUGGESTION_ROWS, self.returning.rowCount())
        height = (
            table.horizontalHeader().height()
            + sum(table.rowHeight(row) for row in range(rows))
            + 2 * table.frameWidth()
        )
        top_left = field.mapTo(self, QPoint(0, field.height() + 2))
        width = min(max(field.width(), 560), self.width() - top_left.x() - 8)
        table.setGeometry(top_left.x(), top_left.y(), width, height)
        table.clearSelection()
        table.show()
        table.raise_()

    def suggestions_shown(self) -> list[str]:
        """The names in the suggestion list, as the clerk sees them ([] when closed)."""
        if not self.suggestions.isVisible():
            return []
        model = self.returning
        return [str(model.index(row, model.NAME).data()) for row in range(model.rowCount())]

    def _hide_suggestions(self) -> None:
        self._lookup_timer.stop()
        self._lookup_generation += 1
        self.suggestions.hide()

    def _hide_suggestions_unless_focused(self) -> None:
        focus = self.focusWidget()
        if focus not in (self.ui.name, self.ui.phone, self.suggestions):
            self._hide_suggestions()

    def _choose(self, row: int) -> None:
        visitor = self.returning.visitor(row)
        if visitor is None:
            return
        ui = self.ui
        self._hide_suggestions()
        self._chosen = visitor
        ui.name.setText(visitor.name)
        typed_phone = ui.phone.text()
        try:
            check_phone(typed_phone)
        except InvalidPhone:
            ui.phone.clear()  # four digits or half a number: the number on file is used
        ui.phone.setPlaceholderText(visitor.masked_phone or self._phone_placeholder)
        self._phone_hint(final=False)
        if not ui.purpose.text().strip():
            ui.purpose.setText(visitor.last_purpose)
        if not ui.host.text().strip():
            ui.host.setText(visitor.last_host)
        ui.purpose.setFocus()
        ui.purpose.selectAll()

    def _forget_chosen(self) -> None:
        self._chosen = None
        self.ui.phone.setPlaceholderText(self._phone_placeholder)
        if not self.ui.phone.text().strip():
            self._set_hint(self.ui.phoneHint, "")

    @property
    def chosen_visitor(self) -> ReturningVisitor | None:
        return self._chosen

    # -- keys ---------------------------------------------------------------------------

    def _last_field(self) -> QWidget:
        return self.slot_edit if self.ui.appointment.isChecked() else self.ui.idNumber

    def _advance(self, widget: QWidget) -> None:
        shown = [w for w in self._fields if w.isVisibleTo(self)]
        position = shown.index(widget) if widget in shown else -1
        if 0 <= position < len(shown) - 1:
            shown[position + 1].setFocus(Qt.FocusReason.TabFocusReason)

    def _suggestion_key(self, watched: QObject, key: int) -> bool:
        """Down into the list, Enter takes a visitor, Esc or Up from the top leaves it."""
        ui, table = self.ui, self.suggestions
        field = self._lookup_field or ui.name
        if watched in (ui.name, ui.phone) and table.isVisible():
            if key == Qt.Key.Key_Down:
                table.setFocus(Qt.FocusReason.OtherFocusReason)
                table.selectRow(0)
                return True
            if key == Qt.Key.Key_Escape:
                self._hide_suggestions()
                return True
        if watched is table:
            row = table.currentIndex().row()
            if key in ENTER_KEYS:
                self._choose(max(row, 0))
                return True
            if key == Qt.Key.Key_Escape or (key == Qt.Key.Key_Up and row <= 0):
                self._hide_suggestions()
                field.setFocus()
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if self._suggestion_key(watched, key):
                return True
            plain = not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if key in ENTER_KEYS and plain and isinstance(watched, QWidget):
                if watched is self.ui.registerButton or watched is self._last_field():
                    self.register()
                    return True
                if watched is self.ui.appointment:
                    self.register()  # unticked: the ID number was the last field
                    return True
                if watched in self._fields:
                    self._advance(watched)
                    return True
        elif kind == QEvent.Type.FocusOut and watched in (
            self.ui.name,
            self.ui.phone,
            self.suggestions,
        ):
            # After the focus has moved, so that moving into the list keeps it open.
            QTimer.singleShot(0, self._hide_suggestions_unless_focused)
        return super().eventFilter(watched, event)

    # -- the result and the slip ---------------------------------------------------------

    def _show_issued(self, issued: Issued, form: service.Registration) -> None:
        ui = self.ui
        self.last_issued = issued
        slip = issued.slip
        ui.resultCaption.setText(self.tr("Ticket"))
        ui.ticketLabel.setText(issued.ticket)
        ui.ticketLabel.setStyleSheet("color: #1d4f91;")
        name = " ".join(form.name.split())
        ui.visitorLabel.setText(
            self.tr("{name} · {service}").format(name=name, service=slip.service)
        )
        if slip.appointment_at is not None:
            local = slip.appointment_at.astimezone(self._zone)
            ui.aheadLabel.setText(
                self.tr("Appointment {day} at {time}").format(
                    day=local.strftime("%Y-%m-%d"), time=local.strftime("%H:%M")
                )
            )
            ui.waitLabel.setText(self.tr("On the day, the visitor checks in by scanning the slip."))
        else:
            if issued.people_ahead == 0:
                ui.aheadLabel.setText(self.tr("No one ahead"))
            else:
                ui.aheadLabel.setText(
                    self.tr("People ahead: {count}").format(count=issued.people_ahead)
                )
            if issued.estimated_wait_minutes <= 0:
                ui.waitLabel.setText(self.tr("Served right away"))
            else:
                ui.waitLabel.setText(
                    self.tr("Estimated wait: about {minutes} min").format(
                        minutes=issued.estimated_wait_minutes
                    )
                )
        ui.printStatus.clear()
        self._set_slip_buttons(True)

    def ticket_shown(self) -> str:
        return self.ui.ticketLabel.text()

    def _set_slip_buttons(self, enabled: bool) -> None:
        ui = self.ui
        for button in (ui.printButton, ui.previewButton, ui.savePdfButton):
            button.setEnabled(enabled)
        if not enabled:
            ui.resultCaption.setText(self.tr("Ticket"))
            ui.visitorLabel.setText(self.tr("The next visitor's ticket appears here."))
            ui.aheadLabel.clear()
            ui.waitLabel.clear()

    def _slip_format(self) -> SlipFormat:
        try:
            return SlipFormat(self._session.desk.slip_format)
        except ValueError:
            return SlipFormat.THERMAL_80MM

    def print_slip(self) -> None:
        issued = self.last_issued
        if issued is None:
            return
        self.ui.printStatus.setStyleSheet(NOTE_STYLE)
        self.ui.printStatus.setText(
            self.tr("Sending slip {ticket} to the printer…").format(ticket=issued.ticket)
        )
        printer = self._session.desk.printer or None
        self.slip_printer.print_now(issued.slip, self._slip_format(), printer)

    def preview_slip(self) -> None:
        if self.last_issued is not None:
            self.slip_printer.preview(self.last_issued.slip, self._slip_format())

    def save_slip_pdf(self) -> None:
        if self.last_issued is None:
            return
        path = self.slip_printer.save_pdf(self.last_issued.slip, self._slip_format())
        if path is not None:
            self.ui.printStatus.setStyleSheet(NOTE_STYLE)
            self.ui.printStatus.setText(self.tr("Saved as {path}").format(path=str(path)))

    def _printed(self, ticket: str) -> None:
        self.ui.printStatus.setStyleSheet(NOTE_STYLE)
        self.ui.printStatus.setText(self.tr("Slip {ticket} printed.").format(ticket=ticket))

    def _print_failed(self, message: str) -> None:
        self.ui.printStatus.setStyleSheet("color: #b00020;")
        self.ui.printStatus.setText(message)

    def _auto_print_toggled(self, on: bool) -> None:
        desk = self._session.desk
        desk.auto_print_slip = on
        try:
            desk.save()
        except OSError as error:
            log.warning("Cannot save the desk settings: %s", error)
            self.ui.printStatus.setStyleSheet("color: #b00020;")
            self.ui.printStatus.setText(
                self.tr("The choice applies until the desk closes; it could not be saved.")
            )

    # -- the typed scan -------------------------------------------------------------------

    def _departure_mode_changed(self, departure: bool) -> None:
        self.ui.scanButton.setText(self.tr("Sign out") if departure else self.tr("Check in"))

    def check_in_typed(self) -> None:
        """The slip code typed (or scanned) into the scan field goes through the ScanDesk."""
        text = self.ui.scanEdit.text().strip()
        if not text:
            return
        self.ui.scanEdit.clear()
        self.scan_desk.handle(text)
