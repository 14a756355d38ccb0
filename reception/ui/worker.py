"""Slow work off the GUI thread (Anki's CollectionOp idea).

    run_off_thread(work, succeeded=show_rows, failed=show_error, parent=self)

`work` runs on a QThreadPool thread and must not touch widgets: it gets its inputs as
values and opens its own unit of work. Its result, or the DeskError it raised, comes back
through a signal that is delivered on the GUI thread, where the callbacks run. Any other
exception is handed to sys.excepthook on the GUI thread (the desk's calm crash message).
A job parented to a widget that is gone by then delivers nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from reception.core.errors import DeskError

T = TypeVar("T")


class Job(QObject):
    """One piece of work in flight. Signals fire on the GUI thread, once, in this order:
    `succeeded(result)` or `failed(DeskError)`, then `finished()`."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()
    _delivered = Signal(object, object)  # (result, exception), emitted from the pool thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = False
        # self lives on the GUI thread, so this connection is queued when the pool emits.
        self._delivered.connect(self._deliver)

    def _finish_from_pool(self, result: object, error: BaseException | None) -> None:
        try:
            if isValid(self):
                self._delivered.emit(result, error)
        except RuntimeError:  # the parent went away meanwhile: nobody is left to tell
            pass

    @Slot(object, object)
    def _deliver(self, result: object, error: BaseException | None) -> None:
        self.done = True
        try:
            if error is None:
                self.succeeded.emit(result)
            elif isinstance(error, DeskError):
                self.failed.emit(error)
            else:
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            self.finished.emit()
            _RUNNING.discard(self)


class _Task(QRunnable):
    def __init__(self, job: Job, work: Callable[[], Any]) -> None:
        super().__init__()
        self._job = job
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, never lost
            self._job._finish_from_pool(None, error)
        else:
            self._job._finish_from_pool(result, None)


# Unparented jobs are kept alive here until they have delivered.
_RUNNING: set[Job] = set()


def run_off_thread(
    work: Callable[[], T],
    *,
    succeeded: Callable[[T], None] | None = None,
    failed: Callable[[DeskError], None] | None = None,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    """Start `work` on the thread pool; call `succeeded(result)` or `failed(error)` on the
    GUI thread. Without `failed`, a DeskError goes to sys.excepthook as well."""
    job = Job(parent)
    if parent is None:
        _RUNNING.add(job)
    if succeeded is not None:
        job.succeeded.connect(succeeded)
    if failed is not None:
        job.failed.connect(failed)
    else:
        job.failed.connect(lambda error: sys.excepthook(type(error), error, error.__traceback__))
    (pool or QThreadPool.globalInstance()).start(_Task(job, work))
    return job
