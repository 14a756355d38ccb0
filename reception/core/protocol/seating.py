"""Where each person sits, by precedence number alone (DOMAIN.md section 4). No database.

Every function answers with precedence numbers: 1 is the senior person, and the caller puts
the people of the one precedence order on them. Positions are stated as the chart is drawn:

- podium and photo: rows front first, columns from the left AS SEEN FROM THE AUDIENCE (or
  the camera). Domestic convention (以左为尊, stated from the podium's own view): No.1 in the
  centre, No.2 on No.1's left, No.3 on the right, outward; seen from the audience seven sit
  7 5 3 1 2 4 6 and eight 7 5 3 1 2 4 6 8. International (以右为尊): the same mirrored.
- banquet: a round table seen from above with the door at the bottom; the host sits at the
  top facing the door (place 1), places go clockwise. Guest 1 on the host's right, guest 2
  on the host's left, the deputy host opposite, guest 3 on the deputy's right, guest 4 on
  the deputy's left, then outward in the same turn.
- meeting table: seen from above with the door at the bottom; the guests take the side
  facing the door (top), the hosts the other; chief guest and host face each other in the
  middle, No.2 on No.1's right, No.3 on the left, outward.
- car: seen from above, front at the top; 1 rear right, 2 behind the driver, 3 beside the
  driver, 4 rear middle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise

from reception.core.errors import InvalidInput
from reception.core.text import QT_TRANSLATE_NOOP, Phrase

CONTEXT = "Seating"
MAX_PEOPLE = 500  # a chart larger than this is a typing error
CAR_PASSENGERS = 4


class Convention(StrEnum):
    DOMESTIC = "domestic"  # 以左为尊
    INTERNATIONAL = "international"  # 以右为尊

    @property
    def label(self) -> str:
        return Phrase(CONTEXT, CONVENTION_LABELS[self])


CONVENTION_LABELS: dict[Convention, str] = {
    Convention.DOMESTIC: QT_TRANSLATE_NOOP("Seating", "Domestic: the left is senior"),
    Convention.INTERNATIONAL: QT_TRANSLATE_NOOP("Seating", "International: the right is senior"),
}


class EventKind(StrEnum):
    PODIUM = "podium"
    BANQUET = "banquet"
    MEETING = "meeting"
    CAR = "car"
    PHOTO = "photo"

    @property
    def label(self) -> str:
        return Phrase(CONTEXT, EVENT_KIND_LABELS[self])

    @property
    def sided(self) -> bool:
        """Whether the chart seats a host side and a guest side."""
        return self in (EventKind.BANQUET, EventKind.MEETING)


EVENT_KIND_LABELS: dict[EventKind, str] = {
    EventKind.PODIUM: QT_TRANSLATE_NOOP("Seating", "Meeting with a podium"),
    EventKind.BANQUET: QT_TRANSLATE_NOOP("Seating", "Banquet"),
    EventKind.MEETING: QT_TRANSLATE_NOOP("Seating", "Meeting table"),
    EventKind.CAR: QT_TRANSLATE_NOOP("Seating", "Car"),
    EventKind.PHOTO: QT_TRANSLATE_NOOP("Seating", "Group photo"),
}


class Side(StrEnum):
    HOST = "host"
    GUEST = "guest"

    @property
    def label(self) -> str:
        return Phrase(CONTEXT, SIDE_LABELS[self])


SIDE_LABELS: dict[Side, str] = {
    Side.HOST: QT_TRANSLATE_NOOP("Seating", "Host side"),
    Side.GUEST: QT_TRANSLATE_NOOP("Seating", "Guest side"),
}


class SeatRole(StrEnum):
    HOST = "host"
    DEPUTY_HOST = "deputy_host"
    GUEST = "guest"
    STAFF = "staff"
    PLACE = "place"

    @property
    def label(self) -> str:
        """An English template with `{number}`; translate in context "Seating"."""
        return Phrase(CONTEXT, SEAT_ROLE_LABELS[self])


SEAT_ROLE_LABELS: dict[SeatRole, str] = {
    SeatRole.HOST: QT_TRANSLATE_NOOP("Seating", "Host"),
    SeatRole.DEPUTY_HOST: QT_TRANSLATE_NOOP("Seating", "Deputy host"),
    SeatRole.GUEST: QT_TRANSLATE_NOOP("Seating", "Guest {number}"),
    SeatRole.STAFF: QT_TRANSLATE_NOOP("Seating", "Staff {number}"),
    SeatRole.PLACE: QT_TRANSLATE_NOOP("Seating", "No. {number}"),
}

VIEWPOINTS: dict[EventKind, str] = {
    EventKind.PODIUM: QT_TRANSLATE_NOOP("Seating", "As seen from the audience, facing the podium"),
    EventKind.PHOTO: QT_TRANSLATE_NOOP("Seating", "As seen from the camera, facing the group"),
    EventKind.BANQUET: QT_TRANSLATE_NOOP("Seating", "As seen from above, the door at the bottom"),
    EventKind.MEETING: QT_TRANSLATE_NOOP("Seating", "As seen from above, the door at the bottom"),
    EventKind.CAR: QT_TRANSLATE_NOOP(
        "Seating", "As seen from above, the front of the car at the top"
    ),
}


def viewpoint(kind: EventKind) -> str:
    """The sentence every chart of this kind carries, so nobody reads it mirrored."""
    return Phrase(CONTEXT, VIEWPOINTS[EventKind(kind)])


@dataclass(frozen=True)
class SeatAt:
    """One seat of a chart: where (block, place), and who by precedence sits there.

    `order` is the precedence number within `side` (overall when `side` is None);
    `role` and `role_number` make the label ("Guest 3")."""

    block: int
    place: int
    side: Side | None
    order: int
    role: SeatRole
    role_number: int


def seat_label(seat: SeatAt, translate: Callable[[str, str], str] | None = None) -> str:
    """ "Guest 3", "Deputy host", "No. 5"; `translate(context, source)` gives the shown language."""
    source = SEAT_ROLE_LABELS[seat.role]
    text = translate(CONTEXT, source) if translate is not None else source
    return str(text).format(number=seat.role_number)


def _count(value: int, what: str, *, least: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not least <= value <= MAX_PEOPLE:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The number of {what} must be from {least} to {most}."),
            what=Phrase(CONTEXT, what),
            least=least,
            most=MAX_PEOPLE,
        )
    return value


PEOPLE = QT_TRANSLATE_NOOP("Seating", "people")
GUESTS = QT_TRANSLATE_NOOP("Seating", "guests")
HOSTS = QT_TRANSLATE_NOOP("Seating", "people on the host side")
ROW_SEATS = QT_TRANSLATE_NOOP("Seating", "seats in a row")


# -- podium and photo ------------------------------------------------------------------------


def podium_row(n: int, convention: Convention = Convention.DOMESTIC) -> list[int]:
    """Precedence numbers 1..n from left to right as seen from the audience."""
    _count(n, PEOPLE)
    row = list(range(n - (n % 2 == 0), 0, -2)) + list(range(2, n + 1, 2))
    return row if Convention(convention) is Convention.DOMESTIC else row[::-1]


def photo_line(n: int, convention: Convention = Convention.DOMESTIC) -> list[int]:
    """A group photo's line as seen from the camera: the podium's pattern."""
    return podium_row(n, convention)


def podium(
    n: int, row_sizes: Sequence[int] = (), convention: Convention = Convention.DOMESTIC
) -> list[list[int]]:
    """Rows front first; the front row outranks the back, each row arranged as `podium_row`
    with the numbers continuing. No sizes: one row for everybody."""
    _count(n, PEOPLE)
    sizes = [_count(size, ROW_SEATS, least=1) for size in row_sizes] or [max(n, 1)]
    if sum(sizes) < n:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The rows hold {seats} people, not {people}."),
            seats=sum(sizes),
            people=n,
        )
    rows: list[list[int]] = []
    first = 0
    for size in sizes:
        taken = min(size, n - first)
        if taken == 0:
            break
        rows.append([first + number for number in podium_row(taken, convention)])
        first += taken
    return rows


def podium_seats(
    n: int, row_sizes: Sequence[int] = (), convention: Convention = Convention.DOMESTIC
) -> list[SeatAt]:
    return [
        SeatAt(row, column, None, number, SeatRole.PLACE, number)
        for row, numbers in enumerate(podium(n, row_sizes, convention), start=1)
        for column, number in enumerate(numbers, start=1)
    ]


# -- banquet -----------------------------------------------------------------------------------


def _honour_turn(total: int, deputy: int | None) -> list[int]:
    """The table's free seats (0-based, clockwise from the host) from the most honoured:
    host's right, host's left, deputy's right, deputy's left, then one further out."""
    taken = {0} if deputy is None else {0, deputy}
    turn: list[int] = []
    for step in range(1, total):
        candidates = [total - step, step]  # the host's right, then left
        if deputy is not None:
            candidates += [deputy - step, deputy + step]  # the deputy's right, then left
        for index in candidates:
            if 0 < index < total and index not in taken:
                taken.add(index)
                turn.append(index)
    return turn


def banquet_table(guests: int, hosts: int) -> list[SeatAt]:
    """One round table: places 1..guests+hosts clockwise from the host's seat.

    `hosts` counts everyone on the host side: the host, then a deputy host opposite, then
    accompanying staff. The guests take the most honoured free seats, the staff the rest.
    Both conventions seat the chief guest on the host's right."""
    _count(guests, GUESTS)
    _count(hosts, HOSTS, least=1)
    total = guests + hosts
    deputy = total // 2 if hosts >= 2 else None
    seats = [SeatAt(1, 1, Side.HOST, 1, SeatRole.HOST, 1)]
    if deputy is not None:
        seats.append(SeatAt(1, deputy + 1, Side.HOST, 2, SeatRole.DEPUTY_HOST, 1))
    turn = _honour_turn(total, deputy)
    for number, index in enumerate(turn[:guests], start=1):
        seats.append(SeatAt(1, index + 1, Side.GUEST, number, SeatRole.GUEST, number))
    for number, index in enumerate(turn[guests:], start=1):
        seats.append(SeatAt(1, index + 1, Side.HOST, number + 2, SeatRole.STAFF, number))
    return sorted(seats, key=lambda seat: seat.place)


def banquet(tables: Sequence[tuple[int, int]]) -> list[SeatAt]:
    """Several tables, (guests, hosts) each, table 1 the main table; each side's precedence
    numbers continue from one table to the next."""
    if not tables:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A banquet needs at least one table."))
    seats: list[SeatAt] = []
    guests_before = hosts_before = 0
    for table, (guests, hosts) in enumerate(tables, start=1):
        for seat in banquet_table(guests, hosts):
            before = guests_before if seat.side is Side.GUEST else hosts_before
            seats.append(
                SeatAt(
                    table, seat.place, seat.side, seat.order + before, seat.role, seat.role_number
                )
            )
        guests_before += guests
        hosts_before += hosts
    return seats


# -- meeting table, car ------------------------------------------------------------------------


def table_sides(guests: int, hosts: int) -> list[SeatAt]:
    """A meeting table: block 1 the guest side (facing the door), block 2 the host side.

    Each side's No.2 sits on its No.1's right as they sit: the guests face the door, so
    their right is the drawing's left; the hosts' right is the drawing's right."""
    _count(guests, GUESTS)
    _count(hosts, HOSTS)
    seats: list[SeatAt] = []
    for column, number in enumerate(podium_row(guests, Convention.INTERNATIONAL), start=1):
        seats.append(SeatAt(1, column, Side.GUEST, number, SeatRole.GUEST, number))
    for column, number in enumerate(podium_row(hosts, Convention.DOMESTIC), start=1):
        role, role_number = (SeatRole.HOST, 1) if number == 1 else (SeatRole.STAFF, number - 1)
        seats.append(SeatAt(2, column, Side.HOST, number, role, role_number))
    return seats


# (row from the front, column from the left) as seen from above; the driver sits at (1, 1).
CAR_PLACES = ((2, 3), (2, 1), (1, 3), (2, 2))


def car_seats(n: int) -> list[SeatAt]:
    """Passengers 1..n (at most 4): rear right, behind the driver, beside the driver, rear
    middle."""
    _count(n, PEOPLE)
    if n > CAR_PASSENGERS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A car seats at most {most} passengers, not {people}."),
            most=CAR_PASSENGERS,
            people=n,
        )
    return [
        SeatAt(row, column, None, number, SeatRole.PLACE, number)
        for number, (row, column) in enumerate(CAR_PLACES[:n], start=1)
    ]


# -- accompanying staff ------------------------------------------------------------------------


def staff_limit(guests: int) -> int:
    """At most 3 accompanying staff for 10 guests or fewer; above 10, a third of the guests."""
    _count(guests, GUESTS)
    return 3 if guests <= 10 else guests // 3


STAFF_TEXT = QT_TRANSLATE_NOOP(
    "Seating", "{staff} accompanying for {guests} guests (at most {limit})"
)


@dataclass(frozen=True)
class StaffCheck:
    guests: int
    staff: int
    limit: int
    ok: bool

    @property
    def text(self) -> str:
        """An English template; translate in context "Seating", then `.format(**values)`."""
        return Phrase(CONTEXT, STAFF_TEXT)

    @property
    def values(self) -> dict[str, int]:
        return {"staff": self.staff, "guests": self.guests, "limit": self.limit}

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        source = translate(CONTEXT, STAFF_TEXT) if translate is not None else STAFF_TEXT
        return str(source).format(**self.values)


def check_staff(guests: int, staff: int) -> StaffCheck:
    """At a meal, `staff` counts every diner on the host side (陪餐人数), the host included."""
    limit = staff_limit(guests)
    _count(staff, HOSTS)
    return StaffCheck(guests, staff, limit, staff <= limit)


# -- one entry for every kind ---------------------------------------------------------------------


def chart_seats(
    kind: EventKind,
    convention: Convention = Convention.DOMESTIC,
    *,
    people: int = 0,
    guests: int = 0,
    hosts: int = 0,
    rows: Sequence[int] = (),
    tables: Sequence[tuple[int, int]] = (),
) -> list[SeatAt]:
    """The seats of a chart: `people` for podium, photo and car; `guests` and `hosts` for a
    meeting table and a banquet (whose `tables` split them, one table when empty)."""
    kind = EventKind(kind)
    if kind is EventKind.PODIUM or kind is EventKind.PHOTO:
        return podium_seats(people, rows, convention)
    if kind is EventKind.CAR:
        return car_seats(people)
    if kind is EventKind.MEETING:
        return table_sides(guests, hosts)
    return banquet(tables or [(guests, hosts)])


def is_consistent(placed: Iterable[tuple[Side | None, int, int]]) -> bool:
    """(seat side, seat order, occupant's place in the precedence order) for every seat:
    whether on each side the seats' order and the people's order agree."""
    by_side: dict[Side | None, list[tuple[int, int]]] = {}
    for side, order, person in placed:
        by_side.setdefault(side, []).append((order, person))
    for pairs in by_side.values():
        people = [person for _, person in sorted(pairs)]
        if any(a >= b for a, b in pairwise(people)):
            return False
    return True
