"""Demo petitions (信访): petitioners, matters, visits, conversations and leader reception days.

- Matters: `scale // 5` (at least MIN_CASES), received over a history that grows with the
  scale (eight months at small scales, two years at 1,000,000: 200,000 matters), fewer on rest
  days, when only letters and online messages come. Categories from the office's taxonomy
  (settings), with the units concerned and the words of each (petitions_texts.py).
- Each matter walks the statutory steps (states.TRANSITIONS) with dates that follow one
  another and never pass the office's day: decided within the 15 days (a few late), most
  accepted, most assigned to a unit, a few extended by the director, replied within the
  60 days (a few late), then closed, or reviewed and closed, or re-reviewed and final. The
  steps not yet reached leave the matter open, so some are due soon and some overdue; its
  `next_due_on` is clock.next_due of its dates, as refresh_due keeps it. Every step is a
  line of its history (petition_event), as the services write it.
- Petitioners: most matters bring a new person, some a person who came before (their
  matters are found by the ID number's keyed hash); joint visits (集体访) of five or more
  people name one to five representatives. About 2.5 visits per matter: the first, and
  repeat visits (重复访) also after the matter ended. Conversations (接谈记录) for most
  visits in person.
- Leader reception days around the office's day, with slots and bookings of open matters.

The filler is in three parts: petitions_base.py (people, visits, conversations, history
lines), petitions_steps.py (the walk through the steps) and this run, with the words in
petitions_texts.py. Rows go in with executemany in batches, primary keys given here, as
visits_fill does.
ID numbers, phones, addresses and every case text are encrypted with the session's cipher
and the purposes of reception.core.petitions.cases; no plaintext is stored. No audit rows:
the caller writes one for the whole fill.
"""

from __future__ import annotations

from bisect import bisect
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import Any, Final

from sqlalchemy import func, insert, select

from reception.core.petitions import cases as purposes
from reception.core.petitions.models import (
    JOINT_VISIT_PEOPLE,
    CaseEvent,
    CasePetitioner,
    Conversation,
    LeaderReceptionDay,
    PetitionCase,
    Petitioner,
    PetitionVisit,
    ReceptionSlot,
    SlotBooking,
)
from reception.core.petitions.states import CaseState, EventKind
from reception.core.security.models import Operator
from reception.core.security.roles import Role
from reception.demo import petitions_texts as words
from reception.demo.petitions_base import PetitionCounts, _Case
from reception.demo.petitions_steps import CaseSteps

CASES_PER_SCALE: Final = 5  # one matter per five visits' worth
MIN_CASES: Final = 20
BATCH: Final = 10_000  # matters per executemany round
FULL_SCALE: Final = 1_000_000
FULL_HISTORY_DAYS: Final = 730
LEAST_HISTORY_DAYS: Final = 240
REST_DAY_WEIGHT: Final = 0.25
JOINT_SHARE: Final = 0.05  # of matters brought in person
SEVERAL_SHARE: Final = 0.04  # two or three people, not a joint visit
ESCALATED_SHARE: Final = 0.03
LEADER_DAY_EVERY: Final = 10  # days between leader reception days
LEADER_DAYS_BACK: Final = 90
LEADER_DAYS_AHEAD: Final = 42
SLOT_STARTS: Final = tuple(time(9 + m // 60, m % 60) for m in range(0, 180, 30))


def history_days(scale: int) -> int:
    """How far back the demo's matters go: two years at scale 1,000,000, less below."""
    share = min(scale, FULL_SCALE) / FULL_SCALE
    return max(LEAST_HISTORY_DAYS, int(FULL_HISTORY_DAYS * share))


def case_count(scale: int) -> int:
    return max(MIN_CASES, scale // CASES_PER_SCALE)


class PetitionFiller(CaseSteps):
    def _next_id(self, model: Any) -> int:
        return int(self.session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0) + 1

    def _staff(self) -> None:
        rows = self.session.execute(
            select(Operator.id, Operator.login, Operator.display_name, Operator.role)
            .where(
                Operator.active.is_(True),
                Operator.role.in_([Role.PETITIONS_OFFICER.value, Role.DIRECTOR.value]),
            )
            .order_by(Operator.id)
        ).all()
        officers = [(r.id, r.login, r.display_name) for r in rows if r.role == "petitions_officer"]
        directors = [r.login for r in rows if r.role == Role.DIRECTOR.value]
        me = (self.actor.operator_id, self.actor.login, self.actor.login)
        self.officers = officers or [me]
        self.director = directors[0] if directors else self.actor.login

    def _case_numbers(self, first: date) -> dict[int, int]:
        """The last number used in each year the fill may write."""
        last: dict[int, int] = {}
        for year in range(first.year, self.today.year + 1):
            found = self.session.scalar(
                select(func.max(PetitionCase.case_no)).where(
                    PetitionCase.case_no >= f"XF{year}-", PetitionCase.case_no < f"XF{year}."
                )
            )
            last[year] = int(found[7:]) if found else 0
        return last

    def run(self) -> PetitionCounts:
        session = self.session
        connection = session.connection()
        if not self.values.sqlite:
            connection.exec_driver_sql(
                "LOCK TABLE petitioner, petition_case, case_petitioner, petition_visit, "
                "petition_conversation, petition_event, leader_reception_day, reception_slot, "
                "slot_booking IN EXCLUSIVE MODE"
            )
        self._staff()
        total = case_count(self.scale)
        first = self.today - timedelta(days=history_days(self.scale))
        days = self._received_days(first, total)
        self.numbers = self._case_numbers(first)
        self.known_ids = set(
            session.scalars(
                select(Petitioner.id_number_hash).where(Petitioner.id_number_hash.is_not(None))
            )
        )
        models = {
            "petitioner": Petitioner,
            "petition_case": PetitionCase,
            "case_petitioner": CasePetitioner,
            "petition_visit": PetitionVisit,
            "petition_conversation": Conversation,
            "petition_event": CaseEvent,
        }
        self.rows = {name: [] for name in models}
        self.ids = {
            name: self._next_id(model)
            for name, model in models.items()
            if name != "case_petitioner"
        }
        self.returning = []
        self.bookable = []
        recent = self.today - timedelta(days=LEADER_DAYS_BACK + 60)
        for index, received in enumerate(days, start=1):
            case_id, is_open = self._case(received)
            if received >= recent:
                self.bookable.append((case_id, received, is_open))
            if index % BATCH == 0:
                self._flush()
                self.progress(index, total)
        self._flush()
        self._leader_days()
        if not self.values.sqlite:
            self._advance_sequences()
        self.progress(total, total)
        return self.counts

    def _received_days(self, first: date, total: int) -> list[date]:
        """`total` days of receipt from `first` to today, in order; rest days less often."""
        span = (self.today - first).days + 1
        weights = []
        for offset in range(span):
            day = first + timedelta(days=offset)
            weights.append(1.0 if self.calendar.is_workday(day) else REST_DAY_WEIGHT)
        cumulative = tuple(accumulate(weights))
        picks = sorted(bisect(cumulative, self.random() * cumulative[-1]) for _ in range(total))
        return [first + timedelta(days=min(p, span - 1)) for p in picks]

    def _flush(self) -> None:
        for name in (  # referenced rows first
            "petitioner",
            "petition_case",
            "case_petitioner",
            "petition_visit",
            "petition_conversation",
            "petition_event",
        ):
            rows = self.rows[name]
            if rows:
                self._insert(name, rows)
                rows.clear()

    def _insert(self, name: str, rows: list[dict[str, Any]]) -> None:
        """executemany straight to the driver: the values are prepared here already, and
        SQLAlchemy's handling of a million parameter sets costs more than the inserts."""
        connection = self.session.connection()
        columns = list(rows[0])
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        statement = (
            f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join(mark for _ in columns)})"
        )
        connection.exec_driver_sql(statement, [tuple(row[c] for c in columns) for row in rows])

    def _advance_sequences(self) -> None:
        """Ids were given here: move PostgreSQL's sequences past them for the desks."""
        connection = self.session.connection()
        for name in (*self.ids, "leader_reception_day", "reception_slot", "slot_booking"):
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"
            )

    def _case(self, received: date) -> tuple[int, bool]:
        random = self.random
        form: str = self.draw(self.forms)
        if form == "visit" and not self.calendar.is_workday(received):
            form = "online" if random() < 0.7 else "letter"
        category: str = self.draw(self.categories)
        _, units, summaries, demands = words.CATEGORY_TEXTS.get(category, words.GENERAL_TEXTS)
        unit = self._fill_words(self.pick(units))
        summary = self._fill_words(self.pick(summaries))
        demand = self.pick(demands) if random() < 0.85 else ""
        joint = form == "visit" and random() < JOINT_SHARE
        people = self._between(JOINT_VISIT_PEOPLE, 40) if joint else 1
        if not joint and random() < SEVERAL_SHARE:
            people = self._between(2, 3)
        petitioners = self._petitioners(form, received, people, joint)
        officer = self.pick(self.officers)
        case_id = self._take_id("petition_case")
        year = received.year
        self.numbers[year] = self.numbers.get(year, 0) + 1
        row: dict[str, Any] = {
            "id": case_id,
            "case_no": f"XF{year}-{self.numbers[year]:06d}",
            "form": form,
            "received_on": received,
            "category": category,
            "unit_concerned": unit,
            "summary_blob": self._seal(summary, purposes.CASE_TEXT),
            "demands_blob": self._seal(demand, purposes.CASE_TEXT),
            "people_count": people,
            "is_joint": people >= JOINT_VISIT_PEOPLE,
            "state": CaseState.REGISTERED.value,
            "is_final": False,
            "officer_id": officer[0],
            "decided_on": None,
            "accepted_on": None,
            "decision_reason_blob": None,
            "assigned_unit": None,
            "assigned_on": None,
            "extension_asked_days": None,
            "extension_asked_by": None,
            "extension_days": 0,
            "extension_reason_blob": None,
            "extension_approved_by": None,
            "extended_on": None,
            "replied_on": None,
            "reply_blob": None,
            "review_asked_on": None,
            "reviewed_on": None,
            "re_review_asked_on": None,
            "re_reviewed_on": None,
            "hearing_days": 0,
            "closed_on": None,
            "next_due_on": None,
            "next_due_kind": None,
            "visit_count": 1,
            "last_visit_on": received,
            "escalated": False,
            "created_at": self._instant(received),
            "created_by": officer[1],
        }
        case = _Case(case_id, received, form, category, unit, summary, officer, row, received)
        self.counts.petition_cases += 1
        self.counts.petition_joint_visits += people >= JOINT_VISIT_PEOPLE
        for position, person in enumerate(petitioners):
            self.rows["case_petitioner"].append(
                {
                    "case_id": case_id,
                    "petitioner_id": person,
                    "is_representative": joint,
                    "position": position,
                }
            )
        self._event(case, EventKind.REGISTERED.value, received, to_state=CaseState.REGISTERED)
        self._visit(case, received, form, people, petitioners[0], repeat=False)
        self._walk(case)
        self._repeat_visits(case, petitioners)
        state = CaseState(row["state"])
        if state.is_open and random() < ESCALATED_SHARE:
            row["escalated"] = True
            day = self._day_after(case.last_step, self.today, 0, 20)
            note = self.pick(words.ESCALATION_REASONS)
            leader = self.draw(self.leaders)
            self._event(case, EventKind.ESCALATED.value, day, note=note, leader=leader)
        self._due(case)
        for key in ("received_on", "decided_on", "accepted_on", "assigned_on", "extended_on"):
            row[key] = self._day_value(row[key])
        for key in ("replied_on", "review_asked_on", "reviewed_on", "re_review_asked_on"):
            row[key] = self._day_value(row[key])
        for key in ("re_reviewed_on", "closed_on", "next_due_on", "last_visit_on"):
            row[key] = self._day_value(row[key])
        self.rows["petition_case"].append(row)
        return case_id, state.is_open

    def _day_value(self, day: date | None) -> Any:
        return None if day is None else self.values.day(day)

    def _repeat_visits(self, case: _Case, petitioners: list[int]) -> None:
        """Coming again about the matter: while it is handled, and now and then after."""
        count: int = self.draw(self.repeats)
        if not count:
            return
        end = min(self.today, case.last_step + timedelta(days=90))
        span = (end - case.received).days
        if span < 1:
            return
        days = sorted(case.received + timedelta(days=self._between(1, span)) for _ in range(count))
        for day in days:
            form: str = self.draw(self.repeat_forms)
            if form == "visit" and not self.calendar.is_workday(day):
                form = "phone"
            people = case.row["people_count"] if form == "visit" and self.random() < 0.5 else 1
            self._visit(case, day, form, people, self.pick(petitioners), repeat=True)
            self._event(case, EventKind.REPEAT_VISIT.value, day)
            case.row["visit_count"] += 1
            case.row["last_visit_on"] = max(case.row["last_visit_on"], day)

    def _leader_days(self) -> None:
        """A reception day every LEADER_DAY_EVERY days around today, each with slots from
        9:00 to 12:00; past days' bookings attended or missed, coming ones booked."""
        if not self.bookable:
            return
        session, today = self.session, self.today
        day_id, slot_id = self._next_id(LeaderReceptionDay), self._next_id(ReceptionSlot)
        booking_id = self._next_id(SlotBooking)
        days, slots, bookings = [], [], []
        events: list[dict[str, Any]] = []
        taken: set[int] = set()
        day = today - timedelta(days=LEADER_DAYS_BACK)
        while day <= today + timedelta(days=LEADER_DAYS_AHEAD):
            day = self.calendar.roll_forward(day)
            post = self.draw(self.leaders)
            days.append(
                {
                    "id": day_id,
                    "day": day,
                    "leader_name": self.people.name(),
                    "leader_post": post,
                    "place": words.RECEPTION_PLACE,
                    "notes": "",
                    "cancelled": False,
                }
            )
            candidates = [
                c
                for c in self.bookable
                if c[1] < day and c[0] not in taken and (c[2] or day < today)
            ]
            for start in SLOT_STARTS:
                ends = (datetime.combine(day, start) + timedelta(minutes=30)).time()
                slots.append({"id": slot_id, "day_id": day_id, "starts_at": start, "ends_at": ends})
                if candidates and self.random() < 0.7:
                    case_id, received, _ = candidates.pop(int(self.random() * len(candidates)))
                    taken.add(case_id)
                    booked_on = max(received, day - timedelta(days=self._between(3, 14)))
                    booked_on = min(booked_on, today)
                    state = "booked" if day >= today else self.pick(("attended",) * 6 + ("absent",))
                    bookings.append(
                        {
                            "id": booking_id,
                            "slot_id": slot_id,
                            "case_id": case_id,
                            "state": state,
                            "booked_at": datetime.combine(booked_on, time(10), tzinfo=self.zone),
                            "booked_by": self.officers[0][1],
                        }
                    )
                    events.append(self._booking_event(case_id, booked_on))
                    booking_id += 1
                slot_id += 1
            day_id += 1
            day += timedelta(days=LEADER_DAY_EVERY)
        session.execute(insert(LeaderReceptionDay), days)
        session.execute(insert(ReceptionSlot), slots)
        if bookings:
            session.execute(insert(SlotBooking), bookings)
            self._insert("petition_event", events)
        self.counts.leader_reception_days = len(days)
        self.counts.leader_day_bookings = len(bookings)

    def _booking_event(self, case_id: int, day: date) -> dict[str, Any]:
        self.counts.petition_events += 1
        return {
            "id": self._take_id("petition_event"),
            "case_id": case_id,
            "at": self._instant(day),
            "on_day": self.values.day(day),
            "operator_login": self.officers[0][1],
            "kind": EventKind.BOOKED.value,
            "from_state": None,
            "to_state": None,
            "leader": None,
            "note_blob": None,
        }
