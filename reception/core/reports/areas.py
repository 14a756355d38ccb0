"""The areas a report holds: those the actor's role reads (reception.core.dashboard.access),
in the dashboard's order; a report keeps None for each of the others."""

from __future__ import annotations

from reception.core.dashboard.access import Area


def held_areas(
    queue: object | None, lodging: object | None, petitions: object | None
) -> tuple[str, ...]:
    shown = ((Area.QUEUE, queue), (Area.LODGING, lodging), (Area.PETITIONS, petitions))
    return tuple(area.value for area, part in shown if part is not None)
