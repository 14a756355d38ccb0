"""The Excel export of each list of the desk, wired in one call from its page:

    self.export = export_cases(self, session, bottom_row)

Lists held whole by their model export the view's rows as shown. The cases and the audit
log are read page by page: their export reads every page of the current filter off the GUI
thread, into a throwaway model of the list's own class, so the texts are the list's. The
room chart has no table: its export lists the stays drawn for the month shown, through
`ChartStaysModel`. Filter summaries go into the audit row and under the sheet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QComboBox, QTableView

from reception.core.lodging.chart import ChartBar, RoomChart
from reception.core.petitions.deadlines import CaseFilter, PageKey, list_cases, page_key
from reception.core.petitions.views import CaseView
from reception.core.security.audit import AuditRow
from reception.core.security.roles import Actor
from reception.core.text import QT_TRANSLATE_NOOP
from reception.db.database import Database
from reception.ui.export_action import Say, add_export_action
from reception.ui.lodging.room_chart_texts import building_label, stay_state_label
from reception.ui.models.audit_model import AuditModel, load_page
from reception.ui.models.rows_model import Index, RowsModel
from reception.ui.petitions.case_model import CaseModel
from reception.ui.session import DeskSession

if TYPE_CHECKING:
    from reception.ui.export_action import ListExport, PagedSource

EXPORT_PAGE = 1000  # rows per read when a paged list is exported whole
Row = TypeVar("Row")
Key = TypeVar("Key")


def _joined(parts: list[str]) -> str:
    return "; ".join(part for part in parts if part)


def _combo(label: str, combo: QComboBox) -> str:
    """ "Unit: 市人社局" when the combo holds a choice (its first entry means any)."""
    if combo.currentIndex() <= 0 or combo.currentData() in (None, ""):
        return ""
    return QCoreApplication.translate("ListExport", "{label}: {value}").format(
        label=label, value=combo.currentText()
    )


def _ticked(box: QCheckBox) -> str:
    return box.text().replace("&", "") if box.isChecked() else ""


def _search(text: str) -> str:
    words = text.strip()
    return (
        QCoreApplication.translate("ListExport", "search “{text}”").format(text=words)
        if words
        else ""
    )


def _desk_export(
    page: Any,
    session: DeskSession,
    title: str,
    rows: QTableView | PagedSource,
    list_name: str,
    *,
    summary: Callable[[], str],
    say: Say | None,
    row: QBoxLayout | None = None,
    index: int = -1,
    view: QTableView | None = None,
) -> ListExport:
    """The list's export as the signed-in operator, who is named under the sheet."""
    return add_export_action(
        page,
        title,
        rows,
        db=session.db,
        actor=session.actor,
        operator=session.operator.display_name,
        list_name=list_name,
        view=view,
        filter_summary=summary,
        say=say,
        button_row=row,
        button_index=index,
    )


# -- the visitor queue ------------------------------------------------------------------


def export_onsite(page: Any, session: DeskSession, row: QBoxLayout | None, say: Say) -> ListExport:
    """The on-site list (OnSitePage): its proxy, as sorted and filtered."""
    return _desk_export(
        page,
        session,
        QCoreApplication.translate("ListExport", "On site"),
        page.ui.table,
        "onsite",
        summary=lambda: _search(page.ui.filterEdit.text()),
        say=say,
        row=row,
    )


def export_counter_queue(page: Any, session: DeskSession, say: Say) -> ListExport:
    """The counter's waiting queue (CounterPage), in call order."""
    return _desk_export(
        page,
        session,
        QCoreApplication.translate("ListExport", "Waiting queue"),
        page.ui.waitingTable,
        "counter_queue",
        summary=lambda: QCoreApplication.translate("ListExport", "counter {number}").format(
            number=page.counter
        ),
        say=say,
    )


# -- petitions ----------------------------------------------------------------------------


def _every_page(
    read_page: Callable[[Key | None], list[Row]], key: Callable[[Row], Key]
) -> list[Row]:
    """Every row of a list read a page of EXPORT_PAGE at a time, each page after the `key`
    of the last row before it (None for the first)."""
    rows: list[Row] = []
    after: Key | None = None
    while True:
        page = read_page(after)
        rows += page
        if len(page) < EXPORT_PAGE:
            return rows
        after = key(page[-1])


def all_cases(session: DeskSession, flt: CaseFilter, today: date) -> Callable[[], CaseModel]:
    """Work for a pool thread: every case of the filter, in the list's order."""

    def read_page(after: PageKey | None) -> list[CaseView]:
        with session.db.read() as s:
            return list_cases(s, session.actor, flt, today=today, limit=EXPORT_PAGE, after=after)

    def read() -> CaseModel:
        cases = _every_page(read_page, page_key)
        model = CaseModel()
        model.set_cases(cases, today)
        return model

    return read


def _case_summary(page: Any) -> str:
    bar = page.filters
    parts = [_search(bar.search.text())]
    parts += [
        _combo(QCoreApplication.translate("ListExport", "Unit"), bar.unit),
        _combo(QCoreApplication.translate("ListExport", "Officer"), bar.officer),
    ]
    parts += [_ticked(bar.overdue), _ticked(bar.closed_too)]
    if bar.due_soon.isChecked():
        parts.append(
            QCoreApplication.translate("ListExport", "due within {days} days").format(
                days=bar.days.value()
            )
        )
    return _joined(parts)


def export_cases(page: Any, session: DeskSession, row: QBoxLayout | None) -> ListExport:
    """The deadlines view (CasesPage): every case of the current filter, not only the
    pages loaded; petitioners' names as the role sees them."""

    def start() -> Callable[[], QAbstractItemModel]:
        return all_cases(session, page.filters.current(), page.today())

    return _desk_export(
        page,
        session,
        QCoreApplication.translate("ListExport", "Petition cases"),
        start,
        "cases",
        summary=lambda: _case_summary(page),
        say=page.say,
        row=row,
        index=1,
        view=page.view,
    )


# -- the audit log --------------------------------------------------------------------------


def all_audit_rows(db: Database, actor: Actor, text: str) -> Callable[[], AuditModel]:
    """Work for a pool thread: every audit row of the search, newest first."""

    def read_page(before: int | None) -> list[AuditRow]:
        return load_page(db, actor, before_seq=before, text=text, limit=EXPORT_PAGE)

    def read() -> AuditModel:
        rows = _every_page(read_page, lambda row: row.seq)
        model = AuditModel(db, actor, page_size=max(1, len(rows) + 1))
        model.set_rows(rows, text)
        return model

    return read


def export_audit(page: Any, db: Database, actor: Actor, row: QBoxLayout | None) -> ListExport:
    """The audit log (AuditPage): every row of the current search."""

    def start() -> Callable[[], QAbstractItemModel]:
        return all_audit_rows(db, actor, page.search_edit.text().strip())

    return add_export_action(
        page,
        QCoreApplication.translate("ListExport", "Audit log"),
        start,
        db=db,
        actor=actor,
        list_name="audit",
        view=page.table,
        filter_summary=lambda: _search(page.search_edit.text()),
        say=lambda text, error=False: page.status_label.setText(text),
        button_row=row,
    )


# -- lodging and protocol -----------------------------------------------------------------


def _delegation_summary(page: Any) -> str:
    start, end = page.left.period()
    period = (
        QCoreApplication.translate("ListExport", "from {start} to {end}").format(
            start=start.isoformat(), end=end.isoformat()
        )
        if start is not None and end is not None
        else ""
    )
    return _joined([_search(page.filter_edit.text()), period])


def export_delegations(page: Any, row: QBoxLayout | None) -> ListExport:
    """The delegations list (DelegationsPage), as filtered."""
    session: DeskSession = page.session
    return _desk_export(
        page,
        session,
        QCoreApplication.translate("ListExport", "Delegations"),
        page.list_view,
        "delegations",
        summary=lambda: _delegation_summary(page),
        say=page.say,
        row=row,
        index=1,
    )


def export_officials(page: Any, session: DeskSession, row: QBoxLayout | None) -> ListExport:
    """The officials in precedence order (OfficialsPage)."""
    return _desk_export(
        page,
        session,
        QCoreApplication.translate("ListExport", "Officials"),
        page.view,
        "officials",
        summary=lambda: _ticked(page.show_inactive),
        say=page.say,
        row=row,
        index=len(page.buttons),
    )


class ChartStaysModel(RowsModel[ChartBar]):
    """The stays drawn on the room chart, in its order (room, bed, arrival); a model only
    for the export, since the chart has no table.

    Columns:
        ROOM       "Bldg 1 301" (building and number)
        BED        bed number
        GUEST      the guest's name, as the chart shows it
        DELEGATION the delegation's name, or empty
        ARRIVE     arrival date, YYYY-MM-DD
        DEPART     departure date, YYYY-MM-DD
        NIGHTS     number of nights
        STATE      the stay's state (context "Stays")

    Roles:
        DisplayRole  the texts above
    """

    ROOM, BED, GUEST, DELEGATION, ARRIVE, DEPART, NIGHTS, STATE = range(8)
    TITLES = (
        QT_TRANSLATE_NOOP("ChartStaysModel", "Room"),
        QT_TRANSLATE_NOOP("ChartStaysModel", "Bed"),
        QT_TRANSLATE_NOOP("ChartStaysModel", "Guest"),
        QT_TRANSLATE_NOOP("ChartStaysModel", "Delegation"),
        QT_TRANSLATE_NOOP("ChartStaysModel", "Arrival"),
        QT_TRANSLATE_NOOP("ChartStaysModel", "Departure"),
        QT_TRANSLATE_NOOP("ChartStaysModel", "Nights"),
        QT_TRANSLATE_NOOP("ChartStaysModel", "State"),
    )

    def __init__(self, chart: RoomChart | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        rooms = chart.rooms if chart is not None else ()
        self._rooms = {
            r.room.id: f"{building_label(r.room.building)} {r.room.number}".strip() for r in rooms
        }
        self.set_rows(chart.bars if chart is not None else ())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        bar = self._rows[index.row()]
        texts = (
            self._rooms.get(bar.room_id, ""),
            str(bar.bed),
            bar.guest_name,
            bar.delegation_name,
            bar.arrive.isoformat(),
            bar.depart.isoformat(),
            str(bar.nights),
            stay_state_label(bar.state),
        )
        return texts[index.column()] if 0 <= index.column() < len(texts) else None


def export_chart_stays(
    page: Any, session: DeskSession, row: QBoxLayout | None, say: Say
) -> ListExport:
    """The stays of the month shown on the room chart (RoomChartPage), as filtered."""

    def start() -> Callable[[], QAbstractItemModel]:
        chart = page.chart()  # the month as drawn, already read
        return lambda: ChartStaysModel(chart)

    def summary() -> str:
        filters = page.filters
        parts = [page.month_label.text()]
        parts += [
            _combo(QCoreApplication.translate("ListExport", "Building"), filters.building_filter)
        ]
        parts += [
            _combo(QCoreApplication.translate("ListExport", "Floor"), filters.floor_filter),
            _combo(QCoreApplication.translate("ListExport", "Type"), filters.type_filter),
        ]
        return _joined(parts)

    return _desk_export(
        page,
        session,
        QCoreApplication.translate("ListExport", "Stays"),
        start,
        "stays",
        summary=summary,
        say=say,
        row=row,
    )
