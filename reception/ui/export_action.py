"""Export Excel… on any list of the desk (Ctrl+E): the rows as the list shows them, with the
masking of the operator's role, since the models already hold what the role may see.

    self.export = add_export_action(self, self.tr("On site"), self.ui.table, db=..., ...)

The source is either the page's view, whose model (a proxy, in its sort and filter order)
is read as shown, or, for a list read page by page, a `PagedSource`: called on the GUI
thread when the clerk exports, it captures the current filter and returns the work that
reads every page off the GUI thread and hands back a throwaway model over all the rows,
so the texts come from the same model code as the list's. Writing the workbook and the
audit row ("export.xlsx": list, rows, filter; never the data) happen off the GUI thread;
the file goes away again if the audit row cannot be written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDir,
    QObject,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QLayout,
    QTableView,
    QToolButton,
    QWidget,
)

from reception.core.errors import DeskError
from reception.core.exports import (
    EXPORTED_BY,
    FILTERED_BY,
    Cell,
    record_export,
    typed_cell,
    write_rows_xlsx,
)
from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.db.base import utcnow
from reception.db.database import Database
from reception.ui.messages import error_text
from reception.ui.page_actions import page_action, text_button
from reception.ui.worker import Job, run_off_thread

EXPORT_KEYS = ("Ctrl+E",)
PagedSource = Callable[[], Callable[[], QAbstractItemModel]]
Say = Callable[..., None]  # say(text, error=False): the page's status line


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[Cell]]


@dataclass(frozen=True)
class Exported:
    path: str
    rows: int


def shown_columns(view: QTableView | None, model: QAbstractItemModel) -> list[int]:
    """The columns the view shows (all of the model's when there is no view)."""
    count = model.columnCount()
    if view is None:
        return list(range(count))
    return [c for c in range(count) if not view.isColumnHidden(c)]


def table_of(model: QAbstractItemModel, columns: Sequence[int]) -> Table:
    """Every row's DisplayRole texts, in the model's order, as Excel values."""
    display = Qt.ItemDataRole.DisplayRole
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal, display) or "") for c in columns]
    rows: list[list[Cell]] = []
    for r in range(model.rowCount()):
        cells: list[Cell] = []
        for c in columns:
            value = model.index(r, c).data(display)
            cells.append(typed_cell("" if value is None else str(value)))
        rows.append(cells)
    return Table(headers, rows)


def row_holding(widget: QWidget) -> QBoxLayout | None:
    """The box layout that holds `widget` (its button row), searched from its parent's
    layout down; None when there is none."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    layouts: list[QLayout] = [top] if top is not None else []
    while layouts:
        layout = layouts.pop()
        if layout.indexOf(widget) >= 0:
            return layout if isinstance(layout, QBoxLayout) else None
        for i in range(layout.count()):
            item = layout.itemAt(i)
            inner = item.layout() if item is not None else None
            if inner is not None:
                layouts.append(inner)
    return None


def default_name(title: str, zone_day: str) -> str:
    """ "<title>-<date>.xlsx", without characters a file name may not hold."""
    safe = "".join("-" if ch in '<>:"/\\|?*' else ch for ch in title).strip() or "export"
    return f"{safe}-{zone_day}.xlsx"


class ListExport(QObject):
    """The export of one list. Signals: `exported(path, rows)` once the workbook and its
    audit row are written; `export_failed(text)` with the reason shown."""

    exported = Signal(str, int)
    export_failed = Signal(str)

    def __init__(
        self,
        page: QWidget,
        title: str,
        source: QTableView | PagedSource,
        *,
        db: Database,
        actor: Actor,
        list_name: str,
        operator: str = "",
        view: QTableView | None = None,
        filter_summary: Callable[[], str] = lambda: "",
        say: Say | None = None,
    ) -> None:
        super().__init__(page)
        self._page = page
        self.title = title
        self._source = source
        self._db = db
        self._actor = actor
        self._list_name = list_name
        self._operator = operator or actor.login
        self._view = source if isinstance(source, QTableView) else view
        self._filter_summary = filter_summary
        self._say = say
        self.dialog: QFileDialog | None = None
        self.job: Job | None = None
        self.action: QAction = page_action(
            page, self.tr("E&xport to Excel…"), EXPORT_KEYS, self.ask_file
        )
        self.action.setToolTip(self.tr("Save this list as an Excel workbook, as shown (Ctrl+E)"))
        self.button: QToolButton | None = None

    def add_button(self, row: QBoxLayout, index: int = -1) -> QToolButton:
        """A button for the action in the page's button row (at `index`; last by default)."""
        self.button = text_button(self._page, self.action)
        row.insertWidget(index, self.button)
        return self.button

    # -- asking ---------------------------------------------------------------------------

    def ask_file(self) -> None:
        """Ask where to save, in the documents folder under "<title>-<date>.xlsx"."""
        folder = (
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or QDir.homePath()
        )
        day = utcnow().astimezone().strftime("%Y-%m-%d")
        dialog = QFileDialog(
            self._page,
            self.tr("Export to Excel"),
            str(Path(folder) / default_name(self.title, day)),
            self.tr("Excel workbook (*.xlsx)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.export_to)
        self.dialog = dialog
        dialog.open()

    # -- writing --------------------------------------------------------------------------

    def export_to(self, path: str) -> Job:
        """Write the list to `path` off the GUI thread; the status line tells the outcome."""
        summary = self._filter_summary()
        note_by = QCoreApplication.translate("Exports", EXPORTED_BY)
        note_filter = (
            QCoreApplication.translate("Exports", FILTERED_BY).format(filter=summary)
            if summary
            else ""
        )
        db, actor, operator = self._db, self._actor, self._operator
        title, list_name = self.title, self._list_name
        read = self._reader()

        def work() -> Exported:
            table = read()
            with db.read() as session:
                zone = load_settings(session).zone
            stamp = utcnow().astimezone(zone).strftime("%Y-%m-%d %H:%M")
            note = note_by.format(operator=operator, time=stamp)
            if note_filter:
                note = f"{note}\n{note_filter}"
            target = write_rows_xlsx(path, title, table.headers, table.rows, note=note, zone=zone)
            try:
                with db.unit() as session:
                    record_export(session, actor, list_name, len(table.rows), summary, target.name)
            except BaseException:
                target.unlink(missing_ok=True)  # an export nobody could trace is not kept
                raise
            return Exported(str(target), len(table.rows))

        self.tell(self.tr("Exporting…"))
        self.job = run_off_thread(work, succeeded=self._done, failed=self._failed, parent=self)
        return self.job

    def _reader(self) -> Callable[[], Table]:
        """What the worker calls for the table: the shown rows are read here, on the GUI
        thread; a paged list's are read by the worker, through a throwaway model."""
        if isinstance(self._source, QTableView):
            model = self._source.model()
            table = table_of(model, shown_columns(self._view, model))
            return lambda: table
        if self._view is not None:
            hidden = {
                c for c in range(self._view.model().columnCount()) if self._view.isColumnHidden(c)
            }
        else:
            hidden = set()
        fetch = self._source()

        def read() -> Table:
            model = fetch()
            columns = [c for c in range(model.columnCount()) if c not in hidden]
            return table_of(model, columns)

        return read

    def _done(self, result: Exported) -> None:
        self.tell(
            self.tr("Exported {rows} rows to {path}.").format(rows=result.rows, path=result.path)
        )
        self.exported.emit(result.path, result.rows)

    def _failed(self, error: DeskError) -> None:
        text = error_text(error)
        self.tell(text, error=True)
        self.export_failed.emit(text)

    def tell(self, text: str, *, error: bool = False) -> None:
        if self._say is not None:
            self._say(text, error=error)


def add_export_action(
    page: QWidget,
    title: str,
    rows_source: QTableView | PagedSource,
    *,
    db: Database,
    actor: Actor,
    list_name: str,
    operator: str = "",
    view: QTableView | None = None,
    filter_summary: Callable[[], str] = lambda: "",
    say: Say | None = None,
    button_row: QBoxLayout | None = None,
    button_index: int = -1,
) -> ListExport:
    """The page's "Export Excel…" action (Ctrl+E), and its button in `button_row` if given.
    `list_name` names the list in the audit row ("cases"); `say(text, error=...)` is the
    page's status line."""
    export = ListExport(
        page,
        title,
        rows_source,
        db=db,
        actor=actor,
        list_name=list_name,
        operator=operator,
        view=view,
        filter_summary=filter_summary,
        say=say,
    )
    if button_row is not None:
        export.add_button(button_row, button_index)
    return export
