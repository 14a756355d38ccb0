"""What every area's demo filler shares: the unit of work, the acting operator, the name
generator and the scale; a random stream of its own (so one area's draws do not shift
another's); and the moment and office day the office's life is filled up to."""

from __future__ import annotations

from bisect import bisect
from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import accumulate
from random import Random
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from reception.core.security.roles import Actor
from reception.core.settings import load_settings
from reception.core.visitors.clock import office_day
from reception.demo.people_gen import PeopleGenerator

Weighted = tuple[tuple[Any, ...], tuple[float, ...]]


def weighted(pairs: Sequence[tuple[Any, float]]) -> Weighted:
    """Choices and their cumulative weights, for Random.choices(…, cum_weights=…)."""
    return tuple(p for p, _ in pairs), tuple(accumulate(w for _, w in pairs))


class AreaFiller:
    """`salt` is the area's own (multiplier, offset) on the seed."""

    def __init__(
        self,
        session: Session,
        actor: Actor,
        people: PeopleGenerator,
        scale: int,
        now: datetime,
        seed: int,
        salt: tuple[int, int],
    ) -> None:
        self.session, self.actor, self.people = session, actor, people
        self.scale = scale
        self.rng = Random(seed * salt[0] + salt[1])
        self.random = self.rng.random
        self.now = now.astimezone(UTC)
        self.now_naive = self.now.replace(tzinfo=None)
        self.zone: ZoneInfo = load_settings(session).zone
        self.today = office_day(self.now, self.zone)

    def draw(self, table: Weighted) -> Any:
        """One of `weighted(...)`'s choices, as likely as its weight."""
        items, cumulative = table
        return items[bisect(cumulative, self.random() * cumulative[-1])]

    def pick(self, items: Sequence[Any]) -> Any:
        """One of `items`, each as likely."""
        return items[int(self.random() * len(items))]
