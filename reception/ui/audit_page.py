"""The audit log area: every change, newest first, searchable, more rows as one scrolls."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.security.audit import AuditRow
from reception.core.security.roles import Actor
from reception.db.database import Database
from reception.ui.list_exports import export_audit
from reception.ui.live import ChangeWatcher
from reception.ui.messages import error_text
from reception.ui.models.audit_model import PAGE_SIZE, AuditModel, load_page
from reception.ui.worker import run_off_thread

SEARCH_DELAY_MS = 300
NEAR_BOTTOM_ROWS = 20


class AuditPage(QWidget):
    """A search field over the audit table. A search reads its first page off the GUI
    thread; scrolling near the bottom loads the next page; any change adds the new rows
    on top."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        changes: ChangeWatcher | None = None,
        *,
        page_size: int = PAGE_SIZE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._page_size = page_size
        self._search_number = 0  # the newest search; older answers are dropped
        self.model = AuditModel(db, actor, page_size=page_size, parent=self)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by action, operator or record number"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_label = QLabel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.search)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.model.modelReset.connect(self._fit_columns)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.status_label)
        self.export = export_audit(self, db, actor, top)  # Ctrl+E: every row of the search
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

        if changes is not None:
            changes.changed.connect(self._changes_arrived)
        self.refresh()

    def refresh(self) -> None:
        """Read the first page again for the current search, at once."""
        try:
            self.model.reload(self.search_edit.text().strip())
        except DeskError as error:
            self.status_label.setText(error_text(error))
            return
        self.status_label.clear()

    def search(self) -> None:
        """Read the first page for the search text off the GUI thread."""
        self._search_timer.stop()
        self._search_number += 1
        number = self._search_number
        db, actor, size = self._db, self._actor, self._page_size
        text = self.search_edit.text().strip()
        self.status_label.setText(self.tr("Searching…"))

        def found(rows: list[AuditRow]) -> None:
            if number == self._search_number:
                self.model.set_rows(rows, text)
                self.status_label.clear()

        def refused(error: DeskError) -> None:
            if number == self._search_number:
                self.status_label.setText(error_text(error))

        run_off_thread(
            lambda: load_page(db, actor, text=text, limit=size),
            succeeded=found,
            failed=refused,
            parent=self,
        )

    def _changes_arrived(self, _entities: set[str]) -> None:
        try:
            self.model.add_newer()
        except DeskError as error:
            self.status_label.setText(error_text(error))

    def _scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        near = bar.maximum() - value <= NEAR_BOTTOM_ROWS * max(1, bar.singleStep())
        if near and self.model.canFetchMore(self.table.rootIndex()):
            self.model.fetchMore(self.table.rootIndex())

    def _fit_columns(self) -> None:
        for column in range(AuditModel.DETAILS):
            self.table.resizeColumnToContents(column)
