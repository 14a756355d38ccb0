"""The reports menu's dialog: choose the day (daily report, 接待工作日报) or the month
(monthly report, 接待工作月报), then print it, save it as a PDF, or save it as a Word file
the office edits before it goes up.

Every way reads the report off the GUI thread in a unit of work of its own (making a report
is audited), then renders it there too; the dialog stays open, says where the file went,
and a refusal (a day to come, a role without areas) is said in its red line.
Keys: Ctrl+P print · Ctrl+S save PDF · Ctrl+W save Word · Esc close."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDir, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError, InvalidInput
from reception.core.reports.content import ReportContent, report_content
from reception.core.reports.daily import daily_report
from reception.core.reports.monthly import monthly_report
from reception.core.reports.monthly_content import monthly_content
from reception.core.security.roles import Actor
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.database import Database
from reception.printing.daily_report import print_report, write_report_pdf
from reception.printing.report_docx import write_report_docx
from reception.ui.form_dialog import error_label
from reception.ui.lodging.lodging_prints import LodgingPrint, PrintJob
from reception.ui.messages import error_text
from reception.ui.session import DeskSession
from reception.ui.worker import run_off_thread

NOT_SAVED = QT_TRANSLATE_NOOP("Errors", "The Word file could not be saved as {path}: {reason}")
DONE_STYLE = "color: #1b5e20;"


DAILY, MONTHLY = "daily", "monthly"


def read_report(db: Database, actor: Actor, kind: str, day: date) -> ReportContent:
    """Off the GUI thread: the report of `day` (daily) or of its month (monthly), in a unit
    of work (its audit row)."""
    with db.unit() as s:
        if kind == MONTHLY:
            return monthly_content(monthly_report(s, actor, day.year, day.month))
        return report_content(daily_report(s, actor, day))


class ReportDialog(QDialog):
    """`job` is the last print or PDF asked for; `word_path` the last Word file written."""

    def __init__(
        self,
        session: DeskSession,
        today: date,
        parent: QWidget | None = None,
        *,
        kind: str = DAILY,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.kind = kind
        self.job: LodgingPrint | None = None
        self.word_path: str | None = None
        monthly = kind == MONTHLY
        self.setWindowTitle(self.tr("Monthly report") if monthly else self.tr("Daily report"))
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(not monthly)
        self.day.setDisplayFormat("yyyy-MM" if monthly else "yyyy-MM-dd")
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        # a month: the last one complete by default, as the command line does
        shown = date(today.year, today.month, 1) - timedelta(days=1) if monthly else today
        self.day.setDate(QDate(shown.year, shown.month, shown.day))
        form = QFormLayout()
        form.addRow(self.tr("&Month:") if monthly else self.tr("&Day:"), self.day)
        self.error_line = error_label(self)
        self.status_line = QLabel(self)
        self.status_line.setWordWrap(True)
        self.status_line.setStyleSheet(DONE_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.print_button = self._button(buttons, self.tr("&Print…"), "Ctrl+P", self.print_it)
        self.pdf_button = self._button(buttons, self.tr("Save as P&DF…"), "Ctrl+S", self.ask_pdf)
        self.word_button = self._button(buttons, self.tr("Save as &Word…"), "Ctrl+W", self.ask_word)
        self.pdf_button.setDefault(True)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "The report covers what your role may read; names are masked. "
                "Making it is recorded in the audit log."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_line)
        layout.addWidget(self.status_line)
        layout.addWidget(buttons)

    def _button(
        self, box: QDialogButtonBox, text: str, keys: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setShortcut(QKeySequence(keys))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def chosen_day(self) -> date:
        value = self.day.date()
        return date(value.year(), value.month(), value.day())

    def _title(self) -> str:
        day = self.chosen_day()
        if self.kind == MONTHLY:
            return self.tr("Monthly report {month}").format(month=f"{day:%Y-%m}")
        return self.tr("Daily report {day}").format(day=day.isoformat())

    def _print_job(self) -> LodgingPrint:
        day, kind = self.chosen_day(), self.kind
        title = self._title()
        job = PrintJob(
            title,
            f"{title}.pdf".replace(" ", "-"),
            lambda db, actor: read_report(db, actor, kind, day),
            lambda content, path: write_report_pdf(content, path),
            lambda printer, content: print_report(printer, content),
        )
        self.error_line.clear()
        self.status_line.clear()
        self.job = LodgingPrint(self, self._session, job)
        self.job.saved.connect(self._saved)
        self.job.printed.connect(
            lambda pages: self.status_line.setText(
                self.tr("{pages} pages were printed.").format(pages=pages)
            )
        )
        self.job.failed.connect(self.error_line.setText)
        return self.job

    def print_it(self) -> None:
        """Ctrl+P: ask for the printer, then print off the GUI thread."""
        self._print_job().ask_printer()

    def ask_pdf(self) -> None:
        self._print_job().ask_file()

    def save_pdf(self, path: str) -> None:
        """Write the PDF to `path` without asking (the file dialog's answer, tests)."""
        self._print_job().save_to(path)

    def _saved(self, path: str) -> None:
        self.status_line.setText(self.tr("Saved {path}.").format(path=path))

    def ask_word(self) -> QFileDialog:
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        dialog = QFileDialog(
            self,
            self.tr("Save {title} as a Word file").format(title=self._title()),
            str(Path(folder) / f"{self._title()}.docx".replace(" ", "-")),
            self.tr("Word (*.docx)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("docx")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.save_word)
        dialog.open()
        return dialog

    def save_word(self, path: str) -> None:
        """Read the report and write the Word file to `path`, off the GUI thread."""
        db, actor, day = self._session.db, self._session.actor, self.chosen_day()
        kind = self.kind
        self.error_line.clear()
        self.status_line.clear()
        self.word_button.setEnabled(False)

        def work() -> str:
            content = read_report(db, actor, kind, day)
            try:
                write_report_docx(content, path)
            except (OSError, ValueError) as problem:
                reason = getattr(problem, "strerror", None) or str(problem)
                raise InvalidInput(NOT_SAVED, path=path, reason=reason) from problem
            return path

        def done(written: Any) -> None:
            self.word_path = str(written)
            self._saved(str(written))

        job = run_off_thread(work, succeeded=done, failed=self._failed, parent=self)
        job.finished.connect(lambda: self.word_button.setEnabled(True))

    def _failed(self, error: DeskError) -> None:
        self.error_line.setText(error_text(error))
