"""The last line of defence: an unexpected exception is logged with its traceback and the
operator sees a calm message instead of a desk that silently stops."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from reception.core.errors import DeskError
from reception.ui.messages import error_text

log = logging.getLogger(__name__)


class CrashReporter:
    """A `sys.excepthook`: `install()` puts it in place, `uninstall()` restores the one
    before. PySide hands exceptions escaping slots and event handlers to the hook."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self._previous = sys.excepthook
        self._showing = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def message(self, error: BaseException) -> str:
        if isinstance(error, DeskError):
            return error_text(error)
        return QCoreApplication.translate(
            "Crash",
            "Something unexpected went wrong. The last action may not have been completed: "
            "please check it and try again.\n\nThe details were written to {path}.",
        ).format(path=self.log_path)

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        log.error("Unexpected error", exc_info=(kind, error, trace))
        if self._showing or not isinstance(QApplication.instance(), QApplication):
            return  # one message at a time; the log has every one
        self._showing = True
        try:
            QMessageBox.critical(
                QApplication.activeWindow(),
                QCoreApplication.translate("Crash", "Reception desk"),
                self.message(error),
            )
        except Exception:  # the message itself failed: the log still has the details
            log.exception("Could not show the error message")
        finally:
            self._showing = False
