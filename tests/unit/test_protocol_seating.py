"""Where people sit, by precedence number (DOMAIN.md section 4): table-driven."""

from __future__ import annotations

import pytest

from reception.core.errors import InvalidInput
from reception.core.protocol.seating import (
    Convention,
    EventKind,
    SeatRole,
    Side,
    banquet,
    banquet_table,
    car_seats,
    chart_seats,
    check_staff,
    is_consistent,
    photo_line,
    podium,
    podium_row,
    seat_label,
    staff_limit,
    table_sides,
    viewpoint,
)

DOMESTIC = Convention.DOMESTIC
INTERNATIONAL = Convention.INTERNATIONAL

# Seen from the audience, left to right (以左为尊 from the podium's own view).
PODIUM_DOMESTIC = {
    1: [1],
    2: [1, 2],
    3: [3, 1, 2],
    4: [3, 1, 2, 4],
    5: [5, 3, 1, 2, 4],
    6: [5, 3, 1, 2, 4, 6],
    7: [7, 5, 3, 1, 2, 4, 6],
    8: [7, 5, 3, 1, 2, 4, 6, 8],
    9: [9, 7, 5, 3, 1, 2, 4, 6, 8],
    10: [9, 7, 5, 3, 1, 2, 4, 6, 8, 10],
    11: [11, 9, 7, 5, 3, 1, 2, 4, 6, 8, 10],
    12: [11, 9, 7, 5, 3, 1, 2, 4, 6, 8, 10, 12],
    13: [13, 11, 9, 7, 5, 3, 1, 2, 4, 6, 8, 10, 12],
    14: [13, 11, 9, 7, 5, 3, 1, 2, 4, 6, 8, 10, 12, 14],
    15: [15, 13, 11, 9, 7, 5, 3, 1, 2, 4, 6, 8, 10, 12, 14],
}

PODIUM_INTERNATIONAL = {
    1: [1],
    2: [2, 1],
    3: [2, 1, 3],
    4: [4, 2, 1, 3],
    5: [4, 2, 1, 3, 5],
    6: [6, 4, 2, 1, 3, 5],
    7: [6, 4, 2, 1, 3, 5, 7],
    8: [8, 6, 4, 2, 1, 3, 5, 7],
    9: [8, 6, 4, 2, 1, 3, 5, 7, 9],
    10: [10, 8, 6, 4, 2, 1, 3, 5, 7, 9],
    11: [10, 8, 6, 4, 2, 1, 3, 5, 7, 9, 11],
    12: [12, 10, 8, 6, 4, 2, 1, 3, 5, 7, 9, 11],
    13: [12, 10, 8, 6, 4, 2, 1, 3, 5, 7, 9, 11, 13],
    14: [14, 12, 10, 8, 6, 4, 2, 1, 3, 5, 7, 9, 11, 13],
    15: [14, 12, 10, 8, 6, 4, 2, 1, 3, 5, 7, 9, 11, 13, 15],
}


@pytest.mark.parametrize(("n", "expected"), sorted(PODIUM_DOMESTIC.items()))
def test_podium_domestic_seen_from_the_audience(n: int, expected: list[int]) -> None:
    assert podium_row(n, DOMESTIC) == expected


@pytest.mark.parametrize(("n", "expected"), sorted(PODIUM_INTERNATIONAL.items()))
def test_podium_international_is_the_mirror(n: int, expected: list[int]) -> None:
    assert podium_row(n, INTERNATIONAL) == expected


def test_the_domain_examples() -> None:
    assert podium_row(7) == [7, 5, 3, 1, 2, 4, 6]
    assert podium_row(8) == [7, 5, 3, 1, 2, 4, 6, 8]
    assert podium_row(0) == []


@pytest.mark.parametrize(
    ("n", "rows", "convention", "expected"),
    [
        (7, [3, 4], DOMESTIC, [[3, 1, 2], [6, 4, 5, 7]]),
        (7, [4, 3], DOMESTIC, [[3, 1, 2, 4], [7, 5, 6]]),
        (7, [3, 4], INTERNATIONAL, [[2, 1, 3], [7, 5, 4, 6]]),
        (12, [5, 7], DOMESTIC, [[5, 3, 1, 2, 4], [12, 10, 8, 6, 7, 9, 11]]),
        (10, [3, 3, 4], DOMESTIC, [[3, 1, 2], [6, 4, 5], [9, 7, 8, 10]]),
        (5, [7, 7], DOMESTIC, [[5, 3, 1, 2, 4]]),  # back rows left empty are not drawn
        (9, [7, 7], DOMESTIC, [[7, 5, 3, 1, 2, 4, 6], [8, 9]]),
        (15, [], INTERNATIONAL, [PODIUM_INTERNATIONAL[15]]),
    ],
)
def test_podium_rows_front_outranks_back(
    n: int, rows: list[int], convention: Convention, expected: list[list[int]]
) -> None:
    assert podium(n, rows, convention) == expected


def test_rows_too_small_are_refused() -> None:
    with pytest.raises(InvalidInput, match="hold 6 people, not 7"):
        podium(7, [3, 3])
    with pytest.raises(InvalidInput):
        podium(3, [0, 3])
    with pytest.raises(InvalidInput):
        podium_row(-1)


def test_the_photo_line_is_the_podium_pattern() -> None:
    assert photo_line(6, INTERNATIONAL) == [6, 4, 2, 1, 3, 5]


def _labels(seats: list) -> list[str]:  # type: ignore[type-arg]
    return [seat_label(seat) for seat in sorted(seats, key=lambda s: s.place)]


@pytest.mark.parametrize(
    ("guests", "hosts", "clockwise"),
    [
        (
            8,
            2,
            [
                "Host",
                "Guest 2",
                "Guest 6",
                "Guest 7",
                "Guest 3",
                "Deputy host",
                "Guest 4",
                "Guest 8",
                "Guest 5",
                "Guest 1",
            ],
        ),
        (
            6,
            4,
            [
                "Host",
                "Guest 2",
                "Guest 6",
                "Staff 1",
                "Guest 3",
                "Deputy host",
                "Guest 4",
                "Staff 2",
                "Guest 5",
                "Guest 1",
            ],
        ),
        (3, 1, ["Host", "Guest 2", "Guest 3", "Guest 1"]),
        (1, 1, ["Host", "Guest 1"]),
        (2, 2, ["Host", "Guest 2", "Deputy host", "Guest 1"]),
        (0, 3, ["Host", "Deputy host", "Staff 1"]),
    ],
)
def test_banquet_clockwise_from_the_host(guests: int, hosts: int, clockwise: list[str]) -> None:
    assert _labels(banquet_table(guests, hosts)) == clockwise


def test_banquet_host_right_and_left() -> None:
    """The host faces the door at the top: his right is the last place clockwise."""
    seats = {seat_label(s): s.place for s in banquet_table(4, 2)}
    assert seats["Guest 1"] == 6 and seats["Guest 2"] == 2
    assert seats["Deputy host"] == 4  # opposite the host
    assert seats["Guest 3"] == 3 and seats["Guest 4"] == 5  # deputy's right, then left


def test_banquet_needs_a_host() -> None:
    with pytest.raises(InvalidInput):
        banquet_table(4, 0)
    with pytest.raises(InvalidInput):
        banquet([])


def test_several_tables_continue_each_side() -> None:
    seats = banquet([(4, 2), (5, 1)])
    second = [s for s in seats if s.block == 2]
    assert sorted(s.order for s in second if s.side is Side.GUEST) == [5, 6, 7, 8, 9]
    assert [s.order for s in second if s.side is Side.HOST] == [3]
    assert [s.role for s in second if s.side is Side.HOST] == [SeatRole.HOST]
    guest_one_of_table_two = next(s for s in second if s.order == 5)
    assert seat_label(guest_one_of_table_two) == "Guest 1"


def test_meeting_table_sides() -> None:
    seats = table_sides(5, 3)
    guest_side = [s.order for s in sorted(seats, key=lambda s: s.place) if s.block == 1]
    host_side = [seat_label(s) for s in sorted(seats, key=lambda s: s.place) if s.block == 2]
    assert guest_side == [4, 2, 1, 3, 5]  # No.2 on the chief guest's right: drawing's left
    assert host_side == ["Staff 2", "Host", "Staff 1"]
    assert {s.side for s in seats if s.block == 1} == {Side.GUEST}


@pytest.mark.parametrize(
    ("n", "places"),
    [
        (1, [(2, 3)]),
        (2, [(2, 3), (2, 1)]),
        (3, [(2, 3), (2, 1), (1, 3)]),
        (4, [(2, 3), (2, 1), (1, 3), (2, 2)]),
    ],
)
def test_car_seats(n: int, places: list[tuple[int, int]]) -> None:
    assert [(s.block, s.place) for s in sorted(car_seats(n), key=lambda s: s.order)] == places


def test_a_car_holds_four() -> None:
    with pytest.raises(InvalidInput, match="at most 4"):
        car_seats(5)


@pytest.mark.parametrize(
    ("guests", "limit"), [(0, 3), (1, 3), (9, 3), (10, 3), (11, 3), (12, 4), (15, 5), (31, 10)]
)
def test_staff_limit(guests: int, limit: int) -> None:
    assert staff_limit(guests) == limit


@pytest.mark.parametrize(
    ("guests", "staff", "ok"), [(10, 3, True), (10, 4, False), (12, 4, True), (12, 5, False)]
)
def test_staff_check(guests: int, staff: int, ok: bool) -> None:
    check = check_staff(guests, staff)
    assert check.ok is ok
    assert check.render() == f"{staff} accompanying for {guests} guests (at most {check.limit})"


def test_every_kind_states_its_viewpoint() -> None:
    assert viewpoint(EventKind.PODIUM) == "As seen from the audience, facing the podium"
    assert "door at the bottom" in viewpoint(EventKind.BANQUET)
    assert {viewpoint(kind).context for kind in EventKind} == {"Seating"}  # type: ignore[attr-defined]


def test_labels_translate() -> None:
    seat = banquet_table(3, 1)[-1]
    assert seat_label(seat, lambda context, text: {"Guest {number}": "客人{number}"}[text]) == (
        "客人1"
    )


def test_chart_seats_dispatches_by_kind() -> None:
    assert len(chart_seats(EventKind.PODIUM, people=5, rows=(2, 3))) == 5
    assert len(chart_seats(EventKind.BANQUET, guests=3, hosts=2)) == 5
    assert len(chart_seats(EventKind.CAR, people=2)) == 2
    assert len(chart_seats(EventKind.MEETING, guests=2, hosts=2)) == 4
    assert [s.place for s in chart_seats(EventKind.PHOTO, INTERNATIONAL, people=3)] == [1, 2, 3]


def test_consistency() -> None:
    assert is_consistent([(None, 1, 10), (None, 2, 11), (Side.HOST, 1, 3)])
    assert not is_consistent([(None, 1, 11), (None, 2, 10)])
