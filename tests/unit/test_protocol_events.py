"""Seating events: participants, the computed chart, swaps confirmed with a reason, the
chart view; on both databases, with permissions per role."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from reception.core.errors import Conflict, InvalidInput, NotFound, NotPermitted
from reception.core.lodging.models import Guest
from reception.core.protocol.events import (
    EventForm,
    add_participant,
    add_participants,
    chart_view,
    compute_chart,
    create_event,
    delete_event,
    get_event,
    list_events,
    participants,
    remove_participant,
    swap_seats,
    update_event,
)
from reception.core.protocol.officials import OfficialForm, add_official
from reception.core.protocol.precedence import precedence_order
from reception.core.protocol.seating import Convention, EventKind, SeatRole, Side
from reception.core.security.models import AuditEntry
from reception.core.security.roles import Actor, Role
from reception.db.database import Database
from tests.unit import lodging_support as support

NOON = datetime(2026, 12, 2, 4, 0, tzinfo=UTC)


@pytest.fixture
def clerk(staff: dict[Role, Actor]) -> Actor:
    return staff[Role.LODGING_CLERK]


def _officials(db: Database, actor: Actor, count: int, rank: str = "county_chief") -> list[int]:
    with db.unit() as session:
        return [
            add_official(session, actor, OfficialForm(f"官员{n:02d}", "", "", rank)).id
            for n in range(1, count + 1)
        ]


def _event(db: Database, actor: Actor, kind: EventKind, **more: object) -> int:
    form = EventForm(kind, "测试", NOON, "第一会议室", **more)  # type: ignore[arg-type]
    with db.unit() as session:
        return create_event(session, actor, form).id


def test_podium_chart_from_the_precedence_order(db: Database, clerk: Actor) -> None:
    ids = _officials(db, clerk, 7)
    event = _event(db, clerk, EventKind.PODIUM)
    with db.unit() as session:
        add_participants(session, clerk, event, official_ids=reversed(ids))
        chart = compute_chart(session, clerk, event)
    assert chart.viewpoint == "As seen from the audience, facing the podium"
    assert [s.person.name for s in chart.blocks[0].seats] == [
        "官员07", "官员05", "官员03", "官员01", "官员02", "官员04", "官员06"
    ]  # fmt: skip
    assert chart.consistent and chart.computed and chart.staff is None
    assert [s.label for s in chart.blocks[0].seats][:2] == ["No. 7", "No. 5"]
    zh = {"No. {number}": "{number}号"}
    assert chart.blocks[0].seats[0].label_in(lambda context, text: zh[text]) == "7号"


def test_rows_and_international(db: Database, clerk: Actor) -> None:
    ids = _officials(db, clerk, 5)
    event = _event(db, clerk, EventKind.PODIUM, rows=(2, 3), convention=Convention.INTERNATIONAL)
    with db.unit() as session:
        add_participants(session, clerk, event, official_ids=ids)
        chart = compute_chart(session, clerk, event)
    rows = [[s.person.name[-1] for s in block.seats] for block in chart.blocks]
    assert rows == [["2", "1"], ["4", "3", "5"]]


def test_banquet_with_guests_staff_limit_and_roles(db: Database, clerk: Actor) -> None:
    delegation = support.delegation(db)
    guests = [
        support.guest(db, name, rank="bureau_chief", delegation_id=delegation)
        for name in ("安一", "白二", "陈三", "丁四")
    ]
    hosts = _officials(db, clerk, 5, rank="bureau_deputy")
    event = _event(db, clerk, EventKind.BANQUET, delegation_id=delegation)
    with db.unit() as session:
        add_participants(session, clerk, event, official_ids=hosts, guest_ids=guests)
        # the office names its fifth official the host of the table
        row = participants(session, clerk, event)
        fifth = next(p for p in row if p.person.name == "官员05")
        remove_participant(session, clerk, event, fifth.id)
        add_participant(session, clerk, event, official_id=hosts[4], role=SeatRole.HOST)
        chart = compute_chart(session, clerk, event)
    seats = {s.label: s.person.name for s in chart.seats()}
    assert seats["Host"] == "官员05" and seats["Deputy host"] == "官员01"
    assert seats["Guest 1"] == "安一" and seats["Guest 4"] == "丁四"
    assert chart.blocks[0].seats[0].label == "Host"
    assert chart.blocks[0].seats[-1].label == "Guest 1"  # on the host's right
    assert chart.staff is not None and (chart.staff.staff, chart.staff.limit) == (5, 3)
    assert chart.staff.ok is False
    assert chart.viewpoint == "As seen from above, the door at the bottom"
    cards = [s.person.name for s in chart.in_precedence_order()]
    assert cards[:2] == ["安一", "白二"] and cards[4] == "官员05"


def test_banquet_tables_and_their_places(db: Database, clerk: Actor) -> None:
    hosts = _officials(db, clerk, 3)
    delegation = support.delegation(db)
    guests = [support.guest(db, f"客{n}", delegation_id=delegation) for n in range(5)]
    event = _event(db, clerk, EventKind.BANQUET, tables=((3, 2), (2, 1)))
    with db.unit() as session:
        add_participants(session, clerk, event, official_ids=hosts, guest_ids=guests)
        chart = compute_chart(session, clerk, event)
    assert [(b.number, b.size) for b in chart.blocks] == [(1, 5), (2, 3)]
    with db.unit() as session:
        add_participant(session, clerk, event, guest_id=support.guest(db, "多一位"))
        with pytest.raises(InvalidInput, match="too few places"):
            compute_chart(session, clerk, event)


def test_meeting_and_car(db: Database, clerk: Actor) -> None:
    ids = _officials(db, clerk, 3)
    guest = support.guest(db, "来宾", rank="provincial_deputy")
    meeting = _event(db, clerk, EventKind.MEETING)
    car = _event(db, clerk, EventKind.CAR)
    with db.unit() as session:
        add_participants(session, clerk, meeting, official_ids=ids, guest_ids=[guest])
        chart = compute_chart(session, clerk, meeting)
        assert [s.side for s in chart.blocks[0].seats] == [Side.GUEST]
        assert [s.label for s in chart.blocks[1].seats] == ["Staff 2", "Host", "Staff 1"]
        add_participants(session, clerk, car, official_ids=ids, guest_ids=[guest])
        seats = compute_chart(session, clerk, car)
    assert [b.size for b in seats.blocks] == [3, 3]
    rear_right = next(s for s in seats.seats() if (s.block, s.place) == (2, 3))
    assert rear_right.person.name == "来宾"  # a provincial guest precedes county officials


def test_a_swap_out_of_order_needs_confirmation_and_a_reason(db: Database, clerk: Actor) -> None:
    ids = _officials(db, clerk, 3)
    event = _event(db, clerk, EventKind.PODIUM)
    with db.unit() as session:
        add_participants(session, clerk, event, official_ids=ids)
        chart = compute_chart(session, clerk, event)
    by_name = {s.person.name: s.id for s in chart.seats()}
    with db.unit() as session:
        check = swap_seats(session, clerk, event, by_name["官员01"], by_name["官员02"])
    assert check.breaks_precedence and not check.applied
    assert check.render() == (
        "Swapping 官员01 and 官员02 puts someone above a person who precedes them."
    )
    with db.unit() as session:
        assert chart_view(session, clerk, event).consistent  # the dry run changed nothing
        with pytest.raises(InvalidInput, match="needs a reason"):
            swap_seats(session, clerk, event, by_name["官员01"], by_name["官员02"], confirm=True)
    with db.unit() as session:
        done = swap_seats(
            session, clerk, event, by_name["官员01"], by_name["官员02"], "身体原因", confirm=True
        )
    assert done.applied
    with db.unit() as session:
        after = chart_view(session, clerk, event)
        reasons = session.scalars(
            select(AuditEntry.reason).where(AuditEntry.action == "seating_seat.swap")
        ).all()
    assert not after.consistent
    moved = {s.person.name: s for s in after.seats()}
    assert moved["官员02"].place == 2 and moved["官员02"].out_of_order
    assert moved["官员02"].swapped_reason == "身体原因"
    assert moved["官员03"].out_of_order is False
    assert reasons == ["身体原因"]
    # swapping back restores the order: no warning, and the reasons go
    with db.unit() as session:
        back = swap_seats(session, clerk, event, by_name["官员01"], by_name["官员02"])
        restored = chart_view(session, clerk, event)
    assert back.applied and not back.breaks_precedence
    assert restored.consistent and all(s.swapped_reason is None for s in restored.seats())


def test_a_swap_across_sides_warns(db: Database, clerk: Actor) -> None:
    ids = _officials(db, clerk, 2)
    guest = support.guest(db, "客人甲")
    event = _event(db, clerk, EventKind.BANQUET)
    with db.unit() as session:
        add_participants(session, clerk, event, official_ids=ids, guest_ids=[guest])
        chart = compute_chart(session, clerk, event)
        host = next(s for s in chart.seats() if s.role is SeatRole.HOST)
        chief = next(s for s in chart.seats() if s.role is SeatRole.GUEST)
        check = swap_seats(session, clerk, event, host.id, chief.id)
    assert check.breaks_precedence and "other side" in check.render()
    with db.unit() as session:
        with pytest.raises(NotFound):
            swap_seats(session, clerk, event, host.id, 99999)
        with pytest.raises(InvalidInput):
            swap_seats(session, clerk, event, host.id, host.id)


def test_changes_clear_the_chart(db: Database, clerk: Actor) -> None:
    ids = _officials(db, clerk, 3)
    event = _event(db, clerk, EventKind.PODIUM)
    with db.unit() as session:
        add_participants(session, clerk, event, official_ids=ids[:2])
        compute_chart(session, clerk, event)
        add_participant(session, clerk, event, official_id=ids[2])
        view = chart_view(session, clerk, event)
        assert not view.computed and view.seats() == [] and len(view.unseated) == 3
        compute_chart(session, clerk, event)
        form = EventForm(EventKind.PODIUM, "改名", NOON, rows=(1, 2))
        update_event(session, clerk, event, form)
        assert not get_event(session, clerk, event).computed
        with pytest.raises(Conflict):
            add_participant(session, clerk, event, official_id=ids[0])


def test_removing_a_guest_takes_them_off_the_event(db: Database, clerk: Actor) -> None:
    guest = support.guest(db, "临时")
    event = _event(db, clerk, EventKind.PHOTO)
    with db.unit() as session:
        add_participant(session, clerk, event, guest_id=guest)
        compute_chart(session, clerk, event)
    with db.unit() as session:
        row = session.get(Guest, guest)
        session.delete(row)
    with db.unit() as session:
        assert chart_view(session, clerk, event).seats() == []
        assert participants(session, clerk, event) == []


def test_events_are_listed_and_checked(db: Database, clerk: Actor) -> None:
    delegation = support.delegation(db)
    later = _event(db, clerk, EventKind.BANQUET, delegation_id=delegation)
    guest = support.guest(db, "客人乙")
    with db.unit() as session:
        early = create_event(
            session, clerk, EventForm(EventKind.PHOTO, "合影", datetime(2026, 12, 1, tzinfo=UTC))
        ).id
        assert [e.id for e in list_events(session, clerk)] == [early, later]
        assert [e.id for e in list_events(session, clerk, delegation_id=delegation)] == [later]
        with pytest.raises(InvalidInput):
            create_event(session, clerk, EventForm(EventKind.PODIUM, "  "))
        with pytest.raises(InvalidInput):
            create_event(
                session, clerk, EventForm(EventKind.PODIUM, "无时区", datetime(2026, 1, 1))
            )
        with pytest.raises(NotFound):
            create_event(session, clerk, EventForm(EventKind.PODIUM, "x", delegation_id=999))
        with pytest.raises(InvalidInput):
            add_participant(session, clerk, early, guest_id=1, official_id=1)
        with pytest.raises(InvalidInput, match="host side"):
            add_participant(session, clerk, early, guest_id=guest, role=SeatRole.HOST)
        delete_event(session, clerk, early)
        assert [e.id for e in list_events(session, clerk)] == [later]


def _two_seats(session: Session, actor: Actor, event: int) -> tuple[int, int]:
    """Seat ids change when a chart is computed again: read them afresh."""
    first, second = chart_view(session, actor, event).seats()[:2]
    return first.id, second.id


@pytest.mark.parametrize(
    ("role", "may_change", "may_read"),
    [
        (Role.LODGING_CLERK, True, True),
        (Role.DIRECTOR, True, True),
        (Role.RECEPTIONIST, False, False),
        (Role.ADMINISTRATOR, False, False),
    ],
)
def test_permissions_per_role(
    db: Database, staff: dict[Role, Actor], role: Role, may_change: bool, may_read: bool
) -> None:
    actor = staff[role]
    clerk = staff[Role.LODGING_CLERK]
    ids = _officials(db, clerk, 2)
    event = _event(db, clerk, EventKind.PODIUM)
    with db.unit() as session:
        add_participants(session, clerk, event, official_ids=ids)
        compute_chart(session, clerk, event)
    changes: list[Callable[[Session], object]] = [
        lambda s: create_event(s, actor, EventForm(EventKind.CAR, "用车")),
        lambda s: compute_chart(s, actor, event),
        lambda s: swap_seats(s, actor, event, *_two_seats(s, clerk, event), "换", confirm=True),
    ]
    for change in changes:
        with db.unit() as session:
            if may_change:
                change(session)
            else:
                with pytest.raises(NotPermitted):
                    change(session)
    with db.unit() as session:
        if may_read:
            assert len(chart_view(session, actor, event).seats()) == 2
        else:
            with pytest.raises(NotPermitted):
                chart_view(session, actor, event)


def test_the_chart_follows_the_one_precedence_order(db: Database, clerk: Actor) -> None:
    """Officials and guests of mixed ranks: seat k holds the k-th of precedence_order."""
    delegation = support.delegation(db)
    ranks = ["bureau_deputy", "county_chief", "bureau_chief", "county_chief", "staff"]
    guests = [
        support.guest(db, f"客{n}", rank=rank, delegation_id=delegation)
        for n, rank in enumerate(ranks)
    ]
    with db.unit() as session:
        officials = [
            add_official(session, clerk, OfficialForm(f"官{n}", "", "", rank)).id
            for n, rank in enumerate(reversed(ranks))
        ]
    event = _event(db, clerk, EventKind.PODIUM, rows=(4, 6))
    with db.unit() as session:
        add_participants(session, clerk, event, official_ids=officials, guest_ids=guests)
        chart = compute_chart(session, clerk, event)
        order = precedence_order(session, clerk, delegation_id=delegation)
    by_order = sorted(chart.seats(), key=lambda s: s.order)
    assert [s.person.name for s in by_order] == [p.name for p in order]
    assert [s.person.name for s in by_order][:3] == ["官2", "客2", "官4"]
