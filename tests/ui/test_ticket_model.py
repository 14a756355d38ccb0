"""The ticket and on-site tables, read without a window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from reception.core.visitors.views import OnSiteVisitor, QueuedTicket
from reception.ui.models.onsite_model import OnSiteModel
from reception.ui.models.ticket_model import TicketModel

NOW = datetime(2026, 11, 25, 2, 30, tzinfo=UTC)  # 10:30 in Beijing
ZONE = ZoneInfo("Asia/Shanghai")


def _ticket(label: str, **kw: object) -> QueuedTicket:
    values: dict[str, object] = {
        "ticket_id": 1,
        "visit_id": 1,
        "ticket": label,
        "series": label[0],
        "state": "waiting",
        "priority": "ordinary",
        "name": "张三",
        "purpose": "咨询",
        "host": "办公室",
        "party_size": 1,
        "queued_at": NOW - timedelta(minutes=12, seconds=30),
        "appointment_at": None,
        "counter": None,
        "called_at": None,
        "recalls": 0,
        "for_counter": None,
    }
    values.update(kw)
    return QueuedTicket(**values)  # type: ignore[arg-type]


def _row(model: TicketModel | OnSiteModel, row: int) -> list[str]:
    return [str(model.index(row, c).data() or "") for c in range(model.columnCount())]


def test_ticket_rows_show_what_the_counter_needs(qtbot: QtBot) -> None:
    model = TicketModel()
    model.set_tickets(
        [
            _ticket("A003", priority="elderly", name="王五"),
            _ticket(
                "C001",
                appointment_at=datetime(2026, 11, 25, 2, 45, tzinfo=UTC),
                priority="appointment",
            ),
            _ticket("A004", series="B", name="李四"),
            _ticket("A005", for_counter=2, queued_at=None),
        ],
        NOW,
        ZONE,
    )
    assert model.rowCount() == 4 and model.columnCount() == 7
    assert _row(model, 0) == ["A003", "王五", "Elderly", "12 min", "办公室", "", ""]
    assert _row(model, 1)[TicketModel.PRIORITY] == "Appointment"
    assert _row(model, 1)[TicketModel.APPOINTMENT] == "10:45"
    assert _row(model, 2)[TicketModel.TRANSFERRED] == "From A"
    assert _row(model, 3)[TicketModel.TRANSFERRED] == "To this counter"
    assert _row(model, 3)[TicketModel.WAITED] == ""
    assert model.index(0, 0).data(TicketModel.TICKET_ROLE).ticket == "A003"
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "咨询"
    assert model.row_of("A004") == 2 and model.row_of("Z1") == -1
    assert model.index(0, TicketModel.WAITED).data(TicketModel.SORT_ROLE) == 12


def test_ticket_headers_and_an_unknown_priority(qtbot: QtBot) -> None:
    model = TicketModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == [
        "Ticket",
        "Name",
        "Priority",
        "Waited",
        "Host",
        "Appointment",
        "Transferred",
    ]
    model.set_tickets([_ticket("A001", priority="vip")], NOW)
    assert model.index(0, TicketModel.PRIORITY).data() == "vip"
    assert model.index(0, 0, QModelIndex()).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.rowCount(model.index(0, 0)) == 0


def _visitor(visit_id: int, name: str, host: str, party: int, checked: bool) -> OnSiteVisitor:
    arrived = NOW - timedelta(minutes=30 - visit_id)
    return OnSiteVisitor(
        visit_id=visit_id,
        name=name,
        masked_name=name[0] + "*",
        party_size=party,
        host=host,
        purpose="咨询",
        ticket=f"A{visit_id:03d}",
        arrived_at=arrived,
        checked_in_at=arrived + timedelta(minutes=1) if checked else None,
    )


def test_onsite_rows_totals_and_removal(qtbot: QtBot) -> None:
    model = OnSiteModel()
    model.set_visitors(
        [_visitor(1, "张三", "财政局", 3, True), _visitor(2, "李四", "办公室", 1, False)], ZONE
    )
    assert _row(model, 0) == ["张三", "3", "财政局", "咨询", "A001", "10:01", "Yes, 10:02", ""]
    assert _row(model, 1)[OnSiteModel.CHECKED_IN] == "No"
    assert model.people() == 4
    assert model.index(1, 0).data(OnSiteModel.VISITOR_ROLE).visit_id == 2
    assert model.remove_visit(1)
    assert not model.remove_visit(1)
    assert model.people() == 1 and model.rowCount() == 1


def test_onsite_filter_finds_name_pinyin_initials_and_host(qtbot: QtBot) -> None:
    model = OnSiteModel()
    model.set_visitors(
        [_visitor(1, "张三", "财政局", 1, True), _visitor(2, "李四", "办公室", 1, True)], ZONE
    )
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterRole(OnSiteModel.FILTER_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def shown(text: str) -> list[str]:
        proxy.setFilterFixedString(text)
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    assert shown("zs") == ["张三"]
    assert shown("LISI") == ["李四"]
    assert shown("办公") == ["李四"]
    assert shown("四") == ["李四"]
    assert shown("") == ["张三", "李四"]
