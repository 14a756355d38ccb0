"""What the demo's petitions filler works with (petitions_fill.py): its counts, the matter
being written, and the shared parts of the filler: its random draws, sealing texts with the
session's cipher under the purposes of reception.core.petitions.cases, the office's hours,
and the rows of people, visits, conversations and history lines, as the services write them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final

from sqlalchemy.orm import Session

from reception.core.people import mask_id_number, name_search_keys
from reception.core.petitions import cases as purposes
from reception.core.petitions.calendar import load_calendar
from reception.core.petitions.clock import WorkCalendar
from reception.core.petitions.settings import load_petition_settings
from reception.core.petitions.states import CaseState, Mood
from reception.core.security.fields import FieldCipher
from reception.core.security.roles import Actor
from reception.demo import petitions_texts as words
from reception.demo.area_filler import AreaFiller
from reception.demo.area_filler import weighted as _weighted
from reception.demo.people_gen import PeopleGenerator
from reception.demo.visits_fill import _Values

Progress = Callable[[int, int], None]

RETURNING_SHARE: Final = 0.12  # matters brought by a person who came before
CONVERSATION_SHARE: Final = {"visit": 0.8, "phone": 0.3, "letter": 0.0, "online": 0.05}
REPEAT_FORMS: Final = (("visit", 60), ("phone", 30), ("online", 10))
FORMS: Final = (("visit", 45), ("letter", 18), ("phone", 12), ("online", 25))
REPEATS: Final = ((0, 36), (1, 26), (2, 16), (3, 10), (4, 6), (5, 3), (6, 2), (8, 1))
MOODS: Final = ((Mood.CALM, 55), (Mood.ANXIOUS, 25), (Mood.AGITATED, 15), (Mood.DISTRESSED, 5))
ID_SHARE: Final = {"visit": 0.96, "letter": 0.85, "phone": 0.4, "online": 0.9}
ADDRESS_SHARE: Final = 0.7
PHONE_SHARE: Final = 0.95
OFFICE_HOURS: Final = (8.5, 17.5)
NAME_POOL: Final = 20_000  # distinct names of each gender


@dataclass
class PetitionCounts:
    petitioners: int = 0
    petition_cases: int = 0
    petition_visits: int = 0
    petition_repeat_visits: int = 0
    petition_joint_visits: int = 0
    petition_conversations: int = 0
    petition_events: int = 0
    petition_open: int = 0
    petition_overdue: int = 0
    petition_final: int = 0
    leader_reception_days: int = 0
    leader_day_bookings: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class _Case:
    """A matter as it is walked through its steps."""

    id: int
    received: date
    form: str
    category: str
    unit: str
    summary: str
    officer: tuple[int, str, str]  # operator id, login, display name
    row: dict[str, Any]
    last_step: date


class FillerBase(AreaFiller):
    """The filler's state and its rows; the steps (petitions_steps.py) and the run
    (petitions_fill.py) build on it."""

    def __init__(
        self,
        session: Session,
        actor: Actor,
        people: PeopleGenerator,
        scale: int,
        now: datetime,
        seed: int,
        progress: Progress | None = None,
    ) -> None:
        super().__init__(session, actor, people, scale, now, seed, (15_485_863, 47))
        self.progress = progress or (lambda done, total: None)
        self.calendar: WorkCalendar = load_calendar(session)
        self.cipher: FieldCipher = session.info["cipher"]
        self.values = _Values(session)
        self.counts = PetitionCounts()
        categories = load_petition_settings(session).categories
        self.categories = _weighted(
            [(c, words.CATEGORY_TEXTS.get(c, words.GENERAL_TEXTS)[0]) for c in categories]
        )
        self.forms = _weighted(FORMS)
        self.repeat_forms = _weighted(REPEAT_FORMS)
        self.repeats = _weighted(REPEATS)
        self.moods = _weighted(MOODS)
        self.leaders = _weighted(words.LEADERS)
        # Filled by the run: the rows waiting for the next batch and the ids they take.
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.ids: dict[str, int] = {}
        self.known_ids: set[str] = set()  # ID numbers' hashes already held
        self.returning: list[int] = []  # petitioners of this run, in order
        self.bookable: list[tuple[int, date, bool]] = []  # recent: (case id, received, open)
        self.officers: list[tuple[int, str, str]] = []  # (operator id, login, display name)
        self.director = actor.login
        self._keys: dict[str, tuple[str, str]] = {}
        self._names: dict[str, list[tuple[str, str, str]]] = {}
        self._midnights: dict[date, datetime] = {}  # the office's midnight, naive UTC
        self._purpose = {
            name: name.encode()
            for name in (
                purposes.ID_NUMBER,
                purposes.PHONE,
                purposes.ADDRESS,
                purposes.CASE_TEXT,
                purposes.EVENT_NOTE,
                purposes.CONVERSATION_TEXT,
            )
        }

    def _between(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def _seal(self, text: str, purpose: str) -> bytes | None:
        return self.cipher.encrypt(text, self._purpose[purpose]) if text else None

    def _instant(self, day: date) -> Any:
        """A moment in the office's hours of `day`, never after now, as the tables keep it."""
        start = self._midnights.get(day)
        if start is None:
            local = datetime.combine(day, time(0), tzinfo=self.zone)
            start = self._midnights[day] = local.astimezone(UTC).replace(tzinfo=None)
        low, high = OFFICE_HOURS
        moment = start + timedelta(hours=low + self.random() * (high - low))
        return self.values.instant(min(moment, self.now_naive))

    def _fill_words(self, pattern: str) -> str:
        return pattern.format(
            district=self.pick(words.DISTRICTS),
            place=self.pick(words.PLACES),
            hospital=self.pick(words.HOSPITALS),
            amount=self._between(30, 900) * 100,
            year=self.today.year - self._between(0, 2),
        )

    def _take_id(self, name: str) -> int:
        value = self.ids[name]
        self.ids[name] = value + 1
        return value

    def _name(self, gender: str) -> tuple[str, str, str]:
        """A name with its search keys. Its pinyin is costly, so after NAME_POOL distinct
        names of a gender later people share them, as people do."""
        pool = self._names.setdefault(gender, [])
        if len(pool) >= NAME_POOL:
            found: tuple[str, str, str] = self.pick(pool)
            return found
        name = self.people.name(gender)  # type: ignore[arg-type]
        keys = self._keys.get(name)
        if keys is None:
            keys = self._keys[name] = name_search_keys(name)
            pool.append((name, *keys))
        return name, *keys

    def _person(self, form: str, day: date) -> int:
        """A new petitioner's row; returns its id."""
        people, random = self.people, self.random
        gender = people.gender()
        name, pinyin, initials = self._name(gender)
        id_blob = id_hash = None
        id_masked = ""
        if random() < ID_SHARE[form]:
            for _ in range(5):  # a number drawn twice is another person's: draw again
                number = people.id_number((1945, 2004), gender=gender)
                blob, hashed = self.cipher.protect(number, purposes.ID_NUMBER)
                if hashed not in self.known_ids:
                    self.known_ids.add(hashed)
                    id_blob, id_hash, id_masked = blob, hashed, mask_id_number(number)
                    break
        phone_blob = phone_hash = None
        phone_masked = ""
        if random() < PHONE_SHARE:
            mobile = people.mobile()
            phone_blob, phone_hash = self.cipher.protect(mobile, purposes.PHONE)
            phone_masked = f"{mobile[:3]}****{mobile[-4:]}"  # mask_phone of a mobile
        address = ""
        if form in ("visit", "letter") and random() < ADDRESS_SHARE:
            address = (
                f"{self.pick(words.DISTRICTS)}{self.pick(words.PLACES)}{self._between(1, 60)}号"
            )
        person_id = self._take_id("petitioner")
        self.rows["petitioner"].append(
            {
                "id": person_id,
                "name": name,
                "name_pinyin": pinyin[:160],
                "name_initials": initials[:40],
                "gender": gender if id_hash is not None else None,
                "id_number_blob": id_blob,
                "id_number_hash": id_hash,
                "id_number_masked": id_masked,
                "phone_blob": phone_blob,
                "phone_hash": phone_hash,
                "phone_masked": phone_masked,
                "address_blob": self._seal(address, purposes.ADDRESS),
                "created_at": self._instant(day),
            }
        )
        self.counts.petitioners += 1
        self.returning.append(person_id)
        return person_id

    def _petitioners(self, form: str, day: date, people: int, joint: bool) -> list[int]:
        """The matter's petitioners: representatives of a joint visit, or one to three."""
        if joint:
            named = self._between(1, 5)
        elif people > 1:
            named = people
        else:
            named = 1
        found: list[int] = []
        if self.returning and self.random() < RETURNING_SHARE:
            recent = self.returning[-20_000:]
            found.append(self.pick(recent))
        while len(found) < named:
            found.append(self._person(form, day))
        return found

    def _visit(
        self, case: _Case, day: date, form: str, people: int, person: int, *, repeat: bool
    ) -> None:
        visit_id = self._take_id("petition_visit")
        self.rows["petition_visit"].append(
            {
                "id": visit_id,
                "case_id": case.id,
                "petitioner_id": person,
                "came_on": self.values.day(day),
                "form": form,
                "people_count": people,
                "is_repeat": repeat,
                "created_at": self._instant(day),
                "created_by": case.officer[1],
            }
        )
        self.counts.petition_visits += 1
        self.counts.petition_repeat_visits += repeat
        if self.random() < CONVERSATION_SHARE[form]:
            self._conversation(case, visit_id, day)

    def _conversation(self, case: _Case, visit_id: int, day: date) -> None:
        random, text = self.random, purposes.CONVERSATION_TEXT
        said = self.pick(words.SAID).format(summary=case.summary)
        demands = self.pick(words.CATEGORY_TEXTS.get(case.category, words.GENERAL_TEXTS)[3])
        promises = self.pick(words.PROMISES) if random() < 0.4 else ""
        next_step = self.pick(words.NEXT_STEPS).format(unit=case.unit) if random() < 0.7 else ""
        self.rows["petition_conversation"].append(
            {
                "id": self._take_id("petition_conversation"),
                "case_id": case.id,
                "visit_id": visit_id,
                "at": self._instant(day),
                "received_by": case.officer[2],
                "said_blob": self._seal(said, text),
                "demands_blob": self._seal(demands if random() < 0.6 else "", text),
                "promises_blob": self._seal(promises, text),
                "next_step_blob": self._seal(next_step, text),
                "mood": self.draw(self.moods).value,
                "created_by": case.officer[1],
            }
        )
        self.counts.petition_conversations += 1

    def _event(
        self,
        case: _Case,
        kind: str,
        day: date,
        from_state: CaseState | None = None,
        to_state: CaseState | None = None,
        *,
        note: str = "",
        leader: str | None = None,
        by: str | None = None,
    ) -> None:
        self.rows["petition_event"].append(
            {
                "id": self._take_id("petition_event"),
                "case_id": case.id,
                "at": self._instant(day),
                "on_day": self.values.day(day),
                "operator_login": by or case.officer[1],
                "kind": kind,
                "from_state": None if from_state is None else from_state.value,
                "to_state": None if to_state is None else to_state.value,
                "leader": leader,
                "note_blob": self._seal(note, purposes.EVENT_NOTE),
            }
        )
        self.counts.petition_events += 1
