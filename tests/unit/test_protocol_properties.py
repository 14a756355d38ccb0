"""Properties of every chart: a permutation of the precedence numbers, consistent with the
precedence order (the senior always nearer the centre, the host or the front)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from reception.core.protocol.seating import (
    Convention,
    EventKind,
    SeatRole,
    Side,
    banquet,
    banquet_table,
    chart_seats,
    is_consistent,
    podium,
    podium_row,
    table_sides,
)

conventions = st.sampled_from(list(Convention))
people = st.integers(min_value=0, max_value=60)


@given(people, conventions)
def test_a_podium_row_is_a_permutation(n: int, convention: Convention) -> None:
    assert sorted(podium_row(n, convention)) == list(range(1, n + 1))


@given(st.integers(min_value=1, max_value=60), conventions)
def test_seniority_falls_away_from_the_centre(n: int, convention: Convention) -> None:
    row = podium_row(n, convention)
    centre = row.index(1)
    distance = {number: abs(column - centre) for column, number in enumerate(row)}
    numbers = sorted(distance)
    assert all(distance[a] <= distance[b] for a, b in pairwise(numbers))


@given(st.integers(min_value=2, max_value=60))
def test_no2_on_no1s_left_as_the_podium_sees_it(n: int) -> None:
    """Domestic: No.2 sits on No.1's left, which the audience sees on its right."""
    row = podium_row(n, Convention.DOMESTIC)
    assert row.index(2) == row.index(1) + 1
    assert podium_row(n, Convention.INTERNATIONAL) == row[::-1]


@given(st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=5), conventions)
def test_rows_are_a_permutation_front_first(rows: list[int], convention: Convention) -> None:
    n = sum(rows)
    chart = podium(n, rows, convention)
    assert sorted(number for row in chart for number in row) == list(range(1, n + 1))
    for front, back in pairwise(chart):
        assert max(front) < min(back)


@given(st.integers(min_value=0, max_value=30), st.integers(min_value=1, max_value=12))
def test_a_banquet_seats_everybody_once(guests: int, hosts: int) -> None:
    seats = banquet_table(guests, hosts)
    assert sorted(s.place for s in seats) == list(range(1, guests + hosts + 1))
    assert sorted(s.order for s in seats if s.side is Side.GUEST) == list(range(1, guests + 1))
    assert sorted(s.order for s in seats if s.side is Side.HOST) == list(range(1, hosts + 1))
    host = next(s for s in seats if s.role is SeatRole.HOST)
    assert host.place == 1
    if guests:
        chief = next(s for s in seats if s.side is Side.GUEST and s.order == 1)
        assert chief.place == guests + hosts  # on the host's right


@given(st.integers(min_value=0, max_value=30), st.integers(min_value=1, max_value=12))
def test_guests_sit_nearer_the_host_than_later_guests(guests: int, hosts: int) -> None:
    """Guests 1 and 2 are next to the host; a guest never sits further from both the host
    and the deputy than a guest with a later number."""
    seats = banquet_table(guests, hosts)
    total = guests + hosts
    deputy = next((s.place for s in seats if s.role is SeatRole.DEPUTY_HOST), None)

    def nearness(place: int) -> int:
        to_host = min(place - 1, total - place + 1)
        to_deputy = abs(place - deputy) if deputy is not None else total
        return min(to_host, to_deputy)

    ordered = sorted((s for s in seats if s.side is Side.GUEST), key=lambda s: s.order)
    near = [nearness(s.place) for s in ordered]
    assert near == sorted(near)
    if guests >= 2:
        assert {ordered[0].place, ordered[1].place} == {2, total}


@given(
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=10), st.integers(min_value=1, max_value=6)),
        min_size=1,
        max_size=4,
    )
)
def test_tables_are_a_permutation(tables: list[tuple[int, int]]) -> None:
    seats = banquet(tables)
    guests = sum(g for g, _ in tables)
    hosts = sum(h for _, h in tables)
    assert sorted(s.order for s in seats if s.side is Side.GUEST) == list(range(1, guests + 1))
    assert sorted(s.order for s in seats if s.side is Side.HOST) == list(range(1, hosts + 1))
    assert len({(s.block, s.place) for s in seats}) == len(seats)


@given(st.integers(min_value=0, max_value=20), st.integers(min_value=0, max_value=20))
def test_meeting_chief_guest_faces_the_host(guests: int, hosts: int) -> None:
    seats = table_sides(guests, hosts)
    assert sorted(s.order for s in seats if s.block == 1) == list(range(1, guests + 1))
    assert sorted(s.order for s in seats if s.block == 2) == list(range(1, hosts + 1))
    if guests == hosts and guests % 2 == 1:
        chief = next(s for s in seats if s.block == 1 and s.order == 1)
        host = next(s for s in seats if s.block == 2 and s.order == 1)
        assert chief.place == host.place


@given(
    st.sampled_from(list(EventKind)),
    conventions,
    st.integers(min_value=1, max_value=4),
    st.integers(min_value=0, max_value=9),
    st.integers(min_value=1, max_value=5),
    st.permutations(list(range(40))),
)
def test_people_in_precedence_order_make_a_consistent_chart(
    kind: EventKind,
    convention: Convention,
    n: int,
    guests: int,
    hosts: int,
    ranks: list[int],
) -> None:
    """Put the k-th person of the precedence order on the seat of order k: the chart is
    consistent; exchange two people of one side and it is not."""
    seats = chart_seats(kind, convention, people=n, guests=guests, hosts=hosts)
    by_side: dict[Side | None, list[int]] = {}
    for seat in seats:
        by_side.setdefault(seat.side, []).append(seat.order)
    people = {side: sorted(ranks[: len(orders)]) for side, orders in by_side.items()}
    placed = [(s.side, s.order, people[s.side][s.order - 1]) for s in seats]
    assert is_consistent(placed)
    side, orders = next(iter(by_side.items()))
    if len(orders) >= 2:
        swapped = [
            (s, o, people[side][1] if (s, o) == (side, 1) else people[side][0])
            if s == side and o in (1, 2)
            else (s, o, p)
            for s, o, p in placed
        ]
        assert not is_consistent(swapped)
