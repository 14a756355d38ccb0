"""Putting a visitor slip on paper from the desk: preview, print to a chosen or the default
printer (off the GUI thread), or save as PDF. Problems end in a message box, never a
traceback."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from reception.core.errors import DeskError, InvalidInput
from reception.core.text import QT_TRANSLATE_NOOP
from reception.core.visitors.views import SlipContent
from reception.printing.slips import SlipFormat, print_slip, slip_page_layout, write_slip_pdf
from reception.ui.messages import show_error
from reception.ui.worker import run_off_thread

NO_PRINTER = QT_TRANSLATE_NOOP(
    "Errors", "No printer is installed. Save the slip as a PDF, or ask for a printer to be set up."
)
UNKNOWN_PRINTER = QT_TRANSLATE_NOOP(
    "Errors", "The printer {name} is not installed. Choose another one in the settings."
)
PRINTER_REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "The printer {name} did not accept the slip. Check that it is on and has paper."
)
NOT_SAVED = QT_TRANSLATE_NOOP("Errors", "The slip could not be saved as {path}.")


def installed_printers() -> list[QPrinterInfo]:
    return QPrinterInfo.availablePrinters()


def printer_names() -> list[str]:
    """For a settings list: every printer this computer can print to."""
    return [info.printerName() for info in installed_printers()]


def choose_printer(name: str | None) -> str:
    """The printer to use: the one named, else the system's default, else the only one."""
    printers = installed_printers()
    if not printers:
        raise InvalidInput(NO_PRINTER)
    if name:
        if any(info.printerName() == name for info in printers):
            return name
        raise InvalidInput(UNKNOWN_PRINTER, name=name)
    default = QPrinterInfo.defaultPrinter()
    return default.printerName() if not default.isNull() else printers[0].printerName()


def open_printer(name: str) -> QPrinter:
    return QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)


def _print_on(name: str, slip: SlipContent, fmt: SlipFormat) -> str:
    """Runs on a pool thread: QPainter may draw on a QPrinter there."""
    printer = open_printer(name)
    try:
        print_slip(printer, slip, fmt)
    except OSError as error:
        raise InvalidInput(PRINTER_REFUSED, name=name) from error
    return slip.ticket


class SlipPreviewDialog(QPrintPreviewDialog):
    """Qt's print preview of one slip; it holds the printer it previews on."""

    def __init__(self, slip: SlipContent, fmt: SlipFormat, parent: QWidget | None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(slip_page_layout(fmt, slip))
        super().__init__(printer, parent)
        self.preview_printer = printer  # the dialog does not own it
        self.slip = slip
        self.fmt = fmt
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        print_slip(printer, self.slip, self.fmt)


class SlipPrinter(QObject):
    """The desk's slip printing. `printed(ticket)` fires once a printer took the slip,
    `print_failed(message)` when it did not (the message was shown already)."""

    printed = Signal(str)
    print_failed = Signal(str)

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget

    def preview(self, slip: SlipContent, fmt: SlipFormat) -> SlipPreviewDialog:
        dialog = SlipPreviewDialog(slip, fmt, self.parent_widget)
        dialog.setWindowTitle(self.tr("Slip {ticket}").format(ticket=slip.ticket))
        dialog.open()
        return dialog

    def print_now(
        self, slip: SlipContent, fmt: SlipFormat, printer_name: str | None = None
    ) -> bool:
        """Send the slip to `printer_name` or the default printer. False, after telling the
        clerk why, when there is no such printer; the printing itself runs off the GUI
        thread and reports through `printed` / `print_failed`."""
        try:
            name = choose_printer(printer_name)
        except DeskError as error:
            self._failed(error)
            return False
        run_off_thread(
            lambda: _print_on(name, slip, fmt),
            succeeded=self.printed.emit,
            failed=self._failed,
            parent=self,
        )
        return True

    def save_pdf(self, slip: SlipContent, fmt: SlipFormat) -> Path | None:
        """Ask where, then write the slip there; None if the clerk cancelled or it failed."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / self.tr("Slip-{ticket}.pdf").format(
            ticket=slip.ticket
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Save slip as PDF"),
            str(suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
        try:
            write_slip_pdf(path, slip, fmt)
        except OSError:
            self._failed(InvalidInput(NOT_SAVED, path=str(path)))
            return None
        return path

    def _failed(self, error: DeskError) -> None:
        box = show_error(self.parent_widget, error, self.tr("Printing"))
        self.print_failed.emit(box.text())
